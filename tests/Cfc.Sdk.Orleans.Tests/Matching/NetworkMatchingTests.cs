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
/// Two networks in one cluster: the first silo matches the network <c>nl</c>, the second <c>be</c>. A change is pushed
/// to every silo, and each replica keeps only its own network's issues and organisations.
/// </summary>
public sealed class NetworkMatchingTests : IAsyncLifetime, IDisposable
{
    private const string Nl = "nl";
    private const string Be = "be";

    private readonly TemporaryDatabase _database = new();
    private InProcessTestCluster _cluster = null!;
    private int _silos;

    private IClusterClient Client => _cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            var network = Interlocked.Increment(ref _silos) == 1 ? Nl : Be;
            silo.AddSqliteGrainStorageAsDefault(_database.Path);
            silo.Services.AddSerializer(s => s.AddCfcSdkTypes());
            silo.Services.AddCfcSdk();
            silo.AddCfcSdkMatching(matching => matching.NetworkId = network);
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddCfcSdkTypes()));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    [Fact]
    public async Task An_issue_is_in_the_replica_of_its_members_network_only()
    {
        var denHaag = await RegisterAsync(Nl, "GM0518", "'s-Gravenhage");
        var gent = await RegisterAsync(Be, "GM0001", "Gent");
        var dutch = Issue("GM0518", "GM0518-1", "Veilige fietsroutes naar school");
        var belgian = Issue("GM0001", "GM0001-1", "Veilige fietsroutes naar de school");

        await denHaag.AddIssueAsync(dutch);
        await gent.AddIssueAsync(belgian);

        var (nl, be) = await ReplicasAsync();
        Assert.Equal([dutch.Id], nl.GetIssues().Select(i => i.Id));
        Assert.Equal([belgian.Id], be.GetIssues().Select(i => i.Id));

        // So the matches of one network never name the other's issues.
        Assert.Empty(nl.Match(dutch.Id));
        Assert.Empty(be.Match(belgian.Id));
    }

    [Fact]
    public async Task The_same_issue_id_in_two_networks_names_two_issues_and_a_removal_touches_only_its_own()
    {
        var denHaag = await RegisterAsync(Nl, "GM0518", "'s-Gravenhage");
        var gent = await RegisterAsync(Be, "GM0001", "Gent");
        var dutch = Issue("GM0518", "shared-1", "Speelplekken");
        var belgian = Issue("GM0001", "shared-1", "Speelplekken in Gent");
        await denHaag.AddIssueAsync(dutch);
        await gent.AddIssueAsync(belgian);

        await gent.RemoveIssueAsync(belgian.Id);

        var (nl, be) = await ReplicasAsync();
        Assert.True(nl.TryGet(dutch.Id, out var kept));
        Assert.Equal(dutch, kept);
        Assert.False(be.Contains(belgian.Id));
    }

    [Fact]
    public async Task An_organisation_is_in_the_replica_of_its_network_only()
    {
        await Client.GetGrain<IOrganisationGrain>(NetworkKey.Of(Be, "nji")).SetProfileAsync(DutchNetwork.Nji);

        var (nl, be) = await ReplicasAsync();
        Assert.False(nl.ContainsOrganisation(OrganisationId.Parse("nji")));
        Assert.True(be.ContainsOrganisation(OrganisationId.Parse("nji")));
    }

    [Fact]
    public async Task A_resync_loads_only_its_own_network()
    {
        await Client.GetGrain<INetworkGrain>(Nl).SaveMemberAsync(DutchNetwork.DenHaag);
        var denHaag = await RegisterAsync(Nl, "GM0518", "'s-Gravenhage");
        var dutch = Issue("GM0518", "GM0518-3", "Speelplekken");
        await denHaag.AddIssueAsync(dutch);
        var (nl, be) = await ReplicasAsync();
        nl.Remove(dutch.Id);

        foreach (var silo in _cluster.GetActiveSilos())
        {
            await _cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<MatchingReplicaLoader>().LoadAsync();
        }

        Assert.True(nl.Contains(dutch.Id));
        Assert.False(be.Contains(dutch.Id));
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    public void Dispose() => _database.Dispose();

    private async Task<IMunicipalityGrain> RegisterAsync(string network, string code, string name)
    {
        var grain = Client.GetGrain<IMunicipalityGrain>(code);
        await grain.SetProfileAsync(network, name);
        return grain;
    }

    private MatchingReplica Replica(string network) => _cluster.GetActiveSilos()
        .Select(silo => _cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<MatchingReplica>())
        .Single(replica => replica.Network == network);

    // The index of the silo of each network, once its replica is rebuilt.
    private async Task<(IssueIndex Nl, IssueIndex Be)> ReplicasAsync() => (await Replica(Nl).ReadyAsync(), await Replica(Be).ReadyAsync());

    private static LocalIssue Issue(string code, string id, string title) =>
        new(IssueId.Parse(id), MemberCode.Parse(code), title, "Uit de jeugdraad.", ["verkeer"], [CrcArticle.Parse("31")], AgeGroups.Children, new LocalDate(2025, 9, 1));
}
