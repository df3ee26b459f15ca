using System.Text.Json;
using Cfc.Sdk.Periods;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.Periods;

public sealed class ReportingPeriodTests
{
    private static readonly Gen<ReportingPeriod> s_period = Gen.OneOf(
        Gen.Int[ReportingPeriod.MinYear, ReportingPeriod.MaxYear].Select(ReportingPeriod.CalendarYear),
        Gen.Int[ReportingPeriod.MinYear, ReportingPeriod.MaxYear].Select(ReportingPeriod.SchoolYear),
        Gen.Select(Gen.Int[ReportingPeriod.MinYear, ReportingPeriod.MaxYear], Gen.Int[1, 2], ReportingPeriod.HalfYear),
        Gen.Int[ReportingPeriod.MinYear, ReportingPeriod.MaxYear].Select(ReportingPeriod.SurveyWave),
        Gen.Int[ReportingPeriod.MinYear, ReportingPeriod.MaxYear].Select(ReportingPeriod.EducationYear),
        Gen.Select(Gen.Int[ReportingPeriod.MinYear, ReportingPeriod.MaxYear], Gen.Int[0, 364])
            .Select((year, day) => ReportingPeriod.Snapshot(new LocalDate(year, 1, 1).PlusDays(day))));

    [Theory]
    [InlineData("2023", PeriodKind.CalendarYear, "2023-01-01", "2023-12-31", "2023")]
    [InlineData("2023/2024", PeriodKind.SchoolYear, "2023-08-01", "2024-07-31", "2023/2024")]
    [InlineData("2023/'24", PeriodKind.SchoolYear, "2023-08-01", "2024-07-31", "2023/2024")]
    [InlineData("2023/24", PeriodKind.SchoolYear, "2023-08-01", "2024-07-31", "2023/2024")]
    [InlineData("1999/'00", PeriodKind.SchoolYear, "1999-08-01", "2000-07-31", "1999/2000")]
    [InlineData("2023-H1", PeriodKind.HalfYear, "2023-01-01", "2023-06-30", "2023-H1")]
    [InlineData("2023-H2", PeriodKind.HalfYear, "2023-07-01", "2023-12-31", "2023-H2")]
    [InlineData("2023-12-31", PeriodKind.Snapshot, "2023-12-31", "2023-12-31", "2023-12-31")]
    [InlineData("2024-02-29", PeriodKind.Snapshot, "2024-02-29", "2024-02-29", "2024-02-29")]
    [InlineData("2023-wave", PeriodKind.SurveyWave, "2023-10-01", "2023-11-30", "2023-wave")]
    [InlineData("2023-10/2024-09", PeriodKind.EducationYear, "2023-10-01", "2024-09-30", "2023-10/2024-09")]
    public void Every_text_form_parses_to_its_dates(string text, PeriodKind kind, string start, string end, string canonical)
    {
        var period = ReportingPeriod.Parse(text);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(start, period.Start.ToString("uuuu-MM-dd", null));
        Assert.Equal(end, period.End.ToString("uuuu-MM-dd", null));
        Assert.Equal(canonical, period.ToString());
        Assert.Equal(new DateInterval(period.Start, period.End), period.Interval);
    }

