using System.Collections.Immutable;
using System.Text.Json;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Storage;
using Cfc.Testing;
using NodaTime;
using static Cfc.Sdk.Orleans.Tests.Network.DutchNetwork;

namespace Cfc.Sdk.Orleans.Tests.Network;

/// <summary>The network's register as the storages write it (schema version 2).</summary>
public sealed class RegisterStateJsonTests
{
    private static readonly JsonSerializerOptions s_stored = StateEnvelope.CreateDefaultJsonSerializerOptions();

    [Fact]
    public void The_stored_shape_of_a_register_is_approved() => Approvals.VerifyJson(FullState());

    [Fact]
    public void A_full_register_reads_back_equal()
    {
        var state = FullState();

        var read = JsonSerializer.Deserialize<RegisterState>(JsonSerializer.Serialize(state, s_stored), s_stored)!;

        Assert.Equal(state.Members, read.Members);
        Assert.Equal(state.Register, read.Register);
    }

    [Fact]
    public void An_empty_stored_register_reads_as_the_empty_register()
    {
        var read = JsonSerializer.Deserialize<RegisterState>("{}", s_stored)!;

        Assert.Empty(read.Members);
        Assert.Equal(MemberRegister.Empty, read.Register);
    }

    private static RegisterState FullState()
    {
        var members = new[] { DenHaag, SintEustatius, Nji };
        return new RegisterState
        {
            Members = members.ToImmutableSortedDictionary(m => m.Id, RegisteredMember.Of),
            Register = members.Aggregate(MemberRegister.Empty, (r, m) => r.Join(m.Id, Joined)).Leave(Nji.Id, new LocalDate(2024, 12, 31)),
        };
    }
}
