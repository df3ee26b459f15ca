namespace Cfc.Testing;

/// <summary>
/// A fact that mounts file systems (a small tmpfs that fills up): skipped, with the reason shown, when the tests do not
/// run as root on Linux, outside CI (<c>CI=true</c>); CI runs as root, and there the test always runs.
/// </summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!(OperatingSystem.IsLinux() && Environment.UserName == "root") && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "mounting a tmpfs needs root on Linux (CI runs as root)";
        }
    }
}
