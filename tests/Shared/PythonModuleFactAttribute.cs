using System.Diagnostics;

namespace Cfc.Testing;

/// <summary>
/// A fact that reads what the SDK wrote with an independent parser, a module of Debian's <c>/usr/bin/python3</c>
/// (<c>python3-icalendar</c>, <c>python3-feedparser</c>): skipped, with the reason shown, when the module is missing
/// outside CI (<c>CI=true</c>), where CI installs it.
/// </summary>
public sealed class PythonModuleFactAttribute : FactAttribute
{
    /// <summary>Debian's interpreter, which sees the Debian packages' modules (a pyenv or venv python may not).</summary>
    public const string Python = "/usr/bin/python3";

    /// <summary>Marks a fact that needs <paramref name="module"/>.</summary>
    /// <param name="module">The module to import, e.g. <c>icalendar</c>.</param>
    public PythonModuleFactAttribute(string module)
    {
        if (!HasModule(module) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{Python} cannot import {module}: apt-get install python3-{module} (CI does)";
        }
    }

    /// <summary>Runs <paramref name="script"/> with <see cref="Python"/>, <paramref name="input"/> on its standard input.</summary>
    /// <returns>Its standard output.</returns>
    /// <exception cref="InvalidOperationException">The script exits with a non-zero code (its standard error is in the message).</exception>
    public static async Task<string> RunAsync(string script, string input)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start");
        // Both outputs are read while the input is written, so that neither pipe can fill and stop the script.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{Python} exited with {process.ExitCode}: {await error}");
    }

    private static bool HasModule(string module)
    {
        if (!File.Exists(Python))
        {
            return false;
        }
        try
        {
            using var process = Process.Start(new ProcessStartInfo(Python, ["-c", $"import {module}"]) { RedirectStandardError = true });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
