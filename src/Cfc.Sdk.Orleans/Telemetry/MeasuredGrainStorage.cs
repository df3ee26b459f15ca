using Orleans.Storage;

namespace Cfc.Sdk.Orleans.Telemetry;

/// <summary>
/// A grain storage of Orleans' own (Redis) with the SDK's storage instruments around its writes and clears; reads pass
/// through. It takes part in the silo's lifecycle as the storage it wraps does.
/// </summary>
internal sealed class MeasuredGrainStorage(IGrainStorage storage, string store, CfcInstruments instruments)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <inheritdoc/>
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        storage.ReadStateAsync(stateName, grainId, grainState);

    /// <inheritdoc/>
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        instruments.MeasureStorageAsync(store, stateName, CfcInstruments.Write, () => storage.WriteStateAsync(stateName, grainId, grainState));

    /// <inheritdoc/>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        instruments.MeasureStorageAsync(store, stateName, CfcInstruments.Clear, () => storage.ClearStateAsync(stateName, grainId, grainState));

    /// <inheritdoc/>
    public void Participate(ISiloLifecycle lifecycle) => (storage as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}