    [Theory]
    [InlineData("")]
    [InlineData("23")]
    [InlineData("2023-H3")]
    [InlineData("2023-h1")]
    [InlineData("2023-13-01")]
    [InlineData("2023-02-29")]
    [InlineData("2023-Q1")]
    [InlineData("0999")]
    [InlineData("2023 ")]
    [InlineData("2023-W05")]
    public void Malformed_periods_are_rejected_with_the_accepted_forms(string text)
    {
        var error = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.Contains("'2023/2024'", error.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2023/2025")]
    [InlineData("2023/'25")]
    [InlineData("2023/2023")]
    [InlineData("2023/'2")]
    public void A_school_year_must_end_in_the_next_year(string text)
    {
        var error = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.Contains("1 August to 31 July", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-10/2025-09")]
    [InlineData("2023-10/2024-08")]
    [InlineData("2023-10/2024-9")]
    [InlineData("2023-10/24-09")]
    [InlineData("2023-10/2024-09 ")]
    public void An_education_year_runs_from_october_to_september_of_the_next_year(string text)
    {
        var error = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.Contains("1 October to 30 September", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Periods_that_start_in_the_last_year_and_end_in_the_next_parse_back_from_their_text()
    {
        foreach (var period in new[] { ReportingPeriod.SchoolYear(ReportingPeriod.MaxYear), ReportingPeriod.EducationYear(ReportingPeriod.MaxYear) })
        {
            Assert.Equal(period, ReportingPeriod.Parse(period.ToString()));
        }

        Assert.Equal(ReportingPeriod.SchoolYear(9998), ReportingPeriod.Parse("9998/'99"));
    }

    [Fact]
    public void An_education_year_and_the_school_year_of_the_same_years_are_different_periods()
    {
        var education = ReportingPeriod.EducationYear(2023);
        var school = ReportingPeriod.SchoolYear(2023);
        Assert.NotEqual(education, school);
        Assert.NotEqual(education.ToString(), school.ToString());
        Assert.Equal(PeriodKind.SchoolYear, ReportingPeriod.Parse(school.ToString()).Kind);
        Assert.Equal(PeriodKind.EducationYear, ReportingPeriod.Parse(education.ToString()).Kind);
    }

    [Theory]
    [InlineData("2023-09-30", "2022-10/2023-09")]
    [InlineData("2023-10-01", "2023-10/2024-09")]
    [InlineData("2024-01-15", "2023-10/2024-09")]
    public void The_education_year_of_a_date_starts_on_the_first_of_October(string date, string expected) =>
        Assert.Equal(expected, ReportingPeriod.EducationYearContaining(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value).ToString());

    [Fact]
    public void The_default_period_writes_the_empty_string_that_json_reads_back()
    {
        Assert.Equal(string.Empty, default(ReportingPeriod).ToString());
        Assert.Equal("\"\"", JsonSerializer.Serialize(default(ReportingPeriod)));
        Assert.Equal(default, JsonSerializer.Deserialize<ReportingPeriod>("\"\""));
        Assert.False(ReportingPeriod.TryParse(string.Empty, out _));
    }

    [Fact]
    public void Years_outside_the_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.CalendarYear(999));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.SchoolYear(9999));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.EducationYear(9999));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.HalfYear(2023, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Snapshot(new LocalDate(9999, 1, 1)));
    }

    [Theory]
    [InlineData("2023-07-31", "2022/2023")]
    [InlineData("2023-08-01", "2023/2024")]
    [InlineData("2024-01-15", "2023/2024")]
    public void The_school_year_of_a_date_starts_on_the_first_of_August(string date, string expected) =>
        Assert.Equal(expected, ReportingPeriod.SchoolYearContaining(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value).ToString());

    [Fact]
    public void Every_period_round_trips_through_its_text() =>
        s_period.Sample(period => Assert.Equal(period, ReportingPeriod.Parse(period.ToString())));

    [Fact]
    public void Every_period_round_trips_through_json() =>
        s_period.Sample(period => Assert.Equal(period, JsonSerializer.Deserialize<ReportingPeriod>(JsonSerializer.Serialize(period))));

    [Fact]
    public void Every_period_contains_its_own_days_and_its_midpoint() =>
        s_period.Sample(period =>
        {
            Assert.True(period.Contains(period.Start));
            Assert.True(period.Contains(period.End));
            Assert.True(period.Contains(period.Midpoint));
            Assert.False(period.Contains(period.End.PlusDays(1)));
            Assert.False(period.Contains(period.Start.PlusDays(-1)));
        });

    [Fact]
    public void Ordering_is_by_start_then_end_and_consistent_with_equality() =>
        Gen.Select(s_period, s_period).Sample((a, b) =>
        {
            var comparison = a.CompareTo(b);
            Assert.Equal(-Math.Sign(comparison), Math.Sign(b.CompareTo(a)));
            Assert.Equal(a == b, comparison == 0);
            if (a.Start != b.Start)
            {
                Assert.Equal(a.Start < b.Start, a < b);
            }
        });

    [Fact]
    public void A_school_year_sorts_between_the_calendar_years_it_spans()
    {
        var periods = new[] { ReportingPeriod.Parse("2024"), ReportingPeriod.Parse("2023/2024"), ReportingPeriod.Parse("2023"), ReportingPeriod.Parse("2023-H2") };
        Assert.Equal(["2023", "2023-H2", "2023/2024", "2024"], periods.Order().Select(p => p.ToString()));
    }

    [Fact]
    public void Json_with_an_invalid_period_is_rejected() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportingPeriod>("\"2023/2025\""));
}
