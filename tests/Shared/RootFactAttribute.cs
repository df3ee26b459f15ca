using System.Diagnostics;

namespace Cfc.Testing;

/// <summary>
/// A fact that mounts file systems (a small tmpfs that fills up). Outside CI it is skipped, with the reason shown, unless
/// the tests run as root on Linux and may mount (a container without <c>CAP_SYS_ADMIN</c> may not: a 1 MiB tmpfs is
/// mounted and unmounted once to find out). In CI (<c>CI=true</c>), which runs as root, the test always runs.
/// </summary>
public sealed class RootFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> s_cannotMount = new(CannotMount);

    public RootFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") != "true" && s_cannotMount.Value is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? CannotMount()
    {
        if (!(OperatingSystem.IsLinux() && Environment.UserName == "root"))
        {
            return "mounting a tmpfs needs root on Linux (CI runs as root)";
        }

        var probe = Directory.CreateTempSubdirectory("cfc-mount-probe-").FullName;
        try
        {
            if (!Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe))
            {
                return "this root may not mount a tmpfs (a container without CAP_SYS_ADMIN?); CI can";
            }

            Run("umount", probe);
            return null;
        }
        finally
        {
            Directory.Delete(probe);
        }
    }

    private static bool Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
