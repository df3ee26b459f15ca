using Cfc.Sdk.Participation;

namespace Cfc.Sdk.Orleans.Participation;

/// <summary>What a <see cref="ParticipationGrain"/> stores: <c>{"record": {...}}</c>, the domain's stored form.</summary>
/// <remarks>Ids and JSON names are kept for years: only add members, never renumber or rename them.</remarks>
[GenerateSerializer, Immutable, Alias("cfc.participation-state")]
internal sealed record ParticipationState
{
    /// <summary>The record; <see langword="null"/> until it is made.</summary>
    [Id(0)]
    public ParticipationRecord? Record { get; init; }
}
