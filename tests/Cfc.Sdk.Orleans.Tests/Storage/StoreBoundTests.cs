using System.Collections.Concurrent;
using System.Text.Json;
using Cfc.Sdk.Orleans.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using StackExchange.Redis;

namespace Cfc.Sdk.Orleans.Tests.Storage;

/// <summary>
/// A write that failed in the store may still land there (a write that ran out of time goes on; a connection may break
/// after the store applied it). The bounded storage then deactivates the grain that wrote, so that its next call reads
/// what the store holds: the grain shows the write that landed and writes again on the store's ETag, instead of failing
/// every later write on the ETag it kept from before.
/// </summary>
public sealed class StoreBoundTests
{
    private static readonly TimeSpan s_bound = TimeSpan.FromMilliseconds(500);

    public static TheoryData<string> Failures() => new() { "timed out", "failed after it landed" };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task After_a_failed_write_that_landed_the_grain_shows_it_and_writes_again(string failure)
    {
        var store = new HeldStore();
        await using var cluster = await StartAsync(store);
        var grain = cluster.Client.GetGrain<ILogbookGrain>("GM0518");
        await grain.AddAsync("Jeugdraad opgericht");

        var landed = failure == "timed out" ? store.HoldNextWrite() : store.FailNextWriteAfterItLands();
        // Orleans wraps the storage's exception; the fault is found inside, as the host finds it.
        var error = await Assert.ThrowsAnyAsync<Exception>(() => grain.AddAsync("Speelplekken geïnventariseerd"));
        Assert.Equal(failure == "timed out" ? StoreFault.TimedOut : StoreFault.Unreachable, StoreFaults.Classify(error));
        store.Release();
        await landed;

        await grain.AddAsync("Kinderburgemeester gekozen");

        Assert.Equal("Jeugdraad opgericht; Speelplekken geïnventariseerd; Kinderburgemeester gekozen", await grain.ReadAsync());
    }

