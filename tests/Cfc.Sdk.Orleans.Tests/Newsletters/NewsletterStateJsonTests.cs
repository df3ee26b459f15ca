using System.Text.Json;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Orleans.Newsletters;
using Cfc.Sdk.Orleans.Storage;
using Cfc.Testing;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Newsletters;

/// <summary>A newsletter's state as the storages write it (schema version 2).</summary>
public sealed class NewsletterStateJsonTests
{
    private static readonly JsonSerializerOptions s_stored = StateEnvelope.CreateDefaultJsonSerializerOptions();

    private static NewsletterState FullState() => new()
    {
        Schedule = new NewsletterSchedule(new LocalDate(2024, 1, 10)),
        Subscribers = ["jeugd@gooisemeren.nl", "Kindvriendelijk@DenHaag.nl"],
        Editions = [new LocalDate(2024, 1, 10), new LocalDate(2024, 2, 21)],
        UnsubscribeKey = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=",
    };

    [Fact]
    public void The_stored_shape_of_a_newsletter_is_approved() => Approvals.VerifyJson(FullState());

    [Fact]
    public void A_full_state_reads_back_equal_and_an_empty_one_as_no_newsletter()
    {
        var state = FullState();

        var read = JsonSerializer.Deserialize<NewsletterState>(JsonSerializer.Serialize(state, s_stored), s_stored)!;
        var empty = JsonSerializer.Deserialize<NewsletterState>("{}", s_stored)!;

        Assert.Equal(state.Schedule, read.Schedule);
        Assert.Equal<string>(state.Subscribers, read.Subscribers);
        Assert.Equal<LocalDate>(state.Editions, read.Editions);
        Assert.Equal(state.UnsubscribeKey, read.UnsubscribeKey);
        Assert.Null(empty.Schedule);
        Assert.Empty(empty.Subscribers);
        Assert.Empty(empty.Editions);
        Assert.Null(empty.UnsubscribeKey);
    }

    [Fact]
    public void A_newsletter_stored_by_release_0_2_reads_with_no_editions_and_no_unsubscribe_key()
    {
        const string Stored = """{"schedule": {"anchor": "2024-01-10", "cadence": "P6W"}, "subscribers": ["jeugd@gooisemeren.nl"]}""";

        var read = JsonSerializer.Deserialize<NewsletterState>(Stored, s_stored)!;

        Assert.Equal(new NewsletterSchedule(new LocalDate(2024, 1, 10)), read.Schedule);
        Assert.Equal(["jeugd@gooisemeren.nl"], read.Subscribers.AsEnumerable());
        Assert.Empty(read.Editions);
        Assert.Null(read.UnsubscribeKey);
    }

    [Fact]
    public void The_stored_shape_of_an_edition_is_approved() => Approvals.VerifyJson(new EditionState
    {
        Edition = new NewsletterEdition(new LocalDate(2024, 2, 21), "Nieuwsbrief 21 februari 2024", "# Nieuwsbrief", "<h1>Nieuwsbrief</h1>", Instant.FromUtc(2024, 2, 21, 6, 0), 3),
        Pending = [new EditionRecipient("jeugd@gooisemeren.nl", "host-a/7", Instant.FromUtc(2024, 2, 21, 6, 5)), new EditionRecipient("raad@statia.example")],
        Delivered = 1,
    });
}
