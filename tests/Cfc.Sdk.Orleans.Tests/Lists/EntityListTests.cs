using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Tests.Entities;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Lists;

/// <summary>A list partitioned by day: entries in order within and across days, moved between days, read from a day either way.</summary>
[Collection(EntityClusterDefinition.Name)]
public sealed class EntityListTests(EntityClusterFixture cluster)
{
    private static readonly MemberId DenHaag = MemberId.For(MemberCode.DenHaag);

    private EntityList NewList() => new(cluster.Client, EntityClusterFixture.NewNetwork(), "meetings");

    private static ListEntry Entry(string id, LocalDate day, int? hour = null, string status = "Planned") => new()
    {
        Id = id,
        Title = "Bijeenkomst " + id,
        Day = day,
        Start = hour is { } h ? day.At(new LocalTime(h, 0)).InUtc().ToInstant() : null,
        Member = DenHaag,
        Status = status,
    };

    private static async Task<string[]> IdsAsync(IAsyncEnumerable<ListEntry> entries)
    {
        var ids = new List<string>();
        await foreach (var entry in entries)
        {
            ids.Add(entry.Id);
        }

        return [.. ids];
    }

    [Fact]
    public async Task Entries_of_one_day_are_in_order_of_start_then_number_as_a_number()
    {
        var list = NewList();
        var day = new LocalDate(2026, 4, 2);

        await list.PutAsync(Entry("10", day, 9));
        await list.PutAsync(Entry("9", day, 9));
        await list.PutAsync(Entry("3", day, 15));
        await list.PutAsync(Entry("2", day));

        Assert.Equal(["2", "9", "10", "3"], await IdsAsync(list.ReadAsync()));
    }

    [Fact]
    public async Task Days_and_years_are_read_in_order_and_newest_first_in_reverse()
    {
        var list = NewList();
        await list.PutAsync(Entry("3", new LocalDate(2027, 1, 5), 10));
        await list.PutAsync(Entry("1", new LocalDate(2026, 4, 2), 10));
        await list.PutAsync(Entry("2", new LocalDate(2026, 12, 31), 10));
        await list.PutAsync(Entry("4", new LocalDate(2026, 4, 2), 12));

        Assert.Equal(["1", "4", "2", "3"], await IdsAsync(list.ReadAsync()));
        Assert.Equal(["3", "2", "4", "1"], await IdsAsync(list.ReadAsync(newestFirst: true)));
    }

    [Fact]
    public async Task Reading_from_a_day_starts_there_and_newest_first_ends_there()
    {
        var list = NewList();
        await list.PutAsync(Entry("1", new LocalDate(2025, 12, 30), 10));
        await list.PutAsync(Entry("2", new LocalDate(2026, 4, 1), 10));
        await list.PutAsync(Entry("3", new LocalDate(2026, 4, 2), 10));
        await list.PutAsync(Entry("4", new LocalDate(2026, 5, 1), 10));

        Assert.Equal(["3", "4"], await IdsAsync(list.ReadAsync(new LocalDate(2026, 4, 2))));
        Assert.Equal(["2", "1"], await IdsAsync(list.ReadAsync(new LocalDate(2026, 4, 1), newestFirst: true)));
        Assert.Empty(await IdsAsync(list.ReadAsync(new LocalDate(2026, 5, 2))));
    }

    [Fact]
    public async Task A_put_replaces_the_entry_and_a_new_day_takes_it_off_the_previous_one()
    {
        var list = NewList();
        var first = new LocalDate(2026, 4, 2);
        var later = new LocalDate(2026, 6, 9);
        await list.PutAsync(Entry("1", first, 10));
        await list.PutAsync(Entry("2", first, 11));

        await list.PutAsync(Entry("1", later, 10, "Cancelled"), previousDay: first);

        var entries = new List<ListEntry>();
        await foreach (var entry in list.ReadAsync())
        {
            entries.Add(entry);
        }

        Assert.Equal(["2", "1"], entries.Select(e => e.Id));
        Assert.Equal((later, "Cancelled"), (entries[1].Day, entries[1].Status));
    }

    [Fact]
    public async Task An_entry_removed_from_its_day_is_gone_and_removing_an_unknown_id_changes_nothing()
    {
        var list = NewList();
        var day = new LocalDate(2026, 4, 2);
        await list.PutAsync(Entry("1", day, 10));
        await list.PutAsync(Entry("2", day, 11));

        await list.RemoveAsync("1", day);
        await list.RemoveAsync("99", day);
        await list.RemoveAsync("2", day.PlusDays(1));

        Assert.Equal(["2"], await IdsAsync(list.ReadAsync()));
    }

    [Fact]
    public async Task An_empty_list_reads_nothing()
    {
        Assert.Empty(await IdsAsync(NewList().ReadAsync()));
        Assert.Empty(await IdsAsync(NewList().ReadAsync(new LocalDate(2026, 1, 1), newestFirst: true)));
    }

    [Fact]
    public async Task A_reader_that_stops_early_gets_the_first_entries_of_a_long_list()
    {
        var list = NewList();
        var first = new LocalDate(2026, 1, 1);
        for (var i = 0; i < 40; i++)
        {
            await list.PutAsync(Entry((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), first.PlusDays(i), 10));
        }

        var taken = new List<string>();
        await foreach (var entry in list.ReadAsync())
        {
            taken.Add(entry.Id);
            if (taken.Count == 3)
            {
                break;
            }
        }

        Assert.Equal(["1", "2", "3"], taken);
    }

    [Fact]
    public void A_list_name_with_a_separator_is_refused() =>
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new EntityList(cluster.Client, "nl", "a/b")).ParamName);
}
