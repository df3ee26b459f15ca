using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Cfc.Testing;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace Cfc.Sample.Host.Tests.Processes;

/// <summary>
/// Two host processes on one Redis cluster, set up only by the settings a coordinator would give (mutual TLS between
/// them with one self-signed cluster certificate, made for the test): writes go through
/// host A, A is killed with SIGKILL, and host B serves every municipality's data. The time until every municipality
/// answered again through B is written to the test output; it is measured, not asserted. Before the kill, the test
/// asks the cluster (the Orleans dashboard's counters) where the municipality grains are active, and requires some on
/// A: otherwise B would only serve grains it held all along, and the test would show no failover.
/// </summary>
public sealed class ClusterTests(ITestOutputHelper output)
{
    [RedisFact]
    public async Task After_host_A_is_killed_host_B_serves_every_municipality()
    {
        var connection = RedisFactAttribute.ConnectionString ?? throw new InvalidOperationException("CFC_REDIS is not set.");
        var clusterId = "cfc-sample-host-" + Guid.NewGuid().ToString("N");
        var directory = Directory.CreateTempSubdirectory("cfc-sample-host-cluster-").FullName;
        using var certificates = new TestCertificates();
        string[] settings =
        [
            $"--Cfc:Cluster:Tls:CertificatePath={certificates.SelfSigned("cfc-cluster")}",
            "--Cfc:Cluster:Mode=Redis",
            $"--ConnectionStrings:Redis={connection}",
            $"--Cfc:Cluster:ClusterId={clusterId}",
            $"--Cfc:Cluster:ServiceId={clusterId}",
            $"--Cfc:DataDirectory={directory}",
            // The dashboard's counters say where the grains are; the hosts' clients send a coordinator's token.
            "--Cfc:Dashboard:Enabled=true",
        ];
        var writes = new HttpWrites();
        try
        {
            await using var a = await HostProcess.StartAsync(settings);
            await using var b = await HostProcess.StartAsync(settings);
            await writes.SeedAsync(a.Client);
            using var stop = new CancellationTokenSource();
            var writing = writes.WriteUntilStoppedAsync(a.Client, stop.Token);
            while (writes.Acknowledged < 150 && !writing.IsCompleted)
            {
                await Task.Delay(20);
            }

            Assert.False(writing.IsCompleted, "The writers stopped before host A was killed:\n" + a.Output);
            var (onA, onB) = await MunicipalityActivationsAsync(b.Client, a.SiloPort, b.SiloPort);
            output.WriteLine($"Before the kill: {onA} municipality grains active on host A, {onB} on host B.");
            Assert.True(onA > 0, $"No municipality grain was active on host A ({onB} on B): killing A would test no failover.");
            var watch = Stopwatch.StartNew();
            await a.KillAsync();
            await stop.CancelAsync();
            await writing;

            await Task.WhenAll(writes.Members.Select(member => AnswersAsync(b.Client, member)));
            output.WriteLine($"Every municipality answered again through host B {watch.Elapsed.TotalSeconds:0.0} s after host A was killed ({writes.Acknowledged} writes acknowledged through A).");

            await writes.AssertAllStoredAsync(b.Client);
        }
        finally
        {
            await DeleteKeysAsync(connection, clusterId);
            Directory.Delete(directory, recursive: true);
        }
    }

    // A read that fails while the cluster has not yet declared A dead is tried again, so that the test measures the
    // recovery rather than failing on one attempt.
    private static async Task AnswersAsync(HttpClient client, string member)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var municipality = await client.GetAsync(new Uri($"/api/municipalities/{member}", UriKind.Relative));
                using var issues = await client.GetAsync(new Uri($"/api/municipalities/{member}/issues", UriKind.Relative));
                if (municipality.StatusCode == HttpStatusCode.OK && issues.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // B did not answer in time: try again.
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(90), $"{member} did not answer through host B.");
            await Task.Delay(100);
        }
    }

    // The dashboard's counters list each grain type's activations per silo (ADDRESS:PORT@GENERATION); they are
    // collected about once a second, so the first answers may not count the grains the writes activated yet.
    private static async Task<(int OnA, int OnB)> MunicipalityActivationsAsync(HttpClient client, int siloA, int siloB)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var counters = JsonNode.Parse(await client.GetStringAsync(new Uri("/dashboard/DashboardCounters", UriKind.Relative)))!;
            var municipalities = counters["simpleGrainStats"]!.AsArray()
                .Where(s => ((string?)s!["grainType"])?.Contains(".MunicipalityGrain", StringComparison.Ordinal) == true)
                .Select(s => (Silo: (string)s!["siloAddress"]!, Count: (int)s["activationCount"]!))
                .ToList();
            int On(int port) => municipalities.Where(m => m.Silo.Contains($":{port}@", StringComparison.Ordinal)).Sum(m => m.Count);
            if (On(siloA) + On(siloB) > 0 || deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                return (On(siloA), On(siloB));
            }

            await Task.Delay(250);
        }
    }

    private static async Task DeleteKeysAsync(string connection, string clusterId)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(connection);
        var database = redis.GetDatabase();
        foreach (var key in redis.GetServers().SelectMany(server => server.Keys(pattern: $"*{clusterId}*")).ToList())
        {
            await database.KeyDeleteAsync(key);
        }
    }
}
