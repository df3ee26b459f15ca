using System.Collections.Immutable;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Orleans.Organisations;

/// <summary>The stored state of an organisation's grain: its profile, its contact people and its count of published changes.</summary>
/// <remarks>The default value is an organisation without a profile. Properties may be added later but never renamed.</remarks>
[GenerateSerializer, Alias("cfc.organisation-state")]
public sealed record OrganisationState
{
    /// <summary>The profile: an organisation with its expertise, or a network partner; <see langword="null"/> until set.</summary>
    [Id(0)]
    public Member? Profile { get; init; }

    /// <summary>The contact people, in the order they were added; an equal person is kept once.</summary>
    [Id(1)]
    public ImmutableArray<Person> People { get; init; } = [];

    /// <summary>
    /// How many profile changes the organisation has made: each change's push to the matching replicas carries this
    /// number, so that a replica drops a push older than one it has applied (a push repeated in the background).
    /// </summary>
    [Id(2)]
    public long Version { get; init; }
}