    [Fact]
    public async Task An_error_that_is_not_the_stores_reaches_the_grain_as_it_is()
    {
        var store = new HeldStore();
        await using var cluster = await StartAsync(store);
        var grain = cluster.Client.GetGrain<ILogbookGrain>("GM0363");
        await grain.AddAsync("Jeugdraad opgericht");

        store.Corrupt();

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.AddAsync("Speelplekken geïnventariseerd"));
    }

    [Fact]
    public async Task An_operation_the_store_ended_at_once_gets_no_timer_and_allocates_nothing()
    {
        var storage = new StoreBoundGrainStorage(new AnsweredStore(fault: null), "test", s_bound, new NoGrainContext());
        var state = new GrainState<int>(1);
        var grain = GrainId.Create("logbook", "GM0518");
        for (var i = 0; i < 100; i++)
        {
            await storage.ReadStateAsync("logbook", grain, state);
            await storage.WriteStateAsync("logbook", grain, state);
        }

        // A timer and its cancellation source are objects on the heap; an operation that already ended needs neither.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = storage.ReadStateAsync("logbook", grain, state);
        var write = storage.WriteStateAsync("logbook", grain, state);
        var clear = storage.ClearStateAsync("logbook", grain, state);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(read.IsCompletedSuccessfully && write.IsCompletedSuccessfully && clear.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_fault_the_store_returned_at_once_is_classified_as_one_that_came_later()
    {
        var grain = GrainId.Create("logbook", "GM0518");
        var state = new GrainState<int>(1);
        var broken = new StoreBoundGrainStorage(new AnsweredStore(new RedisConnectionException(ConnectionFailureType.SocketFailure, "No connection.")), "test", s_bound, new NoGrainContext());
        var refused = new StoreBoundGrainStorage(new AnsweredStore(new InconsistentStateException("Another ETag.", "a", "b")), "test", s_bound, new NoGrainContext());

        var fault = await Assert.ThrowsAsync<StoreFaultException>(() => broken.WriteStateAsync("logbook", grain, state));
        await Assert.ThrowsAsync<InconsistentStateException>(() => refused.WriteStateAsync("logbook", grain, state));

        Assert.Equal(StoreFault.Unreachable, fault.Fault);
        Assert.IsType<RedisConnectionException>(fault.InnerException);
    }

    /// <summary>A grain that keeps a logbook as the SDK's grains keep their state: memory goes back when a write fails.</summary>
    [Alias("cfc.tests.ILogbookGrain")]
    public interface ILogbookGrain : IGrainWithStringKey
    {
        /// <summary>Adds <paramref name="entry"/> to the logbook.</summary>
        [Alias("AddAsync")]
        Task AddAsync(string entry);

        /// <summary>The entries, in order, separated by "; ".</summary>
        [Alias("ReadAsync")]
        Task<string> ReadAsync();
    }

    /// <summary>The state of <see cref="LogbookGrain"/>.</summary>
    [GenerateSerializer, Alias("cfc.tests.LogbookState")]
    public sealed record class LogbookState
    {
        [Id(0)]
        public string Entries { get; init; } = "";
    }

    /// <summary>Keeps a logbook in the storage registered as default.</summary>
    public sealed class LogbookGrain([PersistentState("logbook")] IPersistentState<LogbookState> logbook) : Grain, ILogbookGrain
    {
        public Task AddAsync(string entry) =>
            logbook.StoreAsync(new() { Entries = logbook.State.Entries.Length == 0 ? entry : $"{logbook.State.Entries}; {entry}" });

        public Task<string> ReadAsync() => Task.FromResult(logbook.State.Entries);
    }

    private static async Task<InProcessTestCluster> StartAsync(HeldStore store)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSerializer(s => s.AddCfcSdkTypes());
            silo.Services.AddGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (_, _) => store);
            StoreBounds.Bound(silo.Services, ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, "test", s_bound);
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddCfcSdkTypes()));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>A store whose every operation has ended when it returns: done, or failed with <c>fault</c>.</summary>
    private sealed class AnsweredStore(Exception? fault) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Answer();

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Answer();

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Answer();

        private Task Answer() => fault is null ? Task.CompletedTask : Task.FromException(fault);
    }

    /// <summary>Outside any grain's turn, as the test's own calls are.</summary>
    private sealed class NoGrainContext : IGrainContextAccessor
    {
        public IGrainContext GrainContext => null!;
    }

    /// <summary>
    /// A store of states as JSON with ETags, as Redis' and SQLite's storages check them, whose next write can be held
    /// until <see cref="Release"/> or can apply and then fail as a broken connection would.
    /// </summary>
    private sealed class HeldStore : IGrainStorage
    {
        private readonly ConcurrentDictionary<GrainId, (string Json, string ETag)> _states = new();
        private TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _holdNext;
        private bool _failAfterItLands;
        private TaskCompletionSource _landed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task HoldNextWrite()
        {
            _holdNext = true;
            _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _landed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return _landed.Task;
        }

        public Task FailNextWriteAfterItLands()
        {
            _failAfterItLands = true;
            _landed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return _landed.Task;
        }

        public void Release() => _gate.TrySetResult();

        // Another writer changed every state: the grain's ETag no longer matches.
        public void Corrupt()
        {
            foreach (var (id, (json, _)) in _states)
            {
                _states[id] = (json, "someone else's");
            }
        }

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (_states.TryGetValue(grainId, out var stored))
            {
                grainState.State = JsonSerializer.Deserialize<T>(stored.Json)!;
                grainState.ETag = stored.ETag;
                grainState.RecordExists = true;
            }

            return Task.CompletedTask;
        }

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            var json = JsonSerializer.Serialize(grainState.State);
            var expected = grainState.ETag;
            if (_holdNext)
            {
                _holdNext = false;
                await _gate.Task;
            }

            await Task.Yield();
            var current = _states.TryGetValue(grainId, out var stored) ? stored.ETag : null;
            if (current != expected)
            {
                throw new InconsistentStateException($"The stored ETag is {current}, not {expected}.", current ?? "", expected ?? "");
            }

            var etag = Guid.NewGuid().ToString("N");
            _states[grainId] = (json, etag);
            _landed.TrySetResult();
            if (_failAfterItLands)
            {
                _failAfterItLands = false;
                throw new RedisConnectionException(ConnectionFailureType.SocketFailure, "The connection broke before the answer came.");
            }

            grainState.ETag = etag;
            grainState.RecordExists = true;
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            _states.TryRemove(grainId, out _);
            return Task.CompletedTask;
        }
    }
}
