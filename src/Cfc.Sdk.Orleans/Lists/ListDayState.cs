using System.Collections.Immutable;

namespace Cfc.Sdk.Orleans.Lists;

/// <summary>The stored state of one day of a list: <c>{"entries": [...]}</c>, in the entries' order.</summary>
[GenerateSerializer, Alias("cfc.list-day-state")]
public sealed record ListDayState
{
    /// <summary>The entries, sorted.</summary>
    [Id(0)]
    public ImmutableArray<ListEntry> Entries { get; init; } = [];
}
