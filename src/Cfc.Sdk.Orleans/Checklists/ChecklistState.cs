using System.Collections.Immutable;
using Cfc.Sdk.Checklists;

namespace Cfc.Sdk.Orleans.Checklists;

/// <summary>What a <see cref="ChecklistGrain"/> stores: <c>{"answers": [...]}</c>, the member's answers, one per question.</summary>
/// <remarks>Ids and JSON names are kept for years: only add members, never renumber or rename them.</remarks>
[GenerateSerializer, Immutable, Alias("cfc.checklist-state")]
internal sealed record ChecklistState
{
    /// <summary>The answers, one per question, in the order they were first given; empty until the first.</summary>
    [Id(0)]
    public ImmutableArray<ChecklistAnswer> Answers { get; init; } = [];
}
