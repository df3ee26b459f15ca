using System.Collections.Immutable;
using Cfc.Sdk.Orleans.Resilience;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Lists;

/// <summary>
/// One day of an <see cref="EntityList"/>: the entries filed under that day, keyed <c>{network}/{list}/{yyyy-MM-dd}</c>.
/// Its size is what one network files under one day, however many years the list spans.
/// </summary>
[Alias("cfc.IListDayGrain")]
public interface IListDayGrain : IGrainWithStringKey
{
    /// <summary>Adds <paramref name="entry"/>, or replaces the entry with its <see cref="ListEntry.Id"/>; an equal entry writes nothing.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>A task that completes when stored.</returns>
    [Idempotent]
    [Alias("PutAsync")]
    Task PutAsync(ListEntry entry);

    /// <summary>Removes the entry with id <paramref name="id"/>, if the day has it.</summary>
    /// <param name="id">The entity's id.</param>
    /// <returns>A task that completes when stored.</returns>
    [Idempotent]
    [Alias("RemoveAsync")]
    Task RemoveAsync(string id);

    /// <summary>The day's entries, in their order (see <see cref="ListEntry"/>).</summary>
    /// <returns>The entries.</returns>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<ImmutableArray<ListEntry>> GetAsync();
}
