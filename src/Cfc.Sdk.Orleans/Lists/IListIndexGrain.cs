using System.Collections.Immutable;
using Cfc.Sdk.Orleans.Resilience;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Lists;

/// <summary>
/// Which parts of an <see cref="EntityList"/> hold entries: keyed <c>{network}/{list}</c>, the years (such as 2026);
/// keyed <c>{network}/{list}/{year}</c>, the days of that year as <c>yyyyMMdd</c> numbers (such as 20260402). A list
/// reads only the days that exist; each index holds at most a few dozen years or 366 days.
/// </summary>
[Alias("cfc.IListIndexGrain")]
public interface IListIndexGrain : IGrainWithStringKey
{
    /// <summary>Adds <paramref name="part"/>; one already known writes nothing.</summary>
    /// <param name="part">A year, or a day as <c>yyyyMMdd</c>.</param>
    /// <returns>A task that completes when stored.</returns>
    [Idempotent]
    [Alias("AddAsync")]
    Task AddAsync(int part);

    /// <summary>The parts, ascending.</summary>
    /// <returns>The parts.</returns>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<ImmutableSortedSet<int>> GetAsync();
}
