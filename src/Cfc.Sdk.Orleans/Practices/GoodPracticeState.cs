using Cfc.Sdk.Practices;

namespace Cfc.Sdk.Orleans.Practices;

/// <summary>What a <see cref="GoodPracticeGrain"/> stores: <c>{"practice": {...}}</c>, the domain's stored form.</summary>
/// <remarks>Ids and JSON names are kept for years: only add members, never renumber or rename them.</remarks>
[GenerateSerializer, Immutable, Alias("cfc.good-practice-state")]
internal sealed record GoodPracticeState
{
    /// <summary>The practice; <see langword="null"/> until it is shared.</summary>
    [Id(0)]
    public GoodPractice? Practice { get; init; }
}
