using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Cfc.Sample.Host.Tests.Processes;

/// <summary>
/// The host process stopped with SIGTERM while writers are sending, as <c>systemctl stop</c> would: it lets the
/// requests in flight finish and ends with exit code 0, and a restart has every acknowledged write.
/// </summary>
public sealed class ShutdownTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SIGTERM_mid_writes_ends_the_host_with_exit_code_0_and_keeps_every_acknowledged_write()
    {
        var directory = Directory.CreateTempSubdirectory("cfc-sample-host-shutdown-").FullName;
        var writes = new HttpWrites();
        try
        {
            await using (var host = await HostProcess.StartAsync($"--Cfc:DataDirectory={directory}"))
            {
                var port = host.Address.Port.ToString(CultureInfo.InvariantCulture);
                Assert.Contains($"  api:          http://127.0.0.1:{port}/scalar (OpenAPI document: http://127.0.0.1:{port}/openapi/v1.json)", host.Output, StringComparison.Ordinal);
                Assert.Contains("  dashboard:    off (Cfc:Dashboard:Enabled=false)", host.Output, StringComparison.Ordinal);
                await writes.SeedAsync(host.Client);
                using var stop = new CancellationTokenSource();
                var writing = writes.WriteUntilStoppedAsync(host.Client, stop.Token);
                while (writes.Acknowledged < 100 && !writing.IsCompleted)
                {
                    await Task.Delay(20);
                }

                Assert.False(writing.IsCompleted, "The writers stopped before the host was stopped:\n" + host.Output);
                var watch = Stopwatch.StartNew();
                var exitCode = await host.TerminateAsync();
                output.WriteLine($"The host ended {watch.Elapsed.TotalSeconds:0.0} s after SIGTERM.");
                await stop.CancelAsync();
                await writing;

                Assert.True(exitCode == 0, $"The host ended with exit code {exitCode}:\n{host.Output}");
            }

            output.WriteLine($"Stopped after {writes.Acknowledged} acknowledged writes ({writes.Issues.Added} issues added, {writes.Issues.Deleted} deleted).");
            await using var restarted = await HostProcess.StartAsync($"--Cfc:DataDirectory={directory}");
            await writes.AssertAllStoredAsync(restarted.Client);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
