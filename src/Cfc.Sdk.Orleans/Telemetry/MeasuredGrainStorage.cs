using System.Diagnostics;
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
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var activity = CfcInstruments.StartStorageWrite(store, stateName, CfcInstruments.Write);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await storage.WriteStateAsync(stateName, grainId, grainState).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            instruments.StorageWritten(store, stateName, CfcInstruments.Write, started, e, activity);
            throw;
        }

        instruments.StorageWritten(store, stateName, CfcInstruments.Write, started, null, activity);
    }

    /// <inheritdoc/>
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var activity = CfcInstruments.StartStorageWrite(store, stateName, CfcInstruments.Clear);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await storage.ClearStateAsync(stateName, grainId, grainState).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            instruments.StorageWritten(store, stateName, CfcInstruments.Clear, started, e, activity);
            throw;
        }

        instruments.StorageWritten(store, stateName, CfcInstruments.Clear, started, null, activity);
    }

    /// <inheritdoc/>
    public void Participate(ISiloLifecycle lifecycle) => (storage as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}
