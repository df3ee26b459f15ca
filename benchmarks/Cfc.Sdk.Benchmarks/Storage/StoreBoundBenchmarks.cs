using BenchmarkDotNet.Attributes;
using Cfc.Sdk.Orleans.Storage;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Cfc.Sdk.Benchmarks.Storage;

/// <summary>
/// The bound every grain storage call passes through (<c>StoreBoundGrainStorage</c>, <c>Cfc:Storage:Timeout</c>), around
/// a store that answers at once (as SQLite's group commit does for a read of a cached state) and around one that answers
/// later (as Redis does), beside the bare store: what the bound costs per read and write.
/// </summary>
[MemoryDiagnoser]
public class StoreBoundBenchmarks
{
    private static readonly GrainId s_grain = GrainId.Create("bench", "1");
    private readonly GrainState<int> _state = new(1);
    private readonly SynchronousStore _synchronous = new();
    private readonly AsynchronousStore _asynchronous = new();
    private StoreBoundGrainStorage _boundSynchronous = null!;
    private StoreBoundGrainStorage _boundAsynchronous = null!;

    [GlobalSetup]
    public void Setup()
    {
        var timeout = TimeSpan.FromSeconds(5);
        _boundSynchronous = new StoreBoundGrainStorage(_synchronous, "bench", timeout, new NoGrainContext());
        _boundAsynchronous = new StoreBoundGrainStorage(_asynchronous, "bench", timeout, new NoGrainContext());
    }

    [Benchmark(Baseline = true)]
    public Task Synchronous_Write_Bare() => _synchronous.WriteStateAsync("state", s_grain, _state);

    [Benchmark]
    public Task Synchronous_Read_Bound() => _boundSynchronous.ReadStateAsync("state", s_grain, _state);

    [Benchmark]
    public Task Synchronous_Write_Bound() => _boundSynchronous.WriteStateAsync("state", s_grain, _state);

    [Benchmark]
    public Task Asynchronous_Write_Bare() => _asynchronous.WriteStateAsync("state", s_grain, _state);

    [Benchmark]
    public Task Asynchronous_Write_Bound() => _boundAsynchronous.WriteStateAsync("state", s_grain, _state);

    private sealed class SynchronousStore : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
    }

    private sealed class AsynchronousStore : IGrainStorage
    {
        public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => await Task.Yield();

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => await Task.Yield();

        public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => await Task.Yield();
    }

    // Outside a grain's turn, as a storage call from the benchmark's thread is.
    private sealed class NoGrainContext : IGrainContextAccessor
    {
        public IGrainContext GrainContext => null!;
    }
}
