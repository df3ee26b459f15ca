namespace Cfc.Sdk.Orleans.Storage;

/// <summary>How every grain of the SDK stores a change: the new state whole, or nothing.</summary>
internal static class PersistentStates
{
    /// <summary>
    /// Stores <paramref name="next"/> as the grain's state. When the write fails, the state in memory is put back, so
    /// that memory never holds what storage refused, and the exception reaches the caller.
    /// </summary>
    /// <typeparam name="T">The state's type.</typeparam>
    /// <param name="state">The grain's persistent state.</param>
    /// <param name="next">The new state, complete before it is assigned.</param>
    /// <returns>A task that completes when the state is stored.</returns>
    public static async Task StoreAsync<T>(this IPersistentState<T> state, T next)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            throw;
        }
    }
}
