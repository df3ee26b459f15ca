using Cfc.Sdk.Orleans.Resilience;

namespace Cfc.Sdk.Orleans.Entities;

/// <summary>
/// The one source of the numbers that identify a network's entities: meetings, good practices, bottlenecks and the
/// kinds that come later. Keyed <c>{network}/{kind}</c> (see <see cref="NetworkKey"/>), it hands out 1, 2, 3 and so on,
/// each number once, whatever silo asks.
/// </summary>
/// <remarks>
/// A number is stored before it is handed out, so a number is never given twice, also not after a crash; a number
/// whose entity was never written (the caller failed after asking) stays unused. The state is one number, so taking
/// one writes a few bytes however large the network is.
/// </remarks>
[Alias("cfc.ISequenceGrain")]
public interface ISequenceGrain : IGrainWithStringKey
{
    /// <summary>The next number: 1 for the first call, then one more than the last.</summary>
    /// <returns>The number, stored as taken.</returns>
    [Alias("NextAsync")]
    Task<int> NextAsync();

    /// <summary>Makes sure the numbers handed out from now on are above <paramref name="taken"/>: for entities numbered elsewhere, such as data converted from an earlier release.</summary>
    /// <param name="taken">The highest number in use.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="taken"/> is negative.</exception>
    [Idempotent]
    [Alias("ReserveThroughAsync")]
    Task ReserveThroughAsync(int taken);

    /// <summary>The last number handed out or reserved; 0 when none.</summary>
    /// <returns>The number.</returns>
    [global::Orleans.Concurrency.ReadOnly]
    [Alias("LastAsync")]
    Task<int> LastAsync();
}
