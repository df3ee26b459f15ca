namespace Cfc.Sdk.Orleans.Hosting;

/// <summary>
/// How idempotent grain calls (<see cref="global::Orleans.Concurrency.ReadOnlyAttribute"/> or
/// <see cref="Cfc.Sdk.Orleans.Resilience.IdempotentAttribute"/>) are retried when a silo is unreachable: the settings under <c>Cfc:Retry</c>.
/// </summary>
/// <remarks>The defaults retry for about 6 s in all (100 ms, doubling, at most 1 s apart), longer than a small cluster needs to declare a dead silo dead.</remarks>
public sealed class GrainCallRetryOptions
{
    /// <summary>How many times a failed call is repeated; 9 by default, 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; set; } = 9;

    /// <summary>The wait before the first retry, doubled (with jitter) for each next one; 100 ms by default.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest wait between two attempts; 1 s by default.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(1);
}
