using Cfc.Sdk.ActionPlans;

namespace Cfc.Sdk.Orleans.ActionPlans;

/// <summary>What an <see cref="ActionPointGrain"/> stores: <c>{"actionPoint": {...}}</c>, the domain's stored form with its history.</summary>
/// <remarks>Ids and JSON names are kept for years: only add members, never renumber or rename them.</remarks>
[GenerateSerializer, Immutable, Alias("cfc.action-point-state")]
internal sealed record ActionPointState
{
    /// <summary>The action point; <see langword="null"/> until it is created.</summary>
    [Id(0)]
    public ActionPoint? ActionPoint { get; init; }
}
