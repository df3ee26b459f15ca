using System.Collections.Immutable;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Orleans.Network;

/// <summary>
/// The stored state of a <see cref="NetworkGrain"/> from schema version 2 on: the register of members (id, kind, name,
/// zone) and who was a member when. It grows by one small entry per member, never with what members do.
/// </summary>
/// <remarks>The default value is the empty register. Properties may be added later but never renamed.</remarks>
[GenerateSerializer, Alias("cfc.register-state")]
public sealed record RegisterState
{
    /// <summary>The members by id: municipalities, public bodies, organisations and partners.</summary>
    [Id(0)]
    public ImmutableSortedDictionary<MemberId, RegisteredMember> Members { get; init; } = ImmutableSortedDictionary<MemberId, RegisteredMember>.Empty;

    /// <summary>Who was a member when.</summary>
    [Id(1)]
    public MemberRegister Register { get; init; } = MemberRegister.Empty;
}
