using CsCheck;
using Cfc.Sdk.Newsletters;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Tests.Newsletters;

public sealed class NewsletterTests
{
    private static readonly NewsletterSchedule EverySixWeeks = new(new LocalDate(2024, 1, 10));

    [Fact]
    public void Issues_appear_every_six_weeks_from_the_anchor_by_default()
    {
        Assert.Equal(Period.FromWeeks(6), EverySixWeeks.Cadence);
        Assert.Equal(
            [new LocalDate(2024, 1, 10), new LocalDate(2024, 2, 21), new LocalDate(2024, 4, 3), new LocalDate(2024, 5, 15)],
            EverySixWeeks.IssuesBetween(new(2024, 1, 1), new(2024, 5, 15)));
        Assert.Equal("R/2024-01-10/P6W", EverySixWeeks.ToString());
    }

    [Fact]
    public void The_next_issue_is_strictly_after_the_date()
    {
        Assert.Equal(new LocalDate(2024, 1, 10), EverySixWeeks.NextIssueAfter(new(2020, 1, 1)));
        Assert.Equal(new LocalDate(2024, 2, 21), EverySixWeeks.NextIssueAfter(new(2024, 1, 10)));
        Assert.Equal(new LocalDate(2024, 2, 21), EverySixWeeks.NextIssueAfter(new(2024, 2, 20)));
        Assert.Equal(new LocalDate(2024, 4, 3), EverySixWeeks.NextIssueAfter(new(2024, 2, 21)));
    }

    [Fact]
    public void A_monthly_cadence_counts_from_the_anchor_without_drifting()
    {
        var monthly = new NewsletterSchedule(new LocalDate(2024, 1, 31), Period.FromMonths(1));

        Assert.Equal(
            [new LocalDate(2024, 1, 31), new LocalDate(2024, 2, 29), new LocalDate(2024, 3, 31), new LocalDate(2024, 4, 30)],
            monthly.IssuesBetween(new(2024, 1, 1), new(2024, 4, 30)));
        Assert.Equal(new LocalDate(2024, 3, 31), monthly.NextIssueAfter(new(2024, 2, 29)));
    }

