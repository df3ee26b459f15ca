using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Organisations;
using Cfc.Sdk.Orleans.Tests.Network;
using static Cfc.Sdk.Orleans.Tests.Network.DutchNetwork;

namespace Cfc.Sdk.Orleans.Tests.Organisations;

/// <summary>An organisation's grain on the network tests' silo (without matching); every test uses its own network.</summary>
[Collection(NetworkClusterDefinition.Name)]
public sealed class OrganisationGrainTests(NetworkClusterFixture cluster)
{
    private IOrganisationGrain Grain(string network, string id) => cluster.Client.GetGrain<IOrganisationGrain>(NetworkKey.Of(network, id));

    [Fact]
    public async Task An_organisation_keeps_its_expertise_and_its_entry_in_the_register_current()
    {
        var nji = Grain("organisations", "nji");
        var renamed = Member.Organisation(OrganisationId.Parse("nji"), "NJi", Nji.Expertise!, Amsterdam);

        Assert.True(await nji.SetProfileAsync(Nji));
        Assert.False(await nji.SetProfileAsync(renamed));
        await cluster.DeactivateAsync(nji);

        Assert.Equal(renamed, await nji.GetProfileAsync());
        Assert.Equal(["jeugdhulp", "participatie"], (await nji.GetProfileAsync())!.Expertise!.Themes);
        Assert.Equal(RegisteredMember.Of(renamed), await cluster.Client.GetGrain<INetworkGrain>("organisations").GetMemberAsync(Nji.Id));
    }

    [Fact]
    public async Task An_organisation_given_a_partners_profile_refuses_and_changes_nothing()
    {
        var nji = Grain("kinds", "nji");
        await nji.SetProfileAsync(Nji);

        var refused = await Assert.ThrowsAsync<MemberKindException>(() => nji.SetProfileAsync(Member.NetworkPartner(OrganisationId.Parse("nji"), "NJi", Amsterdam)));

        Assert.Equal((Nji.Id, MemberKind.Organisation), (refused.Member, refused.Kind));
        Assert.Equal(Nji, await nji.GetProfileAsync());
        Assert.Equal(MemberKind.Organisation, (await cluster.Client.GetGrain<INetworkGrain>("kinds").GetMemberAsync(Nji.Id))!.Kind);
    }

    [Fact]
    public async Task A_profile_of_another_organisation_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Grain("others", "jeugdfonds").SetProfileAsync(Nji));

        Assert.Equal("profile", error.ParamName);
        Assert.Null(await Grain("others", "jeugdfonds").GetProfileAsync());
    }

    [Fact]
    public async Task People_are_kept_once_in_order_and_removed()
    {
        var nji = Grain("people", "nji");
        var first = new Person(Nji.Id, "B. Jansen", PersonRole.CivilServant, "b.jansen@nji.example");
        var second = new Person(Nji.Id, "C. Bakker", PersonRole.Administrator);

        Assert.True(await nji.AddPersonAsync(first));
        Assert.True(await nji.AddPersonAsync(second));
        Assert.False(await nji.AddPersonAsync(new Person(Nji.Id, "B. Jansen", PersonRole.CivilServant, "b.jansen@nji.example")));
        Assert.True(await nji.RemovePersonAsync(second));
        Assert.False(await nji.RemovePersonAsync(second));
        await Assert.ThrowsAsync<ArgumentException>(() => nji.AddPersonAsync(new Person(DenHaag.Id, "A. de Vries", PersonRole.CivilServant)));
        await cluster.DeactivateAsync(nji);

        Assert.Equal([first], (await nji.GetPeopleAsync()).AsEnumerable());
    }
}
