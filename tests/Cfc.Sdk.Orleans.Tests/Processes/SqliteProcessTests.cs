using Cfc.Sdk.Orleans.Tests.Hosting;

namespace Cfc.Sdk.Orleans.Tests.Processes;

/// <summary>
/// The embedded store across real processes: a silo process is killed with SIGKILL while writes are under way, and a
/// second process on the same file finds every write the first one acknowledged.
/// </summary>
public sealed class SqliteProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-process-").FullName;

    [Fact]
    public async Task A_second_silo_process_on_the_file_finds_every_write_a_killed_one_acknowledged()
    {
        var writes = new ProcessWrites();
        var first = CfcSettings.Localhost(_directory).WithPlaintextGateway();
        await using (var silo = await SiloProcess.StartAsync(first))
        await using (var client = await CfcClient.ConnectAsync(first))
        {
            await writes.SeedAsync(client.Grains);
            using var stop = new CancellationTokenSource();
            var writing = writes.WriteUntilStoppedAsync(client.Grains, stop.Token);
            while (writes.Acknowledged < 300 && !writing.IsCompleted)
            {
                await Task.Delay(20);
            }

            Assert.False(writing.IsCompleted, "The writers stopped before the silo was killed.");

            // Killed while the writers are still sending.
            await silo.KillAsync();
            await stop.CancelAsync();
            await writing;
        }

        var second = first.OnOtherPorts();
        await using (await SiloProcess.StartAsync(second))
        await using (var client = await CfcClient.ConnectAsync(second))
        {
            await writes.AssertAllStoredAsync(client.Grains);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
