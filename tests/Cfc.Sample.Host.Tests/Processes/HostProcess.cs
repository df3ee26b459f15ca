using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Cfc.Sample.Host.Tests.Processes;

/// <summary>
/// The sample host as a real process (<c>dotnet Cfc.Sample.Host.dll</c>), on a free HTTP port and free Orleans
/// ports, seeding off, trusting the tests' token key. A test ends it with SIGKILL, as a crash or a power cut would:
/// nothing is flushed or disposed.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri address, int siloPort, int gatewayPort)
    {
        _process = process;
        Address = address;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
    }

    /// <summary>Where the host's HTTP listens.</summary>
    public Uri Address { get; }

    /// <summary>The port of the host's silo, which its silo address names (<c>127.0.0.1:PORT@GENERATION</c>).</summary>
    public int SiloPort { get; }

    /// <summary>The host's <c>Cfc:Cluster:GatewayPort</c>, where its gateway listens when <c>Cfc:Cluster:GatewayEnabled</c>.</summary>
    public int GatewayPort { get; }

    /// <summary>A client of the host that sends a coordinator's token.</summary>
    public HttpClient Client { get; }

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

    /// <summary>
    /// Starts the host with <paramref name="settings"/> (<c>--Key=Value</c>, e.g. <c>Cfc:DataDirectory</c>) and
    /// waits until <c>/health/ready</c> answers 200.
    /// </summary>
    public static Task<HostProcess> StartAsync(params IEnumerable<string> settings) => StartAsync(trustTestTokens: true, settings);

    /// <summary>
    /// Starts the host as <see cref="StartAsync(IEnumerable{string})"/> does; without <paramref name="trustTestTokens"/>
    /// it gets no token settings but those in <paramref name="settings"/>.
    /// </summary>
    public static Task<HostProcess> StartAsync(bool trustTestTokens, params IEnumerable<string> settings) =>
        StartAsync(new Dictionary<string, string>(), trustTestTokens, settings);

    /// <summary>
    /// Starts the host as <see cref="StartAsync(bool, IEnumerable{string})"/> does, with <paramref name="environment"/>
    /// added to its environment variables (e.g. <c>ASPNETCORE_ENVIRONMENT</c>).
    /// </summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> environment, bool trustTestTokens, params IEnumerable<string> settings)
    {
        var port = FreePorts.Next();
        var siloPort = FreePorts.Next();
        var gatewayPort = FreePorts.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        string[] arguments =
        [
            "exec",
            typeof(Program).Assembly.Location,
            $"--urls=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            $"--Cfc:Cluster:SiloPort={siloPort.ToString(CultureInfo.InvariantCulture)}",
            $"--Cfc:Cluster:GatewayPort={gatewayPort.ToString(CultureInfo.InvariantCulture)}",
            "--Cfc:Seed=false",
            "--Logging:LogLevel:Default=Warning",
            $"--Cfc:Limits:WritesPerWindow={Tokens.UnlimitedWrites}",
            $"--Cfc:Limits:ReadsPerWindow={Tokens.UnlimitedReads}",
            .. (trustTestTokens ? Tokens.Settings.Select(pair => $"--{pair.Key}={pair.Value}") : []),
            .. settings,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"), siloPort, gatewayPort);
        process.OutputDataReceived += (_, line) => host.Read(line.Data);
        process.ErrorDataReceived += (_, line) => host.Read(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.UntilReadyAsync();
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>Ends the process at once with SIGKILL and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>
    /// Asks the process to stop with SIGTERM, as <c>systemctl stop</c> or Ctrl+C would, and waits until it is gone.
    /// </summary>
    /// <returns>Its exit code.</returns>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task UntilReadyAsync()
    {
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host process ended (exit code {_process.ExitCode}) before it was ready:\n{Output}");
            }

            if (watch.Elapsed > s_startTimeout)
            {
                throw new TimeoutException($"The host process was not ready within {s_startTimeout}:\n{Output}");
            }

            try
            {
                using var ready = await probe.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }
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
    }
}

/// <summary>Free loopback ports, none handed out twice by one test run.</summary>
internal static class FreePorts
{
    private static readonly HashSet<int> s_given = [];

    public static int Next()
    {
        lock (s_given)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (s_given.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
