using System.Collections.Immutable;

namespace Cfc.Sdk.Orleans.Programmes;

/// <summary>The stored state of an <see cref="IProgrammeIndexGrain"/>: <c>{"entries": [{"code","name","programme"}]}</c>.</summary>
/// <remarks>Ids and JSON names are kept for years: only add members, never renumber or rename them.</remarks>
[GenerateSerializer, Immutable, Alias("cfc.programme-index-state")]
public sealed record ProgrammeIndexState
{
    /// <summary>The entries in code order, one per municipality.</summary>
    [Id(0)]
    public ImmutableArray<ProgrammeIndexEntry> Entries { get; init; } = [];
}
