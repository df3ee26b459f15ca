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
        Assert.Null(empty.Schedule);
        Assert.Empty(empty.Subscribers);
    }
}
