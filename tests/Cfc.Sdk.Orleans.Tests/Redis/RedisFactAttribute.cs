namespace Cfc.Sdk.Orleans.Tests.Redis;

/// <summary>A fact that needs a Redis server: skipped, with the reason shown, when <c>CFC_REDIS</c> is not set.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    /// <summary>The environment variable with the connection string of the test server (CI starts one on 127.0.0.1:6390).</summary>
    public const string Variable = "CFC_REDIS";

    public RedisFactAttribute()
    {
        if (ConnectionString is null)
        {
            Skip = "Redis is not available: set CFC_REDIS=host:port (CI starts redis-server)";
        }
    }

    /// <summary>The connection string of the test server, or <see langword="null"/>.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
