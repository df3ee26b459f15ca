using Xunit.Abstractions;

namespace Cfc.Sample.Host.Tests.Processes;

/// <summary>
/// The host process killed with SIGKILL while writers are still sending, then started again on the same data
/// directory: every write it acknowledged over HTTP is there, and every acknowledged deletion stays deleted.
/// </summary>
public sealed class DurabilityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task After_SIGKILL_mid_writes_a_restarted_host_has_every_acknowledged_write()
    {
        var directory = Directory.CreateTempSubdirectory("cfc-sample-host-durability-").FullName;
        var writes = new HttpWrites();
        try
        {
            await using (var host = await HostProcess.StartAsync($"--Cfc:DataDirectory={directory}"))
            {
                await writes.SeedAsync(host.Client);
                using var stop = new CancellationTokenSource();
                var writing = writes.WriteUntilStoppedAsync(host.Client, stop.Token);
                while (writes.Acknowledged < 200 && !writing.IsCompleted)
                {
                    await Task.Delay(20);
                }

                Assert.False(writing.IsCompleted, "The writers stopped before the host was killed:\n" + host.Output);

                // Killed while the writers are still sending: the requests in flight fail, and are not repeated.
                await host.KillAsync();
                await stop.CancelAsync();
                await writing;
            }

            output.WriteLine($"Killed after {writes.Acknowledged} acknowledged writes ({writes.Issues.Added} issues added, {writes.Issues.Deleted} deleted).");
            await using var restarted = await HostProcess.StartAsync($"--Cfc:DataDirectory={directory}");
            await writes.AssertAllStoredAsync(restarted.Client);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
