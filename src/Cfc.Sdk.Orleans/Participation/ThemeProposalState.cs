using Cfc.Sdk.Participation;

namespace Cfc.Sdk.Orleans.Participation;

/// <summary>What a <see cref="ThemeProposalGrain"/> stores: <c>{"proposal": {...}}</c>, the domain's stored form with its votes.</summary>
/// <remarks>Ids and JSON names are kept for years: only add members, never renumber or rename them.</remarks>
[GenerateSerializer, Immutable, Alias("cfc.theme-proposal-state")]
internal sealed record ThemeProposalState
{
    /// <summary>The proposal; <see langword="null"/> until it is made.</summary>
    [Id(0)]
    public ThemeProposal? Proposal { get; init; }
}
