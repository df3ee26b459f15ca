using Cfc.Sdk.Bottlenecks;

namespace Cfc.Sdk.Orleans.Bottlenecks;

/// <summary>What a <see cref="BottleneckGrain"/> stores: <c>{"bottleneck": {...}}</c>, the domain's stored form with its history and resolution.</summary>
/// <remarks>Ids and JSON names are kept for years: only add members, never renumber or rename them.</remarks>
[GenerateSerializer, Immutable, Alias("cfc.bottleneck-state")]
internal sealed record BottleneckState
{
    /// <summary>The bottleneck; <see langword="null"/> until it is signalled.</summary>
    [Id(0)]
    public Bottleneck? Bottleneck { get; init; }
}
