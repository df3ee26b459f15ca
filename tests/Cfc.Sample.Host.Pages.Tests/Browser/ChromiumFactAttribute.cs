namespace Cfc.Sample.Host.Pages.Tests.Browser;

/// <summary>
/// A fact that needs Debian's chromium at <see cref="ExecutablePath"/>: skipped, with the reason shown, when it is
/// missing outside CI; in CI (<c>CI=true</c>, where .ci/run installs it) the test runs and fails instead.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!Available && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"No browser at {ExecutablePath}: apt-get install chromium chromium-driver fonts-liberation (CI installs them)";
        }
    }

    /// <summary>Whether the browser is installed.</summary>
    public static bool Available => File.Exists(ExecutablePath);
}