    [Fact]
    public void Issue_dates_are_numbered_from_the_anchor()
    {
        Assert.Equal(new LocalDate(2024, 1, 10), EverySixWeeks.IssueDate(0));
        Assert.Equal(new LocalDate(2024, 4, 3), EverySixWeeks.IssueDate(2));
        Assert.True(EverySixWeeks.IsIssueDate(new(2024, 4, 3)));
        Assert.False(EverySixWeeks.IsIssueDate(new(2024, 4, 4)));
        Assert.False(EverySixWeeks.IsIssueDate(new(2023, 11, 29)));
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => EverySixWeeks.IssueDate(-1)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => EverySixWeeks.IssueDate(int.MaxValue));
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_rejected() =>
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => EverySixWeeks.IssuesBetween(new(2024, 2, 1), new(2024, 1, 1))).ParamName);

    [Fact]
    public void A_cadence_that_is_not_a_positive_date_period_is_rejected()
    {
        Assert.Equal("cadence", Assert.Throws<ArgumentException>(() => new NewsletterSchedule(new(2024, 1, 1), Period.Zero)).ParamName);
        Assert.Equal("cadence", Assert.Throws<ArgumentException>(() => new NewsletterSchedule(new(2024, 1, 1), Period.FromDays(-7))).ParamName);
        Assert.Equal("cadence", Assert.Throws<ArgumentException>(() => new NewsletterSchedule(new(2024, 1, 1), Period.FromHours(12))).ParamName);
    }

    [Fact]
    public void Schedules_with_the_same_anchor_and_cadence_are_equal()
    {
        Assert.Equal(EverySixWeeks, new NewsletterSchedule(new(2024, 1, 10), Period.FromWeeks(6)));
        Assert.True(EverySixWeeks == new NewsletterSchedule(new(2024, 1, 10)));
        Assert.True(EverySixWeeks != new NewsletterSchedule(new(2024, 1, 10), Period.FromDays(42)));
        Assert.Equal(EverySixWeeks.GetHashCode(), new NewsletterSchedule(new(2024, 1, 10)).GetHashCode());
    }

    [Fact]
    public void The_next_issue_is_the_first_issue_date_after_the_date() =>
        Gen.Select(Gen.Int[0, 20_000], Gen.Int[-500, 30_000], Gen.Int[0, 3], Gen.Int[1, 12]).Sample((anchorOffset, dateOffset, unit, size) =>
        {
            var schedule = new NewsletterSchedule(new LocalDate(1990, 1, 1).PlusDays(anchorOffset), CadenceOf(unit, size));
            var date = schedule.Anchor.PlusDays(dateOffset);

            var next = schedule.NextIssueAfter(date);

            Assert.True(next > date);
            Assert.True(schedule.IsIssueDate(next));
            Assert.Empty(schedule.IssuesBetween(date.PlusDays(1), next).SkipLast(1));
        });

    [Fact]
    public void The_previous_issue_is_the_last_issue_date_before_the_date() =>
        Gen.Select(Gen.Int[0, 20_000], Gen.Int[-500, 30_000], Gen.Int[0, 3], Gen.Int[1, 12]).Sample((anchorOffset, dateOffset, unit, size) =>
        {
            var schedule = new NewsletterSchedule(new LocalDate(1990, 1, 1).PlusDays(anchorOffset), CadenceOf(unit, size));
            var date = schedule.Anchor.PlusDays(dateOffset);

            var previous = schedule.PreviousIssueBefore(date);

            if (date <= schedule.Anchor)
            {
                Assert.Null(previous);
            }
            else
            {
                Assert.Equal(schedule.IssuesBetween(schedule.Anchor, date.PlusDays(-1))[^1], previous);
            }
        });

    [Fact]
    public void The_previous_issue_is_strictly_before_the_date_and_none_comes_before_the_anchor()
    {
        Assert.Null(EverySixWeeks.PreviousIssueBefore(new(2024, 1, 10)));
        Assert.Null(EverySixWeeks.PreviousIssueBefore(new(2020, 1, 1)));
        Assert.Equal(new LocalDate(2024, 1, 10), EverySixWeeks.PreviousIssueBefore(new(2024, 1, 11)));
        Assert.Equal(new LocalDate(2024, 1, 10), EverySixWeeks.PreviousIssueBefore(new(2024, 2, 21)));
        Assert.Equal(new LocalDate(2024, 2, 21), EverySixWeeks.PreviousIssueBefore(new(2024, 2, 22)));

        var monthly = new NewsletterSchedule(new LocalDate(2024, 1, 31), Period.FromMonths(1));
        Assert.Equal(new LocalDate(2024, 2, 29), monthly.PreviousIssueBefore(new(2024, 3, 31)));
    }

    [Fact]
    public void The_previous_issue_of_a_daily_schedule_from_the_calendar_s_start_is_the_day_before()
    {
        var daily = new NewsletterSchedule(LocalDate.MinIsoValue, Period.FromDays(1));

        Assert.Equal(new LocalDate(2026, 2, 28), daily.PreviousIssueBefore(new(2026, 3, 1)));
        Assert.Equal(new LocalDate(9999, 12, 30), daily.PreviousIssueBefore(LocalDate.MaxIsoValue));
    }

    [Fact]
    public void Issues_that_fall_beyond_the_calendar_end_the_schedule_without_failing()
    {
        var last = EverySixWeeks.PreviousIssueBefore(LocalDate.MaxIsoValue);

        Assert.NotNull(last);
        Assert.True(Period.DaysBetween(last.Value, LocalDate.MaxIsoValue) < 42);
        Assert.True(EverySixWeeks.IsIssueDate(last.Value));
        Assert.False(EverySixWeeks.IsIssueDate(LocalDate.MaxIsoValue));
        Assert.Equal([last.Value], EverySixWeeks.IssuesBetween(last.Value.PlusDays(-41), LocalDate.MaxIsoValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => EverySixWeeks.NextIssueAfter(last.Value));
    }

    [Theory]
    [InlineData("P9000Y")]
    [InlineData("P2147483647W")]
    [InlineData("P13M")]
    [InlineData("P1Y1D")]
    [InlineData("P11M5W")]
    [InlineData("P53W")]
    [InlineData("P366D")]
    [InlineData("P367D")]
    public void A_cadence_longer_than_a_year_is_rejected(string cadence) =>
        Assert.Equal("cadence", Assert.Throws<ArgumentException>(() => new NewsletterSchedule(new(2025, 1, 1), PeriodPattern.Roundtrip.Parse(cadence).Value)).ParamName);

    [Theory]
    [InlineData("2025-01-01", "P1Y")]
    [InlineData("2025-01-01", "P12M")]
    [InlineData("2025-01-01", "P52W")]
    [InlineData("2025-01-01", "P365D")]
    [InlineData("2024-01-01", "P366D")]
    [InlineData("2024-02-29", "P1Y")]
    public void A_cadence_of_at_most_a_year_from_the_anchor_is_accepted(string anchor, string cadence)
    {
        var schedule = new NewsletterSchedule(LocalDatePattern.Iso.Parse(anchor).Value, PeriodPattern.Roundtrip.Parse(cadence).Value);

        Assert.True(schedule.IssueDate(1) <= schedule.Anchor.Plus(NewsletterSchedule.MaxCadence));
    }

    [Fact]
    public void An_anchor_too_close_to_the_calendar_s_end_is_rejected()
    {
        Assert.Equal(new LocalDate(9997, 12, 31), NewsletterSchedule.MaxAnchor);
        Assert.Equal("anchor", Assert.Throws<ArgumentOutOfRangeException>(() => new NewsletterSchedule(new(9999, 12, 1))).ParamName);
        Assert.Equal("anchor", Assert.Throws<ArgumentOutOfRangeException>(() => new NewsletterSchedule(NewsletterSchedule.MaxAnchor.PlusDays(1))).ParamName);

        // The latest schedule still has the issue after its anchor.
        var latest = new NewsletterSchedule(NewsletterSchedule.MaxAnchor, NewsletterSchedule.MaxCadence);
        Assert.Equal(new LocalDate(9998, 12, 31), latest.NextIssueAfter(latest.Anchor));
    }

    private static Period CadenceOf(int unit, int size) =>
        unit switch { 0 => Period.FromDays(size), 1 => Period.FromWeeks(size), 2 => Period.FromMonths(size), _ => Period.FromYears(1) };

    [Fact]
    public void Subscribers_are_kept_once_ignoring_case()
    {
        var newsletter = new Newsletter("Nieuwsbrief Child Friendly Cities", EverySixWeeks)
            .Subscribe("jeugd@gooisemeren.nl")
            .Subscribe(" Jeugd@GooiseMeren.nl ")
            .Subscribe("a@denhaag.nl");

        Assert.Equal(["a@denhaag.nl", "jeugd@gooisemeren.nl"], newsletter.Subscribers);
        Assert.True(newsletter.IsSubscribed("JEUGD@gooisemeren.nl"));
        Assert.Equal("jeugd@gooisemeren.nl", newsletter.FindSubscriber(" JEUGD@gooisemeren.nl"));
        Assert.Null(newsletter.FindSubscriber("b@denhaag.nl"));
        Assert.False(newsletter.IsSubscribed("b@denhaag.nl"));
        Assert.Equal("Nieuwsbrief Child Friendly Cities (R/2024-01-10/P6W)", newsletter.ToString());
    }

    [Fact]
    public void Unsubscribing_removes_the_address_and_ignores_unknown_ones()
    {
        var newsletter = new Newsletter("N", EverySixWeeks).Subscribe("a@denhaag.nl");

        Assert.Empty(newsletter.Unsubscribe("A@denhaag.nl").Subscribers);
        Assert.Same(newsletter, newsletter.Unsubscribe("b@denhaag.nl"));
        Assert.Single(newsletter.Subscribers);
    }

    [Theory]
    [InlineData("")]
    [InlineData("geen-adres")]
    [InlineData("Jan <jan@denhaag.nl>")]
    [InlineData("a@b.nl, c@d.nl")]
    [InlineData("jan@example")]
    [InlineData("jan@example.")]
    [InlineData(" jan@localhost ")]
    public void Anything_but_a_plain_e_mail_address_is_rejected(string address) =>
        Assert.Equal("address", Assert.Throws<ArgumentException>(() => new Newsletter("N", EverySixWeeks).Subscribe(address)).ParamName);

    [Fact]
    public void Kept_subscribers_are_restored_with_a_domain_without_a_dot_which_a_new_subscriber_may_not_have()
    {
        var restored = Newsletter.Restore("N", EverySixWeeks, ["redactie@localhost", " a@denhaag.nl ", "A@DenHaag.nl"]);

        Assert.Equal(["a@denhaag.nl", "redactie@localhost"], restored.Subscribers);
        Assert.Equal(["a@denhaag.nl", "b@denhaag.nl", "redactie@localhost"], restored.Subscribe("b@denhaag.nl").Subscribers);
        Assert.Equal(["a@denhaag.nl"], restored.Unsubscribe("Redactie@localhost").Subscribers);
        Assert.Equal("address", Assert.Throws<ArgumentException>(() => restored.Subscribe("jan@localhost")).ParamName);
        Assert.Equal("subscribers", Assert.Throws<ArgumentException>(() => Newsletter.Restore("N", EverySixWeeks, ["Jan <jan@denhaag.nl>"])).ParamName);
        Assert.Equal("subscribers", Assert.Throws<ArgumentNullException>(() => Newsletter.Restore("N", EverySixWeeks, [null!])).ParamName);
    }

    [Fact]
    public void Bad_newsletter_input_is_rejected()
    {
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => new Newsletter("N", null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new Newsletter(" ", EverySixWeeks)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new Newsletter("N", EverySixWeeks).Subscribe(null!));
        Assert.Throws<ArgumentNullException>(() => new Newsletter("N", EverySixWeeks).Unsubscribe(null!));
        Assert.Throws<ArgumentNullException>(() => new Newsletter("N", EverySixWeeks).IsSubscribed(null!));
        Assert.Throws<ArgumentNullException>(() => new Newsletter("N", EverySixWeeks).FindSubscriber(null!));
    }
}
