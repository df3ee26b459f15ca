namespace Cfc.Testing;

/// <summary>A fact that needs a Redis server: skipped, with the reason shown, when <c>CFC_REDIS</c> is not set outside CI (<c>CI=true</c>).</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    /// <summary>The environment variable with the connection string of the test server (CI starts one on 127.0.0.1:6390).</summary>
    public const string Variable = "CFC_REDIS";

    public RedisFactAttribute()
    {
        // In CI a missing server is a failure of the set-up, not a reason to skip: the test then fails on CFC_REDIS.
        if (ConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "Redis is not available: set CFC_REDIS=host:port (CI starts redis-server)";
        }
    }

    /// <summary>The connection string of the test server, or <see langword="null"/>.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
