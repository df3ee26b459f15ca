using System.Diagnostics;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Tests.Hosting;
using Cfc.Sdk.Orleans.Tests.Redis;
using Cfc.Testing;
using Xunit.Abstractions;

namespace Cfc.Sdk.Orleans.Tests.Processes;

/// <summary>
/// Failover on a Redis cluster of two real silo processes: the one holding most municipality grains is killed with
/// SIGKILL, and the other serves every municipality's state intact. The time until every grain answered again is
/// written to the test output (the package README records it); it is measured, not asserted.
/// </summary>
public sealed class RedisFailoverTests(ITestOutputHelper output)
{
    [RedisFact]
    public async Task After_a_silo_process_is_killed_the_other_serves_every_municipality_intact()
    {
        var clusterId = "cfc-failover-" + Guid.NewGuid().ToString("N");
        var first = CfcSettings.Redis(RedisCluster.ConnectionString, clusterId).WithPlaintextGateway().With("Test:RandomPlacement", "true");
        var second = first.OnOtherPorts();
        var writes = new ProcessWrites();
        try
        {
            await using var a = await SiloProcess.StartAsync(first);
            await using var b = await SiloProcess.StartAsync(second);
            await using var client = await CfcClient.ConnectAsync(first);
            await BothSilosActiveAsync(client.Grains);
            await writes.SeedAsync(client.Grains);
            var (victim, survivor, survivorsMembers) = await PlacementAsync(client.Grains, writes, a, b);

            // A client of the surviving silo's gateway alone, so that what it sends after the kill never goes through
            // the dead one (a client routes each grain's calls through one gateway).
            await using var direct = await CfcClient.ConnectAsync(survivor.Settings.With("Cfc:Cluster:Mode", "Localhost"));
            using var stop = new CancellationTokenSource();
            var writing = writes.WriteUntilStoppedAsync(client.Grains, stop.Token);
            while (writes.Acknowledged < 200 && !writing.IsCompleted)
            {
                await Task.Delay(20);
            }

            // Killed while the writers are still sending: a write in flight fails (it is never repeated), every
            // acknowledged one must be there.
            var watch = Stopwatch.StartNew();
            await victim.KillAsync();
            await stop.CancelAsync();

            // A write to a grain on the surviving silo succeeds at once: its push to the dead silo's replica waits
            // at most PushWait, then goes on in the background, instead of failing the write or waiting out the failover.
            await Task.WhenAll(survivorsMembers.Select(member => writes.AddIssueAsync(direct.Grains, member, 1_000_000)));
            await writing;
            await Task.WhenAll(writes.Members.Select(member => AnswersAsync(client.Grains.GetGrain<IMunicipalityGrain>(member.ToString()))));
            output.WriteLine($"Every municipality answered again {watch.Elapsed.TotalSeconds:0.0} s after the silo process was killed.");

            await writes.AssertAllStoredAsync(client.Grains);
        }
        finally
        {
            await RedisCluster.DeleteKeysAsync(clusterId);
        }
    }

    // The client's retries (AddCfc) carry a read over the failover; a read that still fails is tried again, so that
    // the test measures the recovery rather than failing on one retry budget.
    private static async Task AnswersAsync(IMunicipalityGrain grain)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await grain.GetProgrammeAsync();
                return;
            }
            catch (Exception error) when (deadline.Elapsed < TimeSpan.FromSeconds(60) && error is not Xunit.Sdk.XunitException)
            {
                await Task.Delay(100);
            }
        }
    }

    // Placement spreads new activations over the silos it knows to be active; wait until both are.
    private static async Task BothSilosActiveAsync(IGrainFactory grains)
    {
        var deadline = Stopwatch.StartNew();
        while ((await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count < 2)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "The second silo did not become active.");
            await Task.Delay(100);
        }
    }

    // The silo holding more municipality grains is the one to kill; the members whose grains the other holds are
    // written to right after the kill. Both silos must hold some, or the test would check nothing.
    private async Task<(SiloProcess Victim, SiloProcess Survivor, List<MemberCode> SurvivorsMembers)> PlacementAsync(IGrainFactory grains, ProcessWrites writes, SiloProcess a, SiloProcess b)
    {
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        var port = writes.Members.ToDictionary(
            member => member,
            member => statistics.Single(s => s.GrainId.ToString() == $"municipality/{member}").SiloAddress.Endpoint.Port);
        var onA = writes.Members.Where(member => port[member] == a.Settings.SiloPort).ToList();
        var onB = writes.Members.Where(member => port[member] == b.Settings.SiloPort).ToList();
        output.WriteLine($"Municipality grains: {onA.Count} on silo A, {onB.Count} on silo B.");
        Assert.True(onA.Count > 0 && onB.Count > 0, "The municipality grains are not spread over both silos.");
        return onA.Count >= onB.Count ? (a, b, onB) : (b, a, onA);
    }
}
