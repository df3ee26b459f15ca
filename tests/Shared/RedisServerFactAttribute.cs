namespace Cfc.Testing;

/// <summary>
/// A fact that starts redis-server processes of its own (to kill, restart or pause them): skipped, with the reason
/// shown, when <c>redis-server</c> is not installed, outside CI (<c>CI=true</c>), where it is a failure of the set-up.
/// </summary>
public sealed class RedisServerFactAttribute : FactAttribute
{
    public RedisServerFactAttribute()
    {
        if (!IsInstalled && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "redis-server is not installed (CI installs it)";
        }
    }

    /// <summary>Whether <c>redis-server</c> is on the PATH.</summary>
    public static bool IsInstalled =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(folder => File.Exists(Path.Combine(folder, "redis-server")));
}
