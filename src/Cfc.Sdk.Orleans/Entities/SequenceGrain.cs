using Cfc.Sdk.Orleans.Storage;

namespace Cfc.Sdk.Orleans.Entities;

/// <summary>The <see cref="ISequenceGrain"/>, keeping a <see cref="SequenceState"/> in the default grain storage as <c>sequence</c>.</summary>
/// <param name="sequence">The stored state.</param>
internal sealed class SequenceGrain([PersistentState("sequence")] IPersistentState<SequenceState> sequence) : Grain, ISequenceGrain
{
    /// <inheritdoc />
    public async Task<int> NextAsync()
    {
        var next = checked(sequence.State.Last + 1);
        await StoreAsync(next);
        return next;
    }

    /// <inheritdoc />
    public Task ReserveThroughAsync(int taken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(taken);
        return taken <= sequence.State.Last ? Task.CompletedTask : StoreAsync(taken);
    }

    /// <inheritdoc />
    public Task<int> LastAsync() => Task.FromResult(sequence.State.Last);

    // A write that fails leaves the number as it was, so the next call asks for the same number again.
    private Task StoreAsync(int last) => sequence.StoreAsync(sequence.State with { Last = last });
}
