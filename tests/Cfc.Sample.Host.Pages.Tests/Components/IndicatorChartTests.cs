using System.Globalization;
using Bunit;
using Cfc.Sample.Host.Pages.Components;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Targets;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Pages.Tests.Components;

public sealed class IndicatorChartTests : BunitContext
{
    private static readonly LocalDate s_today = new(2026, 3, 1);
    private static readonly DisclosureControl s_disclosure = new(new DisclosureOptions());

    public IndicatorChartTests()
    {
        Culture.Dutch();
        Services.AddLocalization();
    }

    [Fact]
    public void The_axes_run_from_the_first_period_to_the_last_and_from_zero_to_a_round_number_above_the_values()
    {
        var cut = Render(Poverty());

        var svg = cut.Find("svg.chart-svg");
        Assert.Equal("2021-01-01", svg.GetAttribute("data-from"));
        Assert.Equal("2024-01-01", svg.GetAttribute("data-to"));
        Assert.Equal("0", svg.GetAttribute("data-min"));
        Assert.Equal("10", svg.GetAttribute("data-max"));
        Assert.Equal(["2021", "2022", "2023"], cut.FindAll("text.axis-year").Select(t => t.TextContent));
        Assert.Equal(["0", "5", "10"], cut.FindAll("text.axis-value").Select(t => t.TextContent));
    }

    [Fact]
    public void Every_shown_figure_is_a_point_final_filled_and_provisional_hollow_and_in_the_table()
    {
        var cut = Render(Poverty());

        Assert.Equal(["2021", "2022", "2023"], cut.FindAll("g.point").Select(g => g.GetAttribute("data-period")));
        Assert.Equal("#ffffff", cut.Find("g.point.provisional circle").GetAttribute("fill"));
        Assert.Equal(2, cut.FindAll("g.point.final").Count);
        Assert.Single(cut.FindAll("polyline.series"));
        Assert.Equal("9,8%", cut.Find("tr[data-period='2021'] td").TextContent);
        Assert.Equal("voorlopig", cut.FindAll("tr[data-period='2023'] td")[1].TextContent);
        Assert.All(cut.FindAll("g.point"), g => Assert.Equal("0", g.GetAttribute("tabindex")));
    }

    [Fact]
    public void A_suppressed_figure_is_a_gap_with_its_reason_never_its_number_and_the_line_does_not_cross_it()
    {
        var cyclists = DutchIndicators.InjuredYoungCyclists;
        var member = MemberCode.GooiseMeren;
        Observation[] figures =
        [
            Observation.CreateSuppressed(cyclists, member, ReportingPeriod.CalendarYear(2019)),
            Observation.Create(cyclists, member, ReportingPeriod.CalendarYear(2020), 31),
            Observation.Create(cyclists, member, ReportingPeriod.CalendarYear(2021), 26),
            Observation.Create(cyclists, member, ReportingPeriod.CalendarYear(2022), 7),
            Observation.Create(cyclists, member, ReportingPeriod.CalendarYear(2023), 21),
            Observation.Create(cyclists, member, ReportingPeriod.CalendarYear(2024), 16),
        ];
        var report = IndicatorReport.Create(cyclists, figures, s_disclosure, s_today);

        var cut = Render<IndicatorChart>(p => p
            .Add(c => c.Report, report)
            .Add(c => c.Title, "Fietsers")
            .Add(c => c.SuppressedAtSource, [ReportingPeriod.CalendarYear(2019)]));

        Assert.Equal(["2019", "2022"], cut.FindAll("g.gap").Select(g => g.GetAttribute("data-period")));
        Assert.Equal(["2020", "2021", "2023", "2024"], cut.FindAll("g.point").Select(g => g.GetAttribute("data-period")));
        // Two runs of points, 2020–2021 and 2023–2024: no line through 2022.
        Assert.Equal([2, 2], cut.FindAll("polyline.series").Select(l => l.GetAttribute("points")!.Split(' ').Length));
        var disclosure = cut.Find("tr[data-period='2022']").TextContent;
        Assert.Contains("onthullingscontrole", disclosure, StringComparison.Ordinal);
        Assert.DoesNotContain("7", disclosure, StringComparison.Ordinal);
        Assert.Contains("niet gepubliceerd door de bron", cut.Find("tr[data-period='2019']").TextContent, StringComparison.Ordinal);
        Assert.Contains("2022: onderdrukt", cut.Find("g.gap[data-period='2022']").GetAttribute("aria-label"), StringComparison.Ordinal);
        // Shown counts are rounded to fives; the suppressed 7 appears nowhere.
        Assert.Equal(["30", "25", "20", "15"], cut.FindAll("tbody tr:not(.suppressed) td:first-of-type").Select(td => td.TextContent));
        Assert.DoesNotContain(">7<", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trend_runs_to_the_target_which_is_marked_at_its_date_and_value_and_extends_the_axis()
    {
        var poverty = DutchIndicators.LowIncomeMinors;
        var target = Target.Create(poverty, ReportingPeriod.CalendarYear(2021), 9.8, 6, new LocalDate(2030, 12, 31));
        var report = IndicatorReport.Create(poverty, Figures(), s_disclosure, s_today, target);

        var cut = Render(report);

        var svg = cut.Find("svg.chart-svg");
        Assert.Equal("2031-01-01", svg.GetAttribute("data-to"));
        var mark = cut.Find("g.target");
        Assert.Equal("2030-12-31", mark.GetAttribute("data-date"));
        Assert.Contains("doel: 6% op 31 december 2030", mark.GetAttribute("aria-label"), StringComparison.Ordinal);
        // The cross's centre is the target; the trend line ends on the target's date.
        var cross = mark.QuerySelector("path")!.GetAttribute("d")!.Split(' ');
        var crossX = double.Parse(cross[1], CultureInfo.InvariantCulture) + 7;
        var trendEnd = double.Parse(cut.Find("g.trend line").GetAttribute("x2")!, CultureInfo.InvariantCulture);
        Assert.Equal(crossX, trendEnd, precision: 1);
        Assert.Matches(@"^trend: -0,\d per jaar$", cut.Find("g.trend title").TextContent);
        Assert.Contains("6%", cut.Find("tr.target-row").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_has_a_title_and_a_description_with_every_figure()
    {
        var cut = Render(Poverty());

        Assert.Equal("Armoede", cut.Find("svg > title").TextContent);
        var description = cut.Find("svg > desc").TextContent;
        Assert.Contains("2021: 9,8% (definitief)", description, StringComparison.Ordinal);
        Assert.Contains("2023: 8,7% (voorlopig)", description, StringComparison.Ordinal);
        Assert.Equal("chart-title chart-desc", cut.Find("svg").GetAttribute("aria-labelledby"));
    }

    private IRenderedComponent<IndicatorChart> Render(IndicatorReport report) =>
        Render<IndicatorChart>(p => p.Add(c => c.Report, report).Add(c => c.Title, "Armoede"));

    private static IndicatorReport Poverty() => IndicatorReport.Create(DutchIndicators.LowIncomeMinors, Figures(), s_disclosure, s_today);

    private static Observation[] Figures()
    {
        var poverty = DutchIndicators.LowIncomeMinors;
        var member = MemberCode.GooiseMeren;
        return
        [
            Observation.Create(poverty, member, ReportingPeriod.CalendarYear(2021), 9.8),
            Observation.Create(poverty, member, ReportingPeriod.CalendarYear(2022), 9.1),
            Observation.Create(poverty, member, ReportingPeriod.CalendarYear(2023), 8.7, ObservationStatus.Provisional),
        ];
    }
}
