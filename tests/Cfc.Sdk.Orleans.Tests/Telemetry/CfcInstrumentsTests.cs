using System.Diagnostics.Metrics;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Storage;
using Cfc.Sdk.Orleans.Telemetry;
using Cfc.Sdk.Orleans.Tests.Hosting;
using Cfc.Sdk.Orleans.Tests.Redis;
using Cfc.Sdk.Orleans.Tests.Storage;
using Cfc.Sdk.Rights;
using Cfc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Storage;

namespace Cfc.Sdk.Orleans.Tests.Telemetry;

/// <summary>
/// The SDK's instruments (meter <c>Cfc.Sdk</c>) record what the storage, the matching grain and the replica publisher
/// do, with their tags; each test listens to the meter of its own service provider only.
/// </summary>
public sealed class CfcInstrumentsTests
{
    private const string StateName = "municipality";
    private static readonly GrainId DenHaag = GrainId.Create("municipality", "0518");

    [Fact]
    public async Task Sqlite_writes_and_clears_are_counted_and_timed_with_the_store_the_state_and_the_operation()
    {
        using var database = new TemporaryDatabase();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        using var measurements = new Measurements(meters);
        var storage = Storage(database, meters);
        var state = new GrainState<TextState>(new TextState { Text = "eerste" });

        await storage.WriteStateAsync(StateName, DenHaag, state);
        state.State = new TextState { Text = "tweede" };
        await storage.WriteStateAsync(StateName, DenHaag, state);
        await storage.ClearStateAsync(StateName, DenHaag, state);

        var writes = measurements.Of("cfc.storage.writes");
        Assert.Equal(["write", "write", "clear"], writes.Select(w => w.Tag("cfc.storage.operation")));
        Assert.All(writes, w => Assert.Equal(1, w.Value));
        Assert.All(writes, w => Assert.Equal("sqlite", w.Tag("cfc.store")));
        Assert.All(writes, w => Assert.Equal(StateName, w.Tag("cfc.state")));
        Assert.All(writes, w => Assert.Null(w.Tag("error.type")));
        var durations = measurements.Of("cfc.storage.write.duration");
        Assert.Equal(["write", "write", "clear"], durations.Select(d => d.Tag("cfc.storage.operation")));
        Assert.All(durations, d => Assert.True(d.Value > 0));
    }

    [Fact]
    public async Task A_refused_sqlite_write_is_counted_with_the_type_of_its_error()
    {
        using var database = new TemporaryDatabase();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        using var measurements = new Measurements(meters);
        var storage = Storage(database, meters);
        await storage.WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new TextState { Text = "eerste" }));

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, DenHaag, new GrainState<TextState>(new TextState(), "stale")));

        var refused = measurements.Of("cfc.storage.writes")[^1];
        Assert.Equal(typeof(InconsistentStateException).FullName, refused.Tag("error.type"));
        Assert.Equal(typeof(InconsistentStateException).FullName, measurements.Of("cfc.storage.write.duration")[^1].Tag("error.type"));
    }

    [Fact]
    public async Task A_silo_counts_its_storage_writes_replica_pushes_and_match_queries_by_target_and_query()
    {
        var directory = Directory.CreateTempSubdirectory("cfc-telemetry-").FullName;
        try
        {
            var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.UseOrleans(silo => silo.AddCfc(CfcSettings.Localhost(directory).ToConfiguration()));
            using var host = builder.Build();
            using var measurements = new Measurements(host.Services.GetRequiredService<IMeterFactory>());
            await host.StartAsync();
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var denHaag = grains.GetGrain<IMunicipalityGrain>("GM0518");
            await denHaag.SetProfileAsync(INetworkGrain.DefaultNetworkId, "'s-Gravenhage");
            var issue = Issue("GM0518-1");
            await denHaag.AddIssueAsync(issue);
            var matching = grains.GetGrain<IMatchingGrain>(0);

            await matching.MatchAsync(issue.Id);
            await matching.MatchDraftAsync(Issue("GM0518-2"));
            await matching.MatchOrganisationsAsync(issue.Id);

            Assert.Contains(measurements.Of("cfc.storage.writes"), w => w.Tag("cfc.store") == "sqlite" && w.Tag("cfc.state") == StateName);
            Assert.Contains(measurements.Of("cfc.matching.replica.pushes"), p => p.Tag("cfc.matching.push.result") == "delivered");
            Assert.Equal(
                [("issue", "issue"), ("issue", "draft"), ("organisation", "issue")],
                measurements.Of("cfc.matching.matches").Select(m => (m.Tag("cfc.matching.target"), m.Tag("cfc.matching.query"))));
            Assert.Equal(3, measurements.Of("cfc.matching.duration").Count);
            await host.StopAsync();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [RedisFact]
    public async Task Redis_writes_are_counted_with_the_redis_store_and_the_state()
    {
        await using var cluster = new RedisCluster();
        var silo = await cluster.StartSiloAsync();
        using var measurements = new Measurements(silo.Services.GetRequiredService<IMeterFactory>());

        await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IMunicipalityGrain>("GM1943").SetProfileAsync(INetworkGrain.DefaultNetworkId, "Telemetrie");

        Assert.Contains(measurements.Of("cfc.storage.writes"), w => w.Tag("cfc.store") == "redis" && w.Tag("cfc.state") == StateName && w.Tag("cfc.storage.operation") == "write");
        Assert.Contains(measurements.Of("cfc.storage.write.duration"), d => d.Tag("cfc.store") == "redis");
    }

    private static LocalIssue Issue(string id) =>
        new(IssueId.Parse(id), MemberCode.DenHaag, "Veilige fietsroutes", "Uit de jeugdraad.", ["verkeer"], [CrcArticle.Parse("31")], AgeGroups.Children, new LocalDate(2025, 9, 1));

    private static SqliteGrainStorage Storage(TemporaryDatabase database, IMeterFactory meters) =>
        new("test", new SqliteGrainStorageOptions { DataSource = database.Path }, TemporaryDatabase.Activators, TimeProvider.System, new CfcInstruments(meters));
}
