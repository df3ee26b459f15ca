using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;

namespace Cfc.Sdk.Orleans.Storage;

/// <summary>
/// A grain storage whose every read, write and clear ends within a bound (<see cref="Hosting.CfcStorageOptions.Timeout"/>)
/// and whose failures of the store itself reach the grain as a <see cref="StoreFaultException"/> naming the fault, so
/// that a request ends with an answer the client can act on instead of waiting on a store that is gone or slow.
/// </summary>
/// <remarks>
/// A write or clear that failed or ran out of time may still be applied: Redis may have written it before the
/// connection broke, and a write that ran out of time is not cancelled (neither store can take a write back once sent).
/// So the grain is deactivated after such a failure: its next call activates it again from what the store holds, rather
/// than from memory that may disagree with the store (and would then fail every later write on its ETag).
/// </remarks>
internal sealed class StoreBoundGrainStorage(IGrainStorage storage, string store, TimeSpan timeout, IGrainContextAccessor grains)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <inheritdoc/>
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        BoundAsync(storage.ReadStateAsync(stateName, grainId, grainState), "read", stateName, grainId, applied: false);

    /// <inheritdoc/>
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        BoundAsync(storage.WriteStateAsync(stateName, grainId, grainState), "write", stateName, grainId, applied: true);

    /// <inheritdoc/>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        BoundAsync(storage.ClearStateAsync(stateName, grainId, grainState), "clear", stateName, grainId, applied: true);

    /// <inheritdoc/>
    public void Participate(ISiloLifecycle lifecycle) => (storage as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);

    // An operation that succeeded before it returned (a SQLite read, which Microsoft.Data.Sqlite makes synchronously under
    // its async API) has nothing to bound and nothing to classify: it is passed on as it is, without a timer, a
    // cancellation source or a state machine.
    private Task BoundAsync(Task operation, string name, string stateName, GrainId grainId, bool applied) =>
        operation.IsCompletedSuccessfully ? operation : WaitBoundedAsync(operation, name, stateName, grainId, applied);

    private async Task WaitBoundedAsync(Task operation, string name, string stateName, GrainId grainId, bool applied)
    {
        // Taken now, on the activation's turn: after an await the accessor answers the silo's hosted client instead.
        var activation = applied && grains.GrainContext is { } context && context.GrainId == grainId ? context : null;

        // One that failed before it returned (a fault raised before any I/O) needs no timer either; it is classified below.
        if (!operation.IsCompleted)
        {
            using var bound = new CancellationTokenSource();
            if (await Task.WhenAny(operation, Task.Delay(timeout, bound.Token)).ConfigureAwait(false) != operation)
            {
                // The operation goes on; its failure, if it fails later, is observed here so that it is not unobserved.
                _ = operation.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                throw Fault(StoreFault.TimedOut, $"did not end within {timeout.TotalSeconds:0.###} s (Cfc:Storage:Timeout)", cause: null);
            }

            await bound.CancelAsync().ConfigureAwait(false);
        }

        try
        {
            await operation.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not StoreFaultException && StoreFaults.Classify(e) is { } fault)
        {
            throw Fault(fault, e.Message, e);
        }

        StoreFaultException Fault(StoreFault fault, string why, Exception? cause)
        {
            activation?.Deactivate(new(DeactivationReasonCode.ApplicationError, $"Its state's {name} failed in the store ({fault}); it may have been applied."), CancellationToken.None);
            var outcome = applied ? " It may have been applied all the same." : "";
            return new StoreFaultException(fault, $"The {store} store's {name} of state '{stateName}' of grain '{grainId}' failed ({fault}): {why.TrimEnd('.')}.{outcome}", cause);
        }
    }
}

/// <summary>Puts the storage a silo registered under a name inside a <see cref="StoreBoundGrainStorage"/>.</summary>
internal static class StoreBounds
{
    /// <summary>
    /// Replaces the keyed registration of the storage <paramref name="name"/> by one that bounds and classifies what the
    /// registered factory makes. Orleans resolves the storage, its lifecycle participation and the default storage
    /// through that keyed registration, so all of them get the bounded storage.
    /// </summary>
    /// <param name="services">The silo's services, with the storage registered.</param>
    /// <param name="name">The storage's name.</param>
    /// <param name="store">The store, for messages: <c>Redis</c> or <c>SQLite</c>.</param>
    /// <param name="timeout">How long an operation may take.</param>
    public static void Bound(IServiceCollection services, string name, string store, TimeSpan timeout)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, name));
        if (registered?.KeyedImplementationFactory is not { } create)
        {
            throw new InvalidOperationException(
                $"The grain storage '{name}' is not registered as a keyed factory of {nameof(IGrainStorage)} (as Orleans' AddGrainStorage registers it), so it cannot be bounded by Cfc:Storage:Timeout; "
                + $"it is registered as {(registered is null ? "nothing" : registered.KeyedImplementationType?.Name ?? "an instance")}.");
        }

        services.Remove(registered);
        services.AddKeyedSingleton<IGrainStorage>(name, (provider, key) => new StoreBoundGrainStorage((IGrainStorage)create(provider, key), store, timeout, provider.GetRequiredService<IGrainContextAccessor>()));
    }
}
