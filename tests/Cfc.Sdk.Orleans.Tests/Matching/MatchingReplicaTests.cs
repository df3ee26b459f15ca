using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Organisations;
using Cfc.Sdk.Orleans.Tests.Network;
using Cfc.Sdk.Orleans.Tests.Storage;
using Cfc.Sdk.Rights;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Cfc.Sdk.Orleans.Tests.Matching;

/// <summary>
/// Matching on a cluster of two silos, each with its replica of the index; every test starts a cluster of its own.
/// A change is checked on the replica of every silo (so whichever silo serves the next query sees it) and through
/// the client's query.
/// </summary>
public sealed class MatchingReplicaTests : IAsyncLifetime, IDisposable
{
    private static readonly LocalIssue s_draft = Issue(MemberCode.GooiseMeren, "gm-1", "Veilige fietsroutes naar school");

    private const string Nl = INetworkGrain.DefaultNetworkId;

    private static readonly TimeSpan s_catchUpDelay = TimeSpan.FromSeconds(3);

    private readonly TemporaryDatabase _database = new();
    private InProcessTestCluster _cluster = null!;

    private IClusterClient Client => _cluster.Client;

    private IMatchingGrain Matching => Client.GetGrain<IMatchingGrain>(0);

    private IMunicipalityGrain DenHaag => Client.GetGrain<IMunicipalityGrain>("GM0518");

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSqliteGrainStorageAsDefault(_database.Path);
            silo.Services.AddSerializer(s => s.AddCfcSdkTypes());
            silo.Services.AddCfcSdk();
            silo.AddCfcSdkMatching(options => options.CatchUpDelay = s_catchUpDelay);
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddCfcSdkTypes()));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        await Client.GetGrain<INetworkGrain>(INetworkGrain.DefaultNetworkId).SaveMemberAsync(DutchNetwork.DenHaag);

        // The replicas hold the issues of the municipalities registered with their network.
        await DenHaag.SetProfileAsync(Nl, DutchNetwork.DenHaag.Name);
        await Client.GetGrain<IMunicipalityGrain>("GM1942").SetProfileAsync(Nl, "Gooise Meren");
    }

    [Fact]
    public async Task An_added_issue_is_in_every_replica_and_matched_when_the_add_returns()
    {
        Assert.Empty(await Matching.MatchDraftAsync(s_draft));
        var issue = Issue(MemberCode.DenHaag, "dh-1", "Veilige fietsroutes naar school");

        await DenHaag.AddIssueAsync(issue);

        foreach (var index in await ReplicasAsync())
        {
            Assert.True(index.TryGet(issue.Id, out var indexed));
            Assert.Equal(issue, indexed);
            Assert.Equal([issue.Id], index.Match(s_draft).Select(m => m.Issue));
        }

        Assert.Equal([issue.Id], (await Matching.MatchDraftAsync(s_draft)).Select(m => m.Issue));
    }

    [Fact]
    public async Task An_issue_id_another_member_has_is_refused_and_changes_nothing()
    {
        var denHaag = Issue(MemberCode.DenHaag, "d001", "Veilige fietsroutes naar school");
        var gooiseMeren = Client.GetGrain<IMunicipalityGrain>("GM1942");
        await DenHaag.AddIssueAsync(denHaag);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => gooiseMeren.AddIssueAsync(Issue(MemberCode.GooiseMeren, "d001", "Te weinig speelplekken")));

        Assert.Equal("issue", refused.ParamName);
        Assert.Contains("GM0518", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await gooiseMeren.GetIssuesAsync());
        foreach (var index in await ReplicasAsync())
        {
            Assert.True(index.TryGet(denHaag.Id, out var indexed));
            Assert.Equal(denHaag, indexed);
        }
    }

    [Fact]
    public async Task A_push_that_lands_after_a_newer_one_is_dropped()
    {
        var replica = _cluster.GetSiloServiceProvider(_cluster.GetActiveSilos().First().SiloAddress).GetRequiredService<MatchingReplica>();
        var index = await replica.ReadyAsync();
        var first = Issue(MemberCode.DenHaag, "dh-8", "Veilige fietsroutes naar school");
        var second = Issue(MemberCode.DenHaag, "dh-8", "Veilige fietsroutes naar school en sport");
        var nji = OrganisationId.Parse("nji");

        // As a push repeated in the background while its silo was unreachable lands after the change that followed it.
        replica.Upsert(Nl, second, version: 2);
        replica.Upsert(Nl, first, version: 1);
        Assert.True(index.TryGet(first.Id, out var kept));
        Assert.Equal(second, kept);

        replica.Remove(Nl, MemberCode.DenHaag, first.Id, version: 3);
        replica.Upsert(Nl, second, version: 2);
        Assert.False(index.Contains(first.Id));

        // Versions are counted per municipality: another member's issue may take an id freed by a removal.
        var gooiseMeren = Issue(MemberCode.GooiseMeren, "dh-8", "Een plek voor jongeren");
        replica.Upsert(Nl, gooiseMeren, version: 1);
        Assert.True(index.TryGet(first.Id, out var taken));
        Assert.Equal(gooiseMeren, taken);

        replica.Upsert(Nl, Member.NetworkPartner(nji, DutchNetwork.Nji.Name, DutchNetwork.Amsterdam), version: 2);
        replica.Upsert(Nl, DutchNetwork.Nji, version: 1);
        Assert.False(index.ContainsOrganisation(nji));
    }

    [Fact]
    public async Task Each_change_is_pushed_with_a_version_above_the_last_also_after_a_new_activation()
    {
        var issue = Issue(MemberCode.DenHaag, "dh-9", "Veilige fietsroutes naar school");

        await DenHaag.AddIssueAsync(issue);
        await DenHaag.UpdateIssueAsync(Issue(MemberCode.DenHaag, "dh-9", "Veilige fietsroutes"));
        await DenHaag.RemoveIssueAsync(issue.Id);
        await DenHaag.AddIssueAsync(issue);

        // A new activation counts on from the stored version.
        await _cluster.DeactivateAsync(DenHaag);
        await DenHaag.UpdateIssueAsync(Issue(MemberCode.DenHaag, "dh-9", "Na de nieuwe activatie"));

        foreach (var index in await ReplicasAsync())
        {
            Assert.True(index.TryGet(issue.Id, out var indexed));
            Assert.Equal("Na de nieuwe activatie", indexed.Title);
        }
    }

    [Fact]
    public async Task An_update_and_a_removal_are_in_every_replica_when_they_return()
    {
        var issue = Issue(MemberCode.DenHaag, "dh-2", "Veilige fietsroutes naar school");
        await DenHaag.AddIssueAsync(issue);
        var updated = Issue(MemberCode.DenHaag, "dh-2", "Speelplekken in de wijk");

        await DenHaag.UpdateIssueAsync(updated);

        foreach (var index in await ReplicasAsync())
        {
            Assert.True(index.TryGet(issue.Id, out var indexed));
            Assert.Equal(updated, indexed);
        }

        Assert.Equal("Speelplekken in de wijk", Assert.Single(await Matching.MatchDraftAsync(Issue(MemberCode.GooiseMeren, "gm-2", "Speelplekken"))).Title);

        await DenHaag.RemoveIssueAsync(issue.Id);

        foreach (var index in await ReplicasAsync())
        {
            Assert.False(index.Contains(issue.Id));
        }

        await Assert.ThrowsAsync<IssueNotFoundException>(() => Matching.MatchAsync(issue.Id));
    }

    [Fact]
    public async Task A_silo_that_starts_later_rebuilds_its_replica_from_the_municipalities_and_the_network()
    {
        var issue = Issue(MemberCode.DenHaag, "dh-3", "Veilige fietsroutes naar school");
        await DenHaag.AddIssueAsync(issue);
        await Client.GetGrain<IOrganisationGrain>(NetworkKey.Of(INetworkGrain.DefaultNetworkId, "nji")).SetProfileAsync(DutchNetwork.Nji);

        var late = await _cluster.StartAdditionalSiloAsync();
        var replica = _cluster.GetSiloServiceProvider(late.SiloAddress).GetRequiredService<MatchingReplica>();
        var index = await replica.ReadyAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(issue, index.GetIssues().Single());
        Assert.Equal([issue.Id], index.Match(s_draft).Select(m => m.Issue));
        Assert.True(index.ContainsOrganisation(OrganisationId.Parse("nji")));

        // The late silo is active now, so the next change reaches it too.
        await DenHaag.RemoveIssueAsync(issue.Id);
        Assert.False(index.Contains(issue.Id));
    }

    [Fact]
    public async Task A_silo_that_started_later_reloads_once_soon_after_so_a_change_pushed_while_it_joined_is_not_missed()
    {
        var issue = Issue(MemberCode.DenHaag, "dh-6", "Veilige fietsroutes naar school");
        await DenHaag.AddIssueAsync(issue);
        var late = await _cluster.StartAdditionalSiloAsync();
        var replica = _cluster.GetSiloServiceProvider(late.SiloAddress).GetRequiredService<MatchingReplica>();
        var index = await replica.ReadyAsync().WaitAsync(TimeSpan.FromMinutes(1));

        // As if the add had been pushed before this silo was active and stored after its first load read Den Haag.
        index.Remove(issue.Id);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!index.Contains(issue.Id) && waited.Elapsed < s_catchUpDelay + TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        Assert.True(index.Contains(issue.Id), "The late silo's replica did not reload after its catch-up delay.");
    }

    [Fact]
    public async Task A_resync_repairs_a_replica_that_missed_pushes()
    {
        var issue = Issue(MemberCode.DenHaag, "dh-4", "Veilige fietsroutes naar school");
        await DenHaag.AddIssueAsync(issue);
        var services = _cluster.GetSiloServiceProvider(_cluster.GetActiveSilos().First().SiloAddress);
        var replica = services.GetRequiredService<MatchingReplica>();
        var index = await replica.ReadyAsync();
        var neverStored = Issue(MemberCode.DenHaag, "dh-5", "Nooit opgeslagen");
        index.Remove(issue.Id);
        index.Upsert(neverStored);

        await services.GetRequiredService<MatchingReplicaLoader>().LoadAsync();

        Assert.Equal([issue], index.GetIssues());
    }

    [Fact]
    public async Task A_resync_removes_the_organisations_the_network_no_longer_has_with_expertise()
    {
        var jeugdfonds = OrganisationId.Parse("jeugdfonds");
        await Client.GetGrain<IOrganisationGrain>(NetworkKey.Of(INetworkGrain.DefaultNetworkId, "jeugdfonds"))
            .SetProfileAsync(Member.NetworkPartner(jeugdfonds, "Jeugdfonds", DutchNetwork.Amsterdam));
        var services = _cluster.GetSiloServiceProvider(_cluster.GetActiveSilos().First().SiloAddress);
        var replica = services.GetRequiredService<MatchingReplica>();
        var index = await replica.ReadyAsync();
        var neverStored = Member.Organisation(OrganisationId.Parse("nooit"), "Nooit opgeslagen", DutchNetwork.Nji.Expertise!, DutchNetwork.Amsterdam);

        // As if this silo had kept the partner with expertise it no longer has, and an organisation never stored.
        index.UpsertOrganisation(Member.NetworkPartner(jeugdfonds, "Jeugdfonds", DutchNetwork.Amsterdam, DutchNetwork.Nji.Expertise));
        index.UpsertOrganisation(neverStored);
        var draft = Issue(MemberCode.GooiseMeren, "gm-4", "Participatie van jongeren in de jeugdhulp");
        Assert.Equal(2, index.MatchOrganisations(draft).Count);

        await services.GetRequiredService<MatchingReplicaLoader>().LoadAsync();

        Assert.Equal(0, index.OrganisationCount);
        Assert.Empty(index.MatchOrganisations(draft));
    }

    [Fact]
    public async Task A_push_refused_by_an_active_silo_does_not_fail_the_stored_change()
    {
        var silos = _cluster.GetActiveSilos().ToList();
        var failing = await _cluster.GetSiloServiceProvider(silos[0].SiloAddress).GetRequiredService<MatchingReplica>().ReadyAsync();
        var healthy = await _cluster.GetSiloServiceProvider(silos[1].SiloAddress).GetRequiredService<MatchingReplica>().ReadyAsync();
        var issue = Issue(MemberCode.DenHaag, "dh-7", "Veilige fietsroutes naar school");

        // The first silo stays active, but its replica refuses every change with an error no retry repairs.
        failing.Dispose();

        await DenHaag.AddIssueAsync(issue);
        await Client.GetGrain<IOrganisationGrain>(NetworkKey.Of(INetworkGrain.DefaultNetworkId, "nji")).SetProfileAsync(DutchNetwork.Nji);

        Assert.Equal(issue, Assert.Single(await DenHaag.GetIssuesAsync()));
        Assert.True(healthy.Contains(issue.Id));
        Assert.True(healthy.ContainsOrganisation(OrganisationId.Parse("nji")));
    }

    [Fact]
    public async Task A_saved_organisation_is_in_every_replica_and_matched_when_the_save_returns()
    {
        var draft = Issue(MemberCode.GooiseMeren, "gm-3", "Participatie van jongeren in de jeugdhulp");
        Assert.Empty(await Matching.MatchOrganisationsDraftAsync(draft));

        await Client.GetGrain<IOrganisationGrain>(NetworkKey.Of(INetworkGrain.DefaultNetworkId, "nji")).SetProfileAsync(DutchNetwork.Nji);

        foreach (var index in await ReplicasAsync())
        {
            Assert.True(index.ContainsOrganisation(OrganisationId.Parse("nji")));
        }

        Assert.Equal(OrganisationId.Parse("nji"), Assert.Single(await Matching.MatchOrganisationsDraftAsync(draft)).Organisation);
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    public void Dispose() => _database.Dispose();

    // Each silo's index, once its replica is rebuilt.
    private async Task<IReadOnlyList<IssueIndex>> ReplicasAsync()
    {
        var silos = _cluster.GetActiveSilos().ToList();
        Assert.Equal(2, silos.Count);
        var indexes = new List<IssueIndex>();
        foreach (var silo in silos)
        {
            indexes.Add(await _cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<MatchingReplica>().ReadyAsync());
        }

        Assert.Equal(2, indexes.Distinct().Count());
        return indexes;
    }

    private static LocalIssue Issue(MemberCode member, string id, string title) =>
        new(IssueId.Parse(id), member, title, "Uit de jeugdraad.", ["verkeer"], [CrcArticle.Parse("31")], AgeGroups.Children, new LocalDate(2025, 9, 1));
}
