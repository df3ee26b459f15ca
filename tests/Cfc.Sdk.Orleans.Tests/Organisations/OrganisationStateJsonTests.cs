using System.Text.Json;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Organisations;
using Cfc.Sdk.Orleans.Storage;
using Cfc.Testing;
using static Cfc.Sdk.Orleans.Tests.Network.DutchNetwork;

namespace Cfc.Sdk.Orleans.Tests.Organisations;

/// <summary>An organisation's state as the storages write it (schema version 2).</summary>
public sealed class OrganisationStateJsonTests
{
    private static readonly JsonSerializerOptions s_stored = StateEnvelope.CreateDefaultJsonSerializerOptions();

    private static OrganisationState FullState() => new()
    {
        Profile = Nji,
        People = [new Person(Nji.Id, "B. Jansen", PersonRole.CivilServant, "b.jansen@nji.example")],
        Version = 3,
    };

    [Fact]
    public void The_stored_shape_of_an_organisation_is_approved() => Approvals.VerifyJson(FullState());

    [Fact]
    public void A_full_state_reads_back_equal_and_an_empty_one_as_no_profile()
    {
        var state = FullState();

        var read = JsonSerializer.Deserialize<OrganisationState>(JsonSerializer.Serialize(state, s_stored), s_stored)!;
        var empty = JsonSerializer.Deserialize<OrganisationState>("{}", s_stored)!;

        Assert.Equal(state.Profile, read.Profile);
        Assert.Equal<Person>(state.People, read.People);
        Assert.Equal(3, read.Version);
        Assert.Null(empty.Profile);
        Assert.Empty(empty.People);
    }
}
