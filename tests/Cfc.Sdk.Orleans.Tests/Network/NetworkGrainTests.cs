using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using NodaTime;
using static Cfc.Sdk.Orleans.Tests.Network.DutchNetwork;

namespace Cfc.Sdk.Orleans.Tests.Network;

/// <summary>The network grain on one silo whose default storage is a SQLite file; every test uses its own network key.</summary>
[Collection(NetworkClusterDefinition.Name)]
public sealed class NetworkGrainTests(NetworkClusterFixture cluster)
{
    [Fact]
    public async Task The_seeded_Dutch_network_lists_its_municipalities_and_members_after_deactivation()
    {
        var network = await SeedAsync(cluster.Client, INetworkGrain.DefaultNetworkId);
        await network.SaveMemberAsync(Nji);
        await network.JoinAsync(Nji.Id, Joined);

        await cluster.DeactivateAsync(network);

        Assert.Equal([DenHaag.Id, GooiseMeren.Id, SintEustatius.Id], (await network.GetMunicipalitiesAsync()).Select(m => m.Id));
        Assert.Equal(MemberKind.PublicBody, (await network.GetMemberAsync(SintEustatius.Id))!.Kind);
        Assert.Equal(Kralendijk.Id, (await network.GetMemberAsync(SintEustatius.Id))!.TimeZoneId);
        Assert.Equal([DenHaag.Id, GooiseMeren.Id, SintEustatius.Id, Nji.Id], (await network.MembersOnAsync(Joined)).AsEnumerable());
        Assert.Empty(await network.MembersOnAsync(Joined.PlusDays(-1)));
    }

    [Fact]
    public async Task Memberships_over_time_are_kept_through_leaving_and_joining_again()
    {
        var network = await SeedAsync(cluster.Client, "memberships");

        await network.LeaveAsync(GooiseMeren.Id, new LocalDate(2024, 12, 31));
        await network.JoinAsync(GooiseMeren.Id, new LocalDate(2025, 3, 1));
        await cluster.DeactivateAsync(network);

        Assert.Equal([DenHaag.Id, SintEustatius.Id], (await network.MembersOnAsync(new LocalDate(2025, 1, 15))).AsEnumerable());
        Assert.Equal([DenHaag.Id, GooiseMeren.Id, SintEustatius.Id], (await network.MembersOnAsync(new LocalDate(2025, 3, 1))).AsEnumerable());
        Assert.Equal(
            [new Membership(GooiseMeren.Id, Joined, new LocalDate(2024, 12, 31)), new Membership(GooiseMeren.Id, new LocalDate(2025, 3, 1))],
            (await network.GetRegisterAsync()).MembershipsOf(GooiseMeren.Id));
    }

    [Fact]
    public async Task The_register_keeps_an_organisations_id_kind_name_and_zone_and_not_its_expertise()
    {
        var network = await SeedAsync(cluster.Client, "organisation");
        await network.SaveMemberAsync(Nji);
        var renamed = Member.Organisation(OrganisationId.Parse("nji"), "NJi", Nji.Expertise!, Amsterdam);
        await network.SaveMemberAsync(renamed);

        await cluster.DeactivateAsync(network);

        Assert.Equal(new RegisteredMember(Nji.Id, MemberKind.Organisation, "NJi", Amsterdam.Id), await network.GetMemberAsync(Nji.Id));
        Assert.Equal(4, (await network.GetMembersAsync()).Length);
        Assert.DoesNotContain(Nji.Id, (await network.GetMunicipalitiesAsync()).Select(m => m.Id));
        Assert.Null(await network.GetMemberAsync(MemberId.Parse("org:unknown")));
    }
}
