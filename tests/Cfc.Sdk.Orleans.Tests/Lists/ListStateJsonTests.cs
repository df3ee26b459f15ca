using System.Text.Json;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Serialization;
using Cfc.Testing;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Lists;

/// <summary>The stored forms of the lists' days and indexes and of the sequences: the JSON of <c>ConfigureForCfcSdk</c>.</summary>
public sealed class ListStateJsonTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForCfcSdk();

    private static readonly ListDayState Day = new()
    {
        Entries =
        [
            new ListEntry { Id = "3", Title = "Wachtlijst jeugdhulp", Day = new LocalDate(2026, 4, 2), Member = MemberId.Parse("GM1942"), Status = "Open", Level = "Regional" },
            new ListEntry { Id = "12", Title = "Kinderparticipatie op de eilanden", Day = new LocalDate(2026, 4, 2), Start = Instant.FromUtc(2026, 4, 2, 13, 0), Member = MemberId.Parse("GM0518"), Status = "Planned" },
        ],
    };

    [Fact]
    public void The_stored_shape_of_a_day_of_a_list_is_approved() => Approvals.VerifyJson(Day);

    [Fact]
    public void The_stored_shape_of_an_index_of_days_is_approved() => Approvals.VerifyJson(new ListIndexState { Parts = [20260402, 20260403] });

    [Fact]
    public void The_stored_shape_of_a_sequence_is_approved() => Approvals.VerifyJson(new SequenceState { Last = 12 });

    [Fact]
    public void A_day_of_a_list_reads_back_entry_for_entry() =>
        Assert.Equal(Day.Entries.AsEnumerable(), JsonSerializer.Deserialize<ListDayState>(JsonSerializer.Serialize(Day, Options), Options)!.Entries.AsEnumerable());

    [Fact]
    public void Empty_states_read_as_an_empty_day_an_empty_index_and_no_number_taken()
    {
        Assert.Empty(JsonSerializer.Deserialize<ListDayState>("{}", Options)!.Entries);
        Assert.Empty(JsonSerializer.Deserialize<ListIndexState>("{}", Options)!.Parts);
        Assert.Equal(0, JsonSerializer.Deserialize<SequenceState>("{}", Options)!.Last);
    }
}
