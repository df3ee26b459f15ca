using System.Globalization;
using System.Runtime.CompilerServices;
using Cfc.Sdk.Orleans.Entities;
using NodaTime;

namespace Cfc.Sdk.Orleans.Lists;

/// <summary>
/// A list of one kind of entity in one network, such as its meetings, partitioned by day so that no grain grows with
/// the network: an <see cref="IListDayGrain"/> per day holds the entries filed under it, and <see cref="IListIndexGrain"/>s
/// name the years and the days that hold any. An entity keeps its own entry current through <see cref="PutAsync"/>.
/// </summary>
/// <remarks>
/// Changing an entity writes its day (what the network files under one day) and, only when a day or a year gets its
/// first entry, an index of at most 366 days or of the years. Reading walks the days in order and stops when the
/// caller stops, so a page of a list reads only the days it shows.
/// </remarks>
/// <param name="grains">The grain factory.</param>
/// <param name="network">The network's id.</param>
/// <param name="name">The list's name, such as <c>meetings</c>; without <c>/</c>.</param>
public sealed class EntityList(IGrainFactory grains, string network, string name)
{
    // How many days are read at once when walking a list.
    private const int DaysPerRead = 16;

    private readonly string _key = NetworkKey.Of(network, name.Contains(NetworkKey.Separator, StringComparison.Ordinal)
        ? throw new ArgumentException($"A list's name has no '{NetworkKey.Separator}': '{name}'.", nameof(name))
        : name);

    /// <summary>Files <paramref name="entry"/> under its day, replacing its earlier entry, and takes it off <paramref name="previousDay"/> when the day changed.</summary>
    /// <param name="entry">The entity's entry as it is now.</param>
    /// <param name="previousDay">The day it was filed under before, if any.</param>
    /// <returns>A task that completes when stored.</returns>
    public async Task PutAsync(ListEntry entry, LocalDate? previousDay = null)
    {
        ArgumentNullException.ThrowIfNull(entry);

        // The indexes first: an entry is never stored in a day that no index leads to.
        await grains.GetGrain<IListIndexGrain>(_key).AddAsync(entry.Day.Year);
        await grains.GetGrain<IListIndexGrain>(YearKey(entry.Day.Year)).AddAsync(DayNumber(entry.Day));
        await Day(entry.Day).PutAsync(entry);
        if (previousDay is { } previous && previous != entry.Day)
        {
            await Day(previous).RemoveAsync(entry.Id);
        }
    }

    /// <summary>Takes the entry with id <paramref name="id"/> off <paramref name="day"/>, such as when its entity is deleted.</summary>
    /// <param name="id">The entity's id.</param>
    /// <param name="day">The day it is filed under.</param>
    /// <returns>A task that completes when stored.</returns>
    public Task RemoveAsync(string id, LocalDate day) => Day(day).RemoveAsync(id);

    /// <summary>The entries in order from <paramref name="from"/> on, or newest first down to it.</summary>
    /// <param name="from">The first day read (the last when <paramref name="newestFirst"/>); the whole list when <see langword="null"/>.</param>
    /// <param name="newestFirst">Whether to read from the latest day back.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The entries; stop enumerating once the page is full.</returns>
    public async IAsyncEnumerable<ListEntry> ReadAsync(LocalDate? from = null, bool newestFirst = false, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var years = (await grains.GetGrain<IListIndexGrain>(_key).GetAsync())
            .Where(y => from is not { } first || (newestFirst ? y <= first.Year : y >= first.Year));
        foreach (var year in newestFirst ? years.Reverse() : years)
        {
            var days = (await grains.GetGrain<IListIndexGrain>(YearKey(year)).GetAsync())
                .Where(d => from is not { } first || (newestFirst ? d <= DayNumber(first) : d >= DayNumber(first)))
                .ToArray();
            if (newestFirst)
            {
                Array.Reverse(days);
            }

            foreach (var batch in days.Chunk(DaysPerRead))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = await Task.WhenAll(batch.Select(d => grains.GetGrain<IListDayGrain>(DayKey(d)).GetAsync()));
                foreach (var entries in read)
                {
                    foreach (var entry in newestFirst ? entries.Reverse() : entries)
                    {
                        yield return entry;
                    }
                }
            }
        }
    }

    private IListDayGrain Day(LocalDate day) => grains.GetGrain<IListDayGrain>(DayKey(DayNumber(day)));

    private string YearKey(int year) => string.Create(CultureInfo.InvariantCulture, $"{_key}{NetworkKey.Separator}{year}");

    private string DayKey(int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{_key}{NetworkKey.Separator}{day / 10000:D4}-{day / 100 % 100:D2}-{day % 100:D2}");

    private static int DayNumber(LocalDate day) => (day.Year * 10000) + (day.Month * 100) + day.Day;
}
