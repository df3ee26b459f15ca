using System.Globalization;
using Bunit;
using Cfc.Sample.Host.Pages;
using Cfc.Sample.Host.Pages.Components;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Peers;
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
        var cut = RenderCyclists(2019, (2020, 31), (2021, 26), (2022, 7), (2023, 21), (2024, 16));

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

    [Fact]
    public void A_forecast_on_this_trend_is_a_band_on_the_target_line_from_its_earliest_to_its_latest_date_with_its_text()
    {
        var target = Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2021), 9.8, 6, new LocalDate(2030, 12, 31));
        var report = IndicatorReport.Create(DutchIndicators.LowIncomeMinors, Figures(), s_disclosure, s_today, target);
        var forecast = Forecast.Of(target, report.Series.Select(p => new DataPoint(p.Period.Midpoint, p.Value.Value!.Value)), new ForecastOptions());
        Assert.Equal(ForecastStatus.OnThisTrend, forecast.Status);

        var cut = Render<IndicatorChart>(p => p.Add(c => c.Report, report).Add(c => c.Title, "Armoede").Add(c => c.Forecast, forecast));

        var band = cut.Find("g.forecast");
        Assert.Equal(PageFormat.Iso(forecast.Earliest!.Value), band.GetAttribute("data-earliest"));
        Assert.Equal(PageFormat.Iso(forecast.Latest!.Value), band.GetAttribute("data-latest"));
        var text = $"verwachting: doel bereikt op {PageFormat.Date(forecast.Reaches!.Value)}; 80%-interval {PageFormat.Date(forecast.Earliest.Value)} tot {PageFormat.Date(forecast.Latest.Value)}";
        Assert.Equal(text, band.GetAttribute("aria-label"));
        Assert.Equal("0", band.GetAttribute("tabindex"));
        Assert.Contains(text, cut.Find("tr.forecast-row").TextContent, StringComparison.Ordinal);
        Assert.Contains(text, cut.Find("svg > desc").TextContent, StringComparison.Ordinal);
        Assert.Contains("verwachting: wanneer het doel bereikt wordt", cut.Find("figcaption").TextContent, StringComparison.Ordinal);
        // The x axis reaches the interval's end.
        Assert.True(string.CompareOrdinal(cut.Find("svg.chart-svg").GetAttribute("data-to"), PageFormat.Iso(forecast.Latest.Value)) > 0);
    }

    [Fact]
    public void A_forecast_without_a_date_is_said_in_words_and_drawn_not_at_all()
    {
        var target = Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2021), 9.8, 12, new LocalDate(2030, 12, 31));
        var report = IndicatorReport.Create(DutchIndicators.LowIncomeMinors, Figures(), s_disclosure, s_today, target);
        var forecast = Forecast.Of(target, [], new ForecastOptions());

        var cut = Render<IndicatorChart>(p => p.Add(c => c.Report, report).Add(c => c.Title, "Armoede").Add(c => c.Forecast, forecast));

        Assert.Empty(cut.FindAll("g.forecast"));
        Assert.Contains("verwachting: te weinig cijfers voor een verwachting", cut.Find("tr.forecast-row").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_peers_median_and_quartiles_are_a_band_with_their_text_in_dutch_and_english()
    {
        var peers = PeerComparison.Of(
            SizeClasses.Cbs.ClassOf(30_000),
            ReportingPeriod.CalendarYear(2023),
            [.. new[] { 7.0, 8, 9, 10, 11 }.Select((v, i) => IndicatorReport.Create(
                DutchIndicators.LowIncomeMinors,
                [Observation.Create(DutchIndicators.LowIncomeMinors, MemberCode.Parse($"GM{1000 + i}"), ReportingPeriod.CalendarYear(2023), v)],
                s_disclosure,
                s_today))],
            5)!;

        var cut = Render<IndicatorChart>(p => p.Add(c => c.Report, Poverty()).Add(c => c.Title, "Armoede").Add(c => c.Peers, peers));

        var band = cut.Find("g.peers");
        Assert.Equal("9", band.GetAttribute("data-median"));
        Assert.Equal("gemeenten van 20.000–50.000 inwoners (5 gemeenten, 2023): mediaan 9%, kwartielen 8% tot 10%", band.GetAttribute("aria-label"));
        Assert.Contains("vergelijkbare gemeenten: mediaan en kwartielen", cut.Find("tr.peers-row").TextContent, StringComparison.Ordinal);
        // The y axis holds the upper quartile.
        Assert.True(double.Parse(cut.Find("svg.chart-svg").GetAttribute("data-max")!, CultureInfo.InvariantCulture) >= 10);

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
        var english = Render<IndicatorChart>(p => p.Add(c => c.Report, Poverty()).Add(c => c.Title, "Poverty").Add(c => c.Peers, peers));
        Assert.Equal("municipalities of 20,000–50,000 inhabitants (5 municipalities, 2023): median 9%, quartiles 8% to 10%", english.Find("g.peers").GetAttribute("aria-label"));
    }

    [Fact]
    public void A_yes_no_indicator_is_drawn_on_an_axis_of_only_no_and_yes_in_the_pages_language()
    {
        var report = Council(0, 1);

        var cut = Render(report);

        var svg = cut.Find("svg.chart-svg");
        Assert.Equal("0", svg.GetAttribute("data-min"));
        Assert.Equal("1", svg.GetAttribute("data-max"));
        Assert.Equal(["nee", "ja"], cut.FindAll("text.axis-value").Select(t => t.TextContent));
        Assert.Equal("ja/nee", cut.Find("text.axis-unit").TextContent);
        Assert.Equal(["nee", "ja"], cut.FindAll("tbody tr td:first-of-type").Select(td => td.TextContent));
        Assert.Equal("2024-01-01: ja (definitief)", cut.Find("g.point[data-period='2024-01-01']").GetAttribute("aria-label"));
        // No line and no slope per year between a no and a yes.
        Assert.Empty(cut.FindAll("polyline.series"));
        Assert.Empty(cut.FindAll("g.trend"));

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
        var english = Render(report);
        Assert.Equal(["no", "yes"], english.FindAll("text.axis-value").Select(t => t.TextContent));
        Assert.Equal("yes/no", english.Find("text.axis-unit").TextContent);
        Assert.Equal(["no", "yes"], english.FindAll("tbody tr td:first-of-type").Select(td => td.TextContent));
    }

    [Fact]
    public void The_trend_is_broken_where_a_period_was_not_published_and_starts_at_the_first_figure_shown()
    {
        var cut = RenderCyclists(2020, (2021, 26), (2022, 7), (2023, 21), (2024, 16));

        var gaps = cut.FindAll("g.gap rect").Select(r => (From: Number(r, "x"), To: Number(r, "x") + Number(r, "width"))).ToList();
        Assert.Equal(2, gaps.Count);
        var pieces = cut.FindAll("g.trend line").Select(l => (X1: Number(l, "x1"), Y1: Number(l, "y1"), X2: Number(l, "x2"), Y2: Number(l, "y2"))).ToList();
        // 2021 to the gap of 2022, and after it to 2024: nothing over 2020 or 2022.
        Assert.Equal(2, pieces.Count);
        Assert.All(pieces, piece => Assert.All(gaps, gap => Assert.True(piece.X2 <= gap.From || piece.X1 >= gap.To, $"{piece} crosses {gap}")));
        var first = cut.Find("g.point[data-period='2021']");
        Assert.Equal(Number(first.QuerySelector("circle")!, "cx"), pieces[0].X1, precision: 1);
        Assert.Equal(gaps[1].From, pieces[0].X2, precision: 1);
        Assert.Equal(gaps[1].To, pieces[1].X1, precision: 1);
        // Both pieces lie on the one straight trend (up to the drawing's rounding to hundredths).
        var (before, after) = ((pieces[0].Y2 - pieces[0].Y1) / (pieces[0].X2 - pieces[0].X1), (pieces[1].Y2 - pieces[1].Y1) / (pieces[1].X2 - pieces[1].X1));
        Assert.True(Math.Abs(before - after) < 0.01, $"slopes {before} and {after}");
    }

    [Fact]
    public void The_legend_names_only_the_marks_the_chart_shows()
    {
        var poverty = Render(Poverty());
        Assert.Equal(["final", "provisional", "trend"], poverty.FindAll("figcaption span").Select(s => s.GetAttribute("data-mark")));
        Assert.Equal("definitief voorlopig trend", string.Join(' ', poverty.FindAll("figcaption span").Select(s => s.TextContent.Trim())));

        var council = Render(Council(1));
        Assert.Equal(["final"], council.FindAll("figcaption span").Select(s => s.GetAttribute("data-mark")));

        var target = Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2021), 9.8, 6, new LocalDate(2030, 12, 31));
        var cyclists = DutchIndicators.InjuredYoungCyclists;
        var withTarget = Render(IndicatorReport.Create(DutchIndicators.LowIncomeMinors, Figures(), s_disclosure, s_today, target));
        Assert.Equal(["final", "provisional", "trend", "target"], withTarget.FindAll("figcaption span").Select(s => s.GetAttribute("data-mark")));
        var gap = Render(IndicatorReport.Create(
            cyclists,
            [
                Observation.Create(cyclists, MemberCode.GooiseMeren, ReportingPeriod.CalendarYear(2022), 3),
                Observation.Create(cyclists, MemberCode.GooiseMeren, ReportingPeriod.CalendarYear(2023), 20, ObservationStatus.Revised),
            ],
            s_disclosure,
            s_today));
        Assert.Equal(["revised", "gap"], gap.FindAll("figcaption span").Select(s => s.GetAttribute("data-mark")));
    }

    [Fact]
    public void The_value_axis_says_the_indicators_unit_in_the_pages_language()
    {
        var cyclists = DutchIndicators.InjuredYoungCyclists;
        var count = IndicatorReport.Create(cyclists, [Observation.Create(cyclists, MemberCode.GooiseMeren, ReportingPeriod.CalendarYear(2023), 20)], s_disclosure, s_today);

        Assert.Equal("procent (%)", Render(Poverty()).Find("text.axis-unit").TextContent);
        Assert.Equal("aantal", Render(count).Find("text.axis-unit").TextContent);

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
        Assert.Equal("percent (%)", Render(Poverty()).Find("text.axis-unit").TextContent);
        Assert.Equal("number", Render(count).Find("text.axis-unit").TextContent);
        // Above the value axis, clear of its highest tick.
        var unit = Render(Poverty()).Find("text.axis-unit");
        Assert.True(Number(unit, "y") < Render(Poverty()).FindAll("text.axis-value").Min(t => Number(t, "y")) - 12);
    }

    private IRenderedComponent<IndicatorChart> Render(IndicatorReport report) =>
        Render<IndicatorChart>(p => p.Add(c => c.Report, report).Add(c => c.Title, "Armoede"));

    /// <summary>A children's council on 1 January of 2023, 2024, ... as the yes (1) and no (0) of <paramref name="values"/>.</summary>
    private static IndicatorReport Council(params int[] values) => IndicatorReport.Create(
        DutchIndicators.ChildrensCouncil,
        values.Select((v, i) => Observation.Create(DutchIndicators.ChildrensCouncil, MemberCode.GooiseMeren, ReportingPeriod.Snapshot(new LocalDate(2023 + i, 1, 1)), v)),
        s_disclosure,
        s_today);

    /// <summary>
    /// The chart of injured young cyclists in Gooise Meren: <paramref name="suppressedAtSource"/> a year the source did not
    /// publish, then <paramref name="counts"/> by year (a small count is suppressed by disclosure control).
    /// </summary>
    private IRenderedComponent<IndicatorChart> RenderCyclists(int suppressedAtSource, params (int Year, int Count)[] counts)
    {
        var cyclists = DutchIndicators.InjuredYoungCyclists;
        var member = MemberCode.GooiseMeren;
        Observation[] figures =
        [
            Observation.CreateSuppressed(cyclists, member, ReportingPeriod.CalendarYear(suppressedAtSource)),
            .. counts.Select(c => Observation.Create(cyclists, member, ReportingPeriod.CalendarYear(c.Year), c.Count)),
        ];
        var report = IndicatorReport.Create(cyclists, figures, s_disclosure, s_today);
        return Render<IndicatorChart>(p => p
            .Add(c => c.Report, report)
            .Add(c => c.Title, "Fietsers")
            .Add(c => c.SuppressedAtSource, [ReportingPeriod.CalendarYear(suppressedAtSource)]));
    }

    private static double Number(AngleSharp.Dom.IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

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
