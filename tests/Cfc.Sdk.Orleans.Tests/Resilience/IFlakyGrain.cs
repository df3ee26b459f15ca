using Cfc.Sdk.Orleans.Resilience;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Tests.Resilience;

/// <summary>A grain whose methods fail a given number of times before they answer, as calls do while a silo fails over.</summary>
[Alias("cfc.test.IFlakyGrain")]
public interface IFlakyGrain : IGrainWithStringKey
{
    /// <summary>A read: fails with <see cref="SiloUnavailableException"/> the first <paramref name="failures"/> times, then returns how many calls arrived.</summary>
    [ReadOnly]
    [Alias("ReadAsync")]
    Task<int> ReadAsync(int failures);

    /// <summary>An idempotent write that fails as <see cref="ReadAsync"/> does.</summary>
    [Idempotent]
    [Alias("SetAsync")]
    Task<int> SetAsync(int failures);

    /// <summary>A write that must not be repeated, failing as <see cref="ReadAsync"/> does.</summary>
    [Alias("AddAsync")]
    Task<int> AddAsync(int failures);

    /// <summary>A read that fails with an <see cref="InvalidOperationException"/> (not a transient failure) the first <paramref name="failures"/> times.</summary>
    [ReadOnly]
    [Alias("ReadBrokenAsync")]
    Task<int> ReadBrokenAsync(int failures);

    /// <summary>How many calls arrived.</summary>
    [Alias("CallsAsync")]
    Task<int> CallsAsync();
}

public sealed class FlakyGrain : Grain, IFlakyGrain
{
    private int _calls;

    public Task<int> ReadAsync(int failures) => Answer(failures, () => new SiloUnavailableException("The silo is gone."));

    public Task<int> SetAsync(int failures) => Answer(failures, () => new SiloUnavailableException("The silo is gone."));

    public Task<int> AddAsync(int failures) => Answer(failures, () => new SiloUnavailableException("The silo is gone."));

    public Task<int> ReadBrokenAsync(int failures) => Answer(failures, () => new InvalidOperationException("A fault of the grain."));

    public Task<int> CallsAsync() => Task.FromResult(_calls);

    private Task<int> Answer(int failures, Func<Exception> failure) =>
        ++_calls <= failures ? Task.FromException<int>(failure()) : Task.FromResult(_calls);
}
