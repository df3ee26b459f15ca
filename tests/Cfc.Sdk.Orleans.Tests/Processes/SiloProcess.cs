using System.Diagnostics;
using System.Reflection;
using System.Text;
using Cfc.Sdk.Orleans.Tests.Hosting;

namespace Cfc.Sdk.Orleans.Tests.Processes;

/// <summary>
/// A real silo process (tests/Cfc.Sdk.Orleans.SiloHost, set up by <c>AddCfc</c> from its command line) that a test
/// starts and kills with SIGKILL, as a crash or a power cut would end it: nothing is flushed or disposed.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private const string StartedLine = "cfc-silo: started";
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process, CfcSettings settings)
    {
        _process = process;
        Settings = settings;
    }

    /// <summary>The settings the process was started with.</summary>
    public CfcSettings Settings { get; }

    /// <summary>What the process wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts a silo process with <paramref name="settings"/> and waits until it serves calls.</summary>
    public static async Task<SiloProcess> StartAsync(CfcSettings settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(HostPath);
        foreach (var argument in settings.ToArguments().Append("--Logging:LogLevel:Default=Warning"))
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var silo = new SiloProcess(process, settings);
        process.OutputDataReceived += (_, line) => silo.Read(line.Data);
        process.ErrorDataReceived += (_, line) => silo.Read(line.Data);
        process.Exited += (_, _) => silo._started.TrySetException(new InvalidOperationException("The silo process ended before it started:\n" + silo.Output));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await silo._started.Task.WaitAsync(s_startTimeout);
        }
        catch (TimeoutException)
        {
            await silo.DisposeAsync();
            throw new TimeoutException($"The silo process did not start within {s_startTimeout}:\n{silo.Output}");
        }

        return silo;
    }

    /// <summary>Ends the process at once with SIGKILL and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.Contains(StartedLine, StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }

    private static string HostPath =>
        typeof(SiloProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SiloHostPath").Value!;
}
