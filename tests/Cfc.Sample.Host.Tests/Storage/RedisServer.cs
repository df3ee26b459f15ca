using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Cfc.Sample.Host.Tests.Processes;

namespace Cfc.Sample.Host.Tests.Storage;

/// <summary>
/// A redis-server process of a test's own, on a free loopback port with a directory of its own, durable by default
/// (<c>--appendonly yes --appendfsync always</c>, no snapshots): the test may kill it with SIGKILL, start it again on its
/// append-only file, or pause it. Disposing it kills the process and deletes the directory.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    /// <summary>The settings of a Redis that keeps every write it answered.</summary>
    public static readonly string[] Durable = ["--appendonly", "yes", "--appendfsync", "always", "--save", ""];

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);

    private readonly string[] _settings;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private RedisServer(string[] settings)
    {
        _settings = settings;
        Port = FreePorts.Next();
        Directory = System.IO.Directory.CreateTempSubdirectory("cfc-redis-").FullName;
    }

    /// <summary>The server's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The server's own directory (<c>--dir</c>), with its append-only file.</summary>
    public string Directory { get; }

    /// <summary>The connection string of <c>ConnectionStrings:Redis</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Starts a server with <paramref name="settings"/> (redis-server's arguments; <see cref="Durable"/> by default) and waits until it answers PING.</summary>
    public static async Task<RedisServer> StartAsync(params string[] settings)
    {
        var server = new RedisServer(settings.Length > 0 ? settings : Durable);
        try
        {
            await server.RunAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Ends the server at once with SIGKILL, as a crash would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts the server again, on the same port and directory (so on its append-only file), and waits until it answers.</summary>
    public Task RestartAsync() => RunAsync();

    /// <summary>Starts the server again on the same port without its files, as a Redis whose disk was lost or replaced would.</summary>
    public Task RestartEmptyAsync()
    {
        foreach (var entry in new DirectoryInfo(Directory).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo folder)
            {
                folder.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }

        return RunAsync();
    }

    /// <summary>Runs <c>redis-cli</c> against the server.</summary>
    /// <param name="arguments">The command, such as <c>CLIENT PAUSE 20000 WRITE</c>, one argument each.</param>
    /// <returns>What it printed.</returns>
    public async Task<string> CliAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("redis-cli") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-p", Port.ToString(CultureInfo.InvariantCulture), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        // Both streams are read, so that neither can fill up and hold the process; a server that does not answer ends the wait.
        using var cli = Process.Start(start)!;
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var output = cli.StandardOutput.ReadToEndAsync(bound.Token);
        var errors = cli.StandardError.ReadToEndAsync(bound.Token);
        await cli.WaitForExitAsync(bound.Token);
        return ((await output) + (await errors)).Trim();
    }

    /// <summary>What the server wrote, for failure messages.</summary>
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

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private async Task RunAsync()
    {
        _process?.Dispose();
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] arguments = ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", Directory, .. _settings];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Read(line.Data);
        process.ErrorDataReceived += (_, line) => Read(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var watch = Stopwatch.StartNew();
        while (!await AnswersAsync())
        {
            if (process.HasExited || watch.Elapsed > s_startTimeout)
            {
                throw new InvalidOperationException($"redis-server on port {Port} did not start:\n{Output}");
            }

            await Task.Delay(50);
        }
    }

    // Redis answers PING with "-LOADING" while it reads its append-only file, and with "+PONG" once it serves.
    private async Task<bool> AnswersAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port, bound.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), bound.Token);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, bound.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            // Not listening yet, closed the connection while it loads, or did not answer within the second: asked again.
            return false;
        }
    }

    private void Read(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
