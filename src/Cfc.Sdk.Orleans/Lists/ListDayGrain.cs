using System.Collections.Immutable;
using Cfc.Sdk.Orleans.Storage;

namespace Cfc.Sdk.Orleans.Lists;

/// <summary>The <see cref="IListDayGrain"/>, keeping a <see cref="ListDayState"/> in the default grain storage as <c>list-day</c>.</summary>
/// <param name="day">The stored state.</param>
internal sealed class ListDayGrain([PersistentState("list-day")] IPersistentState<ListDayState> day) : Grain, IListDayGrain
{
    /// <inheritdoc />
    public Task PutAsync(ListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entries = day.State.Entries;
        var index = entries.IndexOf(entries.FirstOrDefault(e => e.Id == entry.Id)!);
        if (index >= 0 && entries[index] == entry)
        {
            return Task.CompletedTask;
        }

        var others = index >= 0 ? entries.RemoveAt(index) : entries;
        var at = others.BinarySearch(entry, ListEntry.Order);
        return StoreAsync(others.Insert(at < 0 ? ~at : at, entry));
    }

    /// <inheritdoc />
    public Task RemoveAsync(string id)
    {
        var entries = day.State.Entries;
        var kept = entries.RemoveAll(e => e.Id == id);
        return kept.Length == entries.Length ? Task.CompletedTask : StoreAsync(kept);
    }

    /// <inheritdoc />
    public Task<ImmutableArray<ListEntry>> GetAsync() => Task.FromResult(day.State.Entries);

    private Task StoreAsync(ImmutableArray<ListEntry> entries) => day.StoreAsync(day.State with { Entries = entries });
}
