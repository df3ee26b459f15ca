using System.Collections.Immutable;

namespace Cfc.Sdk.Orleans.Lists;

/// <summary>The stored state of a list's index of years or days: <c>{"parts": [2025, 2026]}</c>.</summary>
[GenerateSerializer, Alias("cfc.list-index-state")]
public sealed record ListIndexState
{
    /// <summary>The years, or the days as <c>yyyyMMdd</c>, that hold entries.</summary>
    [Id(0)]
    public ImmutableSortedSet<int> Parts { get; init; } = [];
}
