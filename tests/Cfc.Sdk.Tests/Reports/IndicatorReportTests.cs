using System.Text.Json;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Targets;
using Cfc.Sdk.Tests.Serialization;
using Cfc.Testing;
using NodaTime;

namespace Cfc.Sdk.Tests.Reports;

public sealed class IndicatorReportTests
{
    private static readonly DisclosureControl s_disclosure = new(new DisclosureOptions());
    private static readonly LocalDate s_today = new(2025, 3, 1);

    private static Observation[] Poverty(params double[] values) =>
        values.Select((v, i) => Observation.Create(DutchIndicators.LowIncomeMinors, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2019 + i), v)).ToArray();

    private static Observation[] HomeSitters(params double[] values) =>
        values.Select((v, i) => Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.SchoolYear(2019 + i), v)).ToArray();

    private static Target PovertyTarget(double value, LocalDate date) =>
        Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2018), 12, value, date);

    private static Target HomeSitterTarget(double value) =>
        Target.Create(DutchIndicators.HomeSitters, ReportingPeriod.SchoolYear(2018), 60, value, new LocalDate(2030, 7, 31));

    [Fact]
    public void Rates_near_the_limit_of_double_give_a_report_without_trend_or_projection_that_round_trips()
    {
        var rate = new Indicator(
            IndicatorId.Parse("app.referrals-per-1000"), "Verwijzingen per 1000", "Referrals per 1000", IndicatorUnit.Rate, Polarity.LowerIsBetter,
            PeriodKind.CalendarYear, GoalArea.EssentialServices, Concern.Poverty, [CrcArticle.StandardOfLiving]);
        Observation[] Rates(params double[] values) =>
            values.Select((v, i) => Observation.Create(rate, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2019 + i), v)).ToArray();
        var target = Target.Create(rate, ReportingPeriod.CalendarYear(2018), 12, 4, new LocalDate(2030, 12, 31));

        var flat = IndicatorReport.Create(rate, Rates(1e308, 1e308), s_disclosure, s_today, target);
        Assert.Null(flat.Trend);

        var steep = IndicatorReport.Create(rate, Rates(0, 1.7e308), s_disclosure, s_today, target);
        Assert.NotNull(steep.Trend);
        Assert.Null(steep.Assessment!.ProjectedValue);
        Assert.Equal(AssessmentStatus.InsufficientData, steep.Assessment.Status);

        JsonRoundTrip.AssertRoundTrips(flat);
        JsonRoundTrip.AssertRoundTrips(steep);
    }

    [Fact]
    public void Counts_up_to_the_largest_accepted_are_disclosed_exactly_and_larger_ones_refused()
    {
        var largest = IndicatorReport.Create(DutchIndicators.HomeSitters, HomeSitters(IndicatorRules.MaxCount, IndicatorRules.MaxCount), s_disclosure, s_today, HomeSitterTarget(40));
        Assert.Equal(4_503_599_627_370_495d, largest.Series[^1].Value.Value); // rounded to a multiple of 5, exactly

        var refused = Assert.Throws<ArgumentException>(() => HomeSitters(IndicatorRules.MaxCount * 2));
        Assert.Contains("4503599627370496", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_already_met_by_the_latest_figure_is_achieved()
    {
        var report = IndicatorReport.Create(DutchIndicators.LowIncomeMinors, Poverty(9, 8, 7, 6), s_disclosure, s_today, PovertyTarget(6.5, new LocalDate(2030, 12, 31)));
        Assert.Equal(AssessmentStatus.Achieved, report.Assessment!.Status);
        Assert.Equal(6, report.Latest!.Value.Value.Value);
    }

    [Fact]
    public void A_falling_trend_that_reaches_a_lower_is_better_target_is_on_track()
    {
        var report = IndicatorReport.Create(DutchIndicators.LowIncomeMinors, Poverty(10, 9, 8, 7), s_disclosure, s_today, PovertyTarget(4, new LocalDate(2026, 12, 31)));
        Assert.Equal(AssessmentStatus.OnTrack, report.Assessment!.Status);
        Assert.Equal(-1, report.Trend!.SlopePerYear, 2);
        Assert.Equal(2.5, report.Assessment.ProjectedValue!.Value, 1);
    }

    [Fact]
    public void A_trend_that_misses_the_target_is_off_track()
    {
        var report = IndicatorReport.Create(DutchIndicators.LowIncomeMinors, Poverty(10, 10.5, 11, 11.5), s_disclosure, s_today, PovertyTarget(4, new LocalDate(2026, 12, 31)));
        Assert.Equal(AssessmentStatus.OffTrack, report.Assessment!.Status);
    }

    [Fact]
    public void An_unmet_target_whose_date_has_passed_is_off_track_even_on_a_good_trend()
    {
        var report = IndicatorReport.Create(DutchIndicators.LowIncomeMinors, Poverty(10, 9, 8, 7), s_disclosure, new LocalDate(2031, 1, 1), PovertyTarget(4, new LocalDate(2030, 12, 31)));
        Assert.Equal(AssessmentStatus.OffTrack, report.Assessment!.Status);
    }

    [Fact]
    public void One_figure_is_too_little_to_judge_an_unmet_target()
    {
        var report = IndicatorReport.Create(DutchIndicators.LowIncomeMinors, Poverty(10), s_disclosure, s_today, PovertyTarget(4, new LocalDate(2030, 12, 31)));
        Assert.Equal(AssessmentStatus.InsufficientData, report.Assessment!.Status);
        Assert.Null(report.Trend);
        Assert.Null(report.Assessment.ProjectedValue);
    }

    [Fact]
    public void Projections_stay_within_the_units_range()
    {
        var report = IndicatorReport.Create(DutchIndicators.LowIncomeMinors, Poverty(10, 6, 2), s_disclosure, s_today, PovertyTarget(1, new LocalDate(2040, 12, 31)));
        Assert.Equal(0, report.Assessment!.ProjectedValue);
    }

    [Fact]
    public void Counts_in_the_report_are_disclosure_controlled()
    {
        var report = IndicatorReport.Create(DutchIndicators.HomeSitters, HomeSitters(43, 31, 7), s_disclosure, s_today);
        Assert.Equal([45.0, 30.0, null], report.Series.Select(p => p.Value.Value));
        Assert.True(report.Latest!.Value.Value.IsSuppressed);
    }

    [Fact]
    public void A_suppressed_latest_count_cannot_be_inferred_from_the_assessment()
    {
        // Whether the true latest count is 0 or 9, everything published must be the same.
        var reports = new[] { 0.0, 9.0 }
            .Select(latest => IndicatorReport.Create(DutchIndicators.HomeSitters, HomeSitters(43, 31, latest), s_disclosure, s_today, HomeSitterTarget(5)))
            .ToArray();
        Assert.All(reports, r => Assert.Equal(AssessmentStatus.InsufficientData, r.Assessment!.Status));
        Assert.Equal(reports[0].Trend, reports[1].Trend);
        Assert.Equal(reports[0].Assessment, reports[1].Assessment);
        Assert.Equal(reports[0].Series, reports[1].Series);
    }

    [Fact]
    public void The_trend_is_fitted_through_shown_figures_only()
    {
        var withSmallCount = IndicatorReport.Create(DutchIndicators.HomeSitters, HomeSitters(60, 3, 40), s_disclosure, s_today);
        var withOtherSmallCount = IndicatorReport.Create(DutchIndicators.HomeSitters, HomeSitters(60, 8, 40), s_disclosure, s_today);
        Assert.Equal(withSmallCount.Trend, withOtherSmallCount.Trend);
        Assert.Equal(2, withSmallCount.Trend!.Points);
    }

    [Fact]
    public void A_report_covers_one_indicator_member_and_breakdown()
    {
        var mixed = Poverty(8).Concat([Observation.Create(DutchIndicators.LowIncomeMinors, MemberCode.GooiseMeren, ReportingPeriod.CalendarYear(2020), 7)]);
        Assert.Equal("figures", Assert.Throws<ArgumentException>(() => IndicatorReport.Create(DutchIndicators.LowIncomeMinors, mixed, s_disclosure, s_today)).ParamName);
        Assert.Equal("figures", Assert.Throws<ArgumentException>(() => IndicatorReport.Create(DutchIndicators.LowIncomeMinors, [], s_disclosure, s_today)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() =>
            IndicatorReport.Create(DutchIndicators.LowIncomeMinors, Poverty(8), s_disclosure, s_today, HomeSitterTarget(5))).ParamName);
    }

    [Fact]
    public void A_report_as_json_is_approved() =>
        Approvals.VerifyJson(IndicatorReport.Create(DutchIndicators.HomeSitters, HomeSitters(64, 52, 47, 12, 8), s_disclosure, s_today, HomeSitterTarget(20)));

    private static Observation Sitters(int startYear, double value, string? sex = null) =>
        Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.SchoolYear(startYear), value, disaggregation: Disaggregation.Create(sex: sex));

    [Fact]
    public void Reports_of_the_total_and_of_each_breakdown_together_do_not_reveal_a_small_breakdown()
    {
        var control = new DisclosureControl(new DisclosureOptions { SuppressBelow = 10, RoundTo = 1 });
        var ledger = new[] { Sitters(2023, 25), Sitters(2023, 22, "male"), Sitters(2023, 3, "female"), Sitters(2022, 30), Sitters(2022, 14, "male"), Sitters(2022, 16, "female") }
            .Aggregate(ObservationLedger.Empty, (l, o) => l.Record(o));
        var figures = ledger.Figures(MemberCode.DenHaag, DutchIndicators.HomeSitters.Id);

        var total = IndicatorReport.Create(DutchIndicators.HomeSitters, figures, control, s_today);
        var boys = IndicatorReport.Create(DutchIndicators.HomeSitters, figures, control, s_today, disaggregation: Disaggregation.Create(sex: "male"));
        var girls = IndicatorReport.Create(DutchIndicators.HomeSitters, figures, control, s_today, disaggregation: Disaggregation.Create(sex: "female"));

        Assert.Equal([30.0, 25.0], total.Series.Select(p => p.Value.Value));
        Assert.Equal([14.0, null], boys.Series.Select(p => p.Value.Value));
        Assert.Equal([16.0, null], girls.Series.Select(p => p.Value.Value));
        Assert.Equal(Disaggregation.Create(sex: "male"), boys.Disaggregation);
    }

    [Fact]
    public void The_total_is_reported_while_a_breakdown_is_recorded_in_part()
    {
        // Only the boys' figure has arrived: the total is still reported, from the same table as the boys.
        var control = new DisclosureControl(new DisclosureOptions { SuppressBelow = 10, RoundTo = 1 });
        var figures = new[] { Sitters(2023, 30), Sitters(2023, 14, "male") };

        var total = IndicatorReport.Create(DutchIndicators.HomeSitters, figures, control, s_today);
        var boys = IndicatorReport.Create(DutchIndicators.HomeSitters, figures, control, s_today, disaggregation: Disaggregation.Create(sex: "male"));

        Assert.Equal([30.0], total.Series.Select(p => p.Value.Value));
        Assert.Equal([14.0], boys.Series.Select(p => p.Value.Value));
    }

    [Fact]
    public void Reports_of_one_period_pick_their_cells_from_the_same_table()
    {
        // The girls' small count is protected by hiding the boys' in every report of the year, the total's included.
        var control = new DisclosureControl(new DisclosureOptions { SuppressBelow = 10, RoundTo = 1 });
        var figures = new[] { Sitters(2023, 40), Sitters(2023, 22, "male"), Sitters(2023, 3, "female"), Sitters(2023, 15, "other") };
        var table = control.DiscloseTable(DutchIndicators.HomeSitters, figures);

        foreach (var breakdown in new[] { Disaggregation.Total, Disaggregation.Create(sex: "male"), Disaggregation.Create(sex: "female"), Disaggregation.Create(sex: "other") })
        {
            Assert.Equal(table[breakdown], IndicatorReport.Create(DutchIndicators.HomeSitters, figures, control, s_today, disaggregation: breakdown).Latest!.Value.Value);
        }
    }

    [Fact]
    public void A_breakdown_is_reported_only_with_its_table()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            IndicatorReport.Create(DutchIndicators.HomeSitters, [Sitters(2023, 3, "female")], s_disclosure, s_today, disaggregation: Disaggregation.Create(sex: "female")));
        Assert.Contains("no total", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() =>
            IndicatorReport.Create(DutchIndicators.HomeSitters, [Sitters(2023, 25)], s_disclosure, s_today, disaggregation: Disaggregation.Create(sex: "female")));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => IndicatorReport.Create(null!, HomeSitters(5), s_disclosure, s_today)).ParamName);
        Assert.Equal("figures", Assert.Throws<ArgumentNullException>(() => IndicatorReport.Create(DutchIndicators.HomeSitters, null!, s_disclosure, s_today)).ParamName);
        Assert.Equal("disclosure", Assert.Throws<ArgumentNullException>(() => IndicatorReport.Create(DutchIndicators.HomeSitters, HomeSitters(5), null!, s_today)).ParamName);
    }

    [Fact]
    public void A_report_round_trips_through_json()
    {
        var report = IndicatorReport.Create(DutchIndicators.HomeSitters, HomeSitters(64, 52, 47, 12, 8), s_disclosure, s_today, HomeSitterTarget(20));
        var noTarget = IndicatorReport.Create(DutchIndicators.LowIncomeMinors, Poverty(10), s_disclosure, s_today);
        foreach (var options in new[] { new JsonSerializerOptions().ConfigureForCfcSdk(), new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk() })
        {
            Assert.Equal(report, JsonSerializer.Deserialize<IndicatorReport>(JsonSerializer.Serialize(report, options), options));
            Assert.Equal(noTarget, JsonSerializer.Deserialize<IndicatorReport>(JsonSerializer.Serialize(noTarget, options), options));
            Assert.All(report.Series, p => Assert.Equal(p, JsonSerializer.Deserialize<ReportPoint>(JsonSerializer.Serialize(p, options), options)));
        }
    }

    [Fact]
    public void Json_of_an_inconsistent_report_is_a_json_error()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();
        var json = JsonSerializer.Serialize(IndicatorReport.Create(DutchIndicators.HomeSitters, HomeSitters(64, 52), s_disclosure, s_today, HomeSitterTarget(20)), options);
        Assert.Contains("one point per period", Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<IndicatorReport>(json.Replace("2020/2021", "2019/2020", StringComparison.Ordinal), options)).Message, StringComparison.Ordinal);
        Assert.Contains("SchoolYear", Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<IndicatorReport>(json.Replace("\"2020/2021\"", "\"2021\"", StringComparison.Ordinal), options)).Message, StringComparison.Ordinal);
        var withoutAssessment = JsonDocument.Parse(json).RootElement.EnumerateObject().Where(p => p.Name != "assessment").ToDictionary(p => p.Name, p => p.Value);
        Assert.Contains("assessment", Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<IndicatorReport>(JsonSerializer.Serialize(withoutAssessment), options)).Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportPoint>("{\"period\":\"2023/2024\",\"value\":5}", options));
    }

    [Fact]
    public void Json_of_a_report_showing_a_count_its_disclosure_settings_cannot_show_is_a_json_error()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();
        var json = JsonSerializer.Serialize(IndicatorReport.Create(DutchIndicators.HomeSitters, HomeSitters(64, 52), s_disclosure, s_today), options);
        Assert.Contains("\"value\":65", json, StringComparison.Ordinal);
        Assert.Equal((10, 5), (JsonSerializer.Deserialize<IndicatorReport>(json, options)!.SuppressBelow, JsonSerializer.Deserialize<IndicatorReport>(json, options)!.RoundTo));

        // A true 3 below the threshold, an unrounded 63, and a shown 5 below the lowest shown count (10).
        foreach (var forged in new[] { "3", "63", "5" })
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IndicatorReport>(json.Replace("\"value\":65", $"\"value\":{forged}", StringComparison.Ordinal), options));
            Assert.Contains($"A count of {forged} for 2019/2020 cannot be shown with SuppressBelow=10 and RoundTo=5", error.Message, StringComparison.Ordinal);
        }

        Assert.Contains("SuppressBelow=1", Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<IndicatorReport>(json.Replace("\"suppressBelow\":10", "\"suppressBelow\":1", StringComparison.Ordinal), options)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reports_series_and_a_tables_cells_cannot_be_changed_through_a_cast()
    {
        var report = IndicatorReport.Create(DutchIndicators.HomeSitters, HomeSitters(64, 52), s_disclosure, s_today);
        Assert.False(report.Series is ReportPoint[] or List<ReportPoint>);
        Assert.True(report.Series is not ICollection<ReportPoint> points || points.IsReadOnly);
        var table = s_disclosure.DiscloseTable(DutchIndicators.HomeSitters, [Sitters(2023, 25)]);
        Assert.True(table.Cells is not IDictionary<Disaggregation, DisclosedValue> cells || cells.IsReadOnly);
    }
}
