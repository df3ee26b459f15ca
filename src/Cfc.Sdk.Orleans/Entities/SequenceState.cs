namespace Cfc.Sdk.Orleans.Entities;

/// <summary>The stored state of a <see cref="SequenceGrain"/>: <c>{"last": 12}</c>.</summary>
[GenerateSerializer, Alias("cfc.sequence-state")]
public sealed record SequenceState
{
    /// <summary>The last number handed out or reserved; 0 before the first.</summary>
    [Id(0)]
    public int Last { get; init; }
}
