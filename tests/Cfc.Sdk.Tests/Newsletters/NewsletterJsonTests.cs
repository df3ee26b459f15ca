using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Tests.Serialization;
using Cfc.Testing;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.Newsletters;

public sealed class NewsletterJsonTests
{
    private static readonly NewsletterSchedule EverySixWeeks = new(new LocalDate(2024, 1, 10));

    private static Newsletter WithSubscribers() =>
        new Newsletter("Nieuwsbrief Child Friendly Cities", EverySixWeeks).Subscribe("jeugd@gooisemeren.nl").Subscribe("Beleid@DenHaag.nl");

    [Fact]
    public void A_schedule_round_trips_with_its_anchor_and_cadence()
    {
        Assert.Equal("""{"anchor":"2024-01-10","cadence":"P6W"}""", JsonRoundTrip.AssertRoundTrips(EverySixWeeks));
        JsonRoundTrip.AssertRoundTrips(new NewsletterSchedule(new LocalDate(2024, 1, 31), Period.FromMonths(1)));
        JsonRoundTrip.AssertRoundTrips(new NewsletterSchedule(new LocalDate(2024, 2, 29), Period.FromYears(1)));
        JsonRoundTrip.AssertRoundTrips(new NewsletterSchedule(new LocalDate(2024, 2, 29), Period.FromMonths(10) + Period.FromWeeks(2) + Period.FromDays(3)));
    }

    [Fact]
    public void Any_schedule_round_trips() =>
        Gen.Select(Gen.Int[-10_000, 100_000], Gen.Int[0, 1], Gen.Int[0, 10], Gen.Int[0, 4], Gen.Int[0, 6])
            .Where((_, years, months, weeks, days) => years + months + weeks + days > 0 && (years == 0 || months + weeks + days == 0))
            .Sample(
                (day, years, months, weeks, days) =>
                {
                    var schedule = new NewsletterSchedule(new LocalDate(2000, 1, 1).PlusDays(day), new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build());
                    JsonRoundTrip.AssertRoundTrips(schedule);
                },
                iter: 500);

    [Fact]
    public void The_stored_form_of_a_newsletter_schedule_is_approved() =>
        Approvals.VerifyJson(new NewsletterSchedule(new LocalDate(2024, 1, 31), Period.FromMonths(1)));

    [Theory]
    [InlineData("""{"anchor":"2024-01-10","cadence":"P0D"}""")]
    [InlineData("""{"anchor":"2024-01-10","cadence":"PT6H"}""")]
    [InlineData("""{"anchor":"2024-01-10","cadence":"P-6W"}""")]
    [InlineData("""{"anchor":"2024-01-10","cadence":null}""")]
    [InlineData("""{"cadence":"P6W"}""")]
    [InlineData("""{"anchor":"10-01-2024","cadence":"P6W"}""")]
    [InlineData("""{"anchor":"2024-01-10","cadence":"P9000Y"}""")]
    [InlineData("""{"anchor":"9999-12-01","cadence":"P6W"}""")]
    public void An_invalid_stored_schedule_is_refused(string json) =>
        JsonRoundTrip.AssertRefused<NewsletterSchedule>(json);

    [Fact]
    public void A_newsletter_round_trips_with_its_schedule_and_subscribers()
    {
        JsonRoundTrip.AssertRoundTrips(new Newsletter("N", EverySixWeeks));
        JsonRoundTrip.AssertRoundTrips(WithSubscribers());
    }

    [Fact]
    public void Newsletters_are_equal_by_value()
    {
        Assert.Equal(WithSubscribers(), new Newsletter("Nieuwsbrief Child Friendly Cities", new NewsletterSchedule(new LocalDate(2024, 1, 10))).Subscribe("Beleid@DenHaag.nl").Subscribe("jeugd@gooisemeren.nl"));
        Assert.Equal(WithSubscribers().GetHashCode(), WithSubscribers().GetHashCode());
        Assert.NotEqual(WithSubscribers(), WithSubscribers().Unsubscribe("jeugd@gooisemeren.nl"));
        Assert.True(WithSubscribers() != new Newsletter("Nieuwsbrief Child Friendly Cities", EverySixWeeks));
    }

    [Theory]
    [InlineData("""{"name":"N","schedule":{"anchor":"2024-01-10","cadence":"P6W"},"subscribers":["Fatima <f@denhaag.nl>"]}""", "plain e-mail address")]
    [InlineData("""{"name":" ","schedule":{"anchor":"2024-01-10","cadence":"P6W"},"subscribers":[]}""", "name")]
    [InlineData("""{"name":"N","subscribers":[]}""", "schedule")]
    [InlineData("""{"name":"N","schedule":{"anchor":"2024-01-10","cadence":"P6W"},"subscribers":[null]}""", "address")]
    public void An_invalid_stored_newsletter_is_refused(string json, string named) =>
        Assert.Contains(named, JsonRoundTrip.AssertRefused<Newsletter>(json).ToString(), StringComparison.Ordinal);

    [Fact]
    public void A_stored_subscriber_whose_domain_has_no_dot_still_reads_as_kept()
    {
        const string Stored = """{"name":"N","schedule":{"anchor":"2024-01-10","cadence":"P6W"},"subscribers":["a@denhaag.nl","redactie@localhost"]}""";

        var newsletter = System.Text.Json.JsonSerializer.Deserialize<Newsletter>(Stored, JsonRoundTrip.Web)!;

        Assert.Equal(["a@denhaag.nl", "redactie@localhost"], newsletter.Subscribers);
        Assert.Equal(Stored, System.Text.Json.JsonSerializer.Serialize(newsletter, JsonRoundTrip.Web));
    }

    [Fact]
    public void The_issue_dates_handed_out_are_not_a_list_to_change() =>
        Assert.Throws<NotSupportedException>(() => ((IList<LocalDate>)EverySixWeeks.IssuesBetween(new(2024, 1, 1), new(2024, 12, 31))).Clear());

    [Fact]
    public void Schedule_messages_do_not_depend_on_the_current_culture() =>
        JsonRoundTrip.AssertCultureInvariantMessage(() => EverySixWeeks.IssuesBetween(new(2024, 2, 1), new(2024, 1, 1)));
}
