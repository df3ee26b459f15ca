using System.Text.Json;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Tests.Serialization;
using Cfc.Testing;
using NodaTime;

namespace Cfc.Sdk.Tests.Bottlenecks;

public sealed class BottleneckJsonTests
{
    private static Bottleneck Escalated() =>
        new Bottleneck(MemberId.For(MemberCode.DenHaag), "Onveilige fietsroute naar school", "Kinderen fietsen over een drukke weg zonder fietspad.", new LocalDate(2024, 2, 1), [CrcArticle.Health, CrcArticle.BestInterests])
            .EscalateTo(EscalationLevel.Regional, new(2024, 4, 15), "Vervoerregio")
            .EscalateTo(EscalationLevel.National, new(2024, 9, 1));

    [Fact]
    public void A_bottleneck_round_trips_with_its_escalation_history()
    {
        var back = JsonSerializer.Deserialize<Bottleneck>(JsonRoundTrip.AssertRoundTrips(Escalated()), JsonRoundTrip.Web)!;

        Assert.Equal(EscalationLevel.National, back.Level);
        Assert.Equal(new LocalDate(2024, 2, 1), back.SignalledOn);
        Assert.Equal(Escalated().History, back.History);
        Assert.Equal(EscalationLevel.Regional, back.LevelOn(new(2024, 5, 1)));
    }

    [Fact]
    public void A_just_signalled_bottleneck_round_trips() =>
        JsonRoundTrip.AssertRoundTrips(new Bottleneck(MemberId.Parse("org:o1"), "T", "D", new LocalDate(2024, 2, 1)));

    [Fact]
    public void The_stored_form_of_a_bottleneck_with_escalations_is_approved() =>
        Approvals.VerifyJson(Escalated());

    [Fact]
    public void The_stored_form_of_a_resolved_bottleneck_is_approved()
    {
        var resolved = Escalated().Resolve(new LocalDate(2024, 11, 1), "Het Rijk financiert een fietspad.");

        Assert.Equal(resolved, JsonSerializer.Deserialize<Bottleneck>(JsonRoundTrip.AssertRoundTrips(resolved), JsonRoundTrip.Web));
        Approvals.VerifyJson(resolved);
    }

    [Fact]
    public void A_bottleneck_stored_without_a_resolution_reads_as_open()
    {
        var back = JsonSerializer.Deserialize<Bottleneck>("""{"signalledBy":"GM0518","title":"T","description":"D","history":[{"level":"Local","on":"2024-02-01"}]}""", JsonRoundTrip.Web)!;

        Assert.Equal(BottleneckStatus.Open, back.Status);
        Assert.Null(back.Resolution);
    }

    [Theory]
    [InlineData("""{"on":"2024-01-31","outcome":"Opgelost."}""", "2024-01-31")]
    [InlineData("""{"on":"2024-03-01","outcome":" "}""", "empty or blank")]
    [InlineData("""{"on":"2024-03-01"}""", "outcome")]
    public void A_stored_resolution_the_rules_do_not_allow_is_refused(string resolution, string named) =>
        Assert.Contains(
            named,
            JsonRoundTrip.AssertRefused<Bottleneck>($$"""{"signalledBy":"GM0518","title":"T","description":"D","history":[{"level":"Local","on":"2024-02-01"}],"resolution":{{resolution}}}""").Message,
            StringComparison.Ordinal);

    [Fact]
    public void Bottleneck_statuses_round_trip_by_name() =>
        Assert.All(Enum.GetValues<BottleneckStatus>(), status => Assert.Equal($"\"{status}\"", JsonRoundTrip.AssertRoundTrips(status)));

    [Fact]
    public void Escalations_round_trip_on_their_own()
    {
        Assert.All(Escalated().History, step => JsonRoundTrip.AssertRoundTrips(step));
        Assert.Equal("""{"level":"Regional","on":"2024-04-15","note":"Vervoerregio"}""", JsonRoundTrip.AssertRoundTrips(Escalated().History[1]));
        JsonRoundTrip.AssertRefused<Escalation>("""{"level":"Provincial","on":"2024-04-15"}""");
        JsonRoundTrip.AssertRefused<Escalation>($$"""{"level":"Regional","on":"2024-04-15","note":"{{new string('x', Escalation.MaxNoteLength + 1)}}"}""");
        JsonRoundTrip.AssertRefused<Escalation>("""{"level":"Regional"}""");
    }

    [Theory]
    [InlineData("""[{"level":"Local","on":"2024-02-01"},{"level":"National","on":"2024-03-01"},{"level":"Regional","on":"2024-04-01"}]""", "only move up")]
    [InlineData("""[{"level":"Local","on":"2024-02-01"},{"level":"Regional","on":"2024-01-01"}]""", "2024-01-01")]
    [InlineData("""[{"level":"Regional","on":"2024-02-01"}]""", "Local agenda")]
    [InlineData("""[{"level":"Local","on":"2024-02-01","note":"n"}]""", "without a note")]
    [InlineData("""[]""", "Local agenda")]
    [InlineData("""[{"level":"Local","on":"2024-02-01"},null]""", "empty step")]
    public void A_stored_history_the_rules_do_not_allow_is_refused(string history, string named) =>
        Assert.Contains(
            named,
            JsonRoundTrip.AssertRefused<Bottleneck>($$"""{"signalledBy":"GM0518","title":"T","description":"D","history":{{history}}}""").Message,
            StringComparison.Ordinal);

    [Fact]
    public void Bottlenecks_are_equal_by_value()
    {
        Assert.Equal(Escalated(), Escalated());
        Assert.Equal(Escalated().GetHashCode(), Escalated().GetHashCode());
        var signalled = new Bottleneck(MemberId.For(MemberCode.DenHaag), "Onveilige fietsroute naar school", "Kinderen fietsen over een drukke weg zonder fietspad.", new LocalDate(2024, 2, 1), [CrcArticle.BestInterests, CrcArticle.Health]);
        Assert.NotEqual(Escalated(), signalled);
        Assert.Equal(Escalated(), signalled.EscalateTo(EscalationLevel.Regional, new(2024, 4, 15), "Vervoerregio").EscalateTo(EscalationLevel.National, new(2024, 9, 1)));
        Assert.True(Escalated() != signalled.EscalateTo(EscalationLevel.National, new(2024, 9, 1)));
    }

    [Fact]
    public void The_lists_a_bottleneck_hands_out_cannot_change_it()
    {
        var bottleneck = Escalated();

        Assert.Throws<NotSupportedException>(() => ((IList<Escalation>)bottleneck.History).RemoveAt(2));
        Assert.Throws<NotSupportedException>(() => ((IList<CrcArticle>)bottleneck.Articles).Clear());
        Assert.Equal(EscalationLevel.National, bottleneck.Level);
    }

    [Fact]
    public void Escalation_levels_round_trip_by_name() =>
        Assert.All(Enum.GetValues<EscalationLevel>(), level => Assert.Equal($"\"{level}\"", JsonRoundTrip.AssertRoundTrips(level)));

    [Fact]
    public void A_step_dated_too_early_has_a_culture_invariant_message() =>
        JsonRoundTrip.AssertCultureInvariantMessage(() => new Bottleneck(MemberId.For(MemberCode.DenHaag), "T", "D", new LocalDate(2024, 2, 1)).EscalateTo(EscalationLevel.Regional, new(2024, 1, 1)));
}
