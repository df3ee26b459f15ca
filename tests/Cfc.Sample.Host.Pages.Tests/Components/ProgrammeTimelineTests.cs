using System.Globalization;
using Bunit;
using Cfc.Sample.Host.Pages.Components;
using Cfc.Sdk.Programmes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Pages.Tests.Components;

public sealed class ProgrammeTimelineTests : BunitContext
{
    private static readonly LocalDate s_agreement = new(2015, 1, 5);

    public ProgrammeTimelineTests()
    {
        Culture.Dutch();
        Services.AddLocalization();
    }

    [Fact]
    public void The_axis_runs_in_whole_years_from_the_first_phase_to_the_year_of_the_last_deadline()
    {
        var today = new LocalDate(2026, 3, 1);
        var cut = Render(today, Row("GM1942", today, new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2023, 11, 30))));

        var svg = cut.Find("svg.timeline-svg");
        Assert.Equal("2023-01-01", svg.GetAttribute("data-from"));
        // Recognition is due by 30 November 2028 (five years after the agreement): the axis ends with that year.
        Assert.Equal("2029-01-01", svg.GetAttribute("data-to"));
        Assert.Equal(["2023", "2024", "2025", "2026", "2027", "2028"], cut.FindAll("text.axis-year").Select(t => t.TextContent));
        Assert.Equal("2026-03-01", cut.Find("g.today").GetAttribute("data-date"));
    }

    [Fact]
    public void A_candidate_shows_its_minimum_time_and_its_deadline_not_yet_overdue()
    {
        var today = new LocalDate(2026, 3, 1);
        var cut = Render(today, Row("GM1942", today, new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2023, 11, 30))));

        Assert.Equal("2026-11-30", cut.Find("g.marker.minimum").GetAttribute("data-date"));
        var deadline = cut.Find("g.marker.deadline");
        Assert.Equal("2028-11-30", deadline.GetAttribute("data-date"));
        Assert.DoesNotContain("overdue", deadline.ClassList);
        Assert.Contains("Erkenning mogelijk vanaf 30 november 2026", cut.Find("tr[data-member=GM1942]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_programme_past_its_term_without_recognition_is_marked_overdue()
    {
        var today = new LocalDate(2020, 6, 1);
        var cut = Render(today, Row("GM0518", today, new PhaseTransition(ProgrammePhase.Agreement, s_agreement), new PhaseTransition(ProgrammePhase.SituationAnalysis, new LocalDate(2015, 9, 1))));

        var deadline = cut.Find("g.marker.deadline");
        Assert.Contains("overdue", deadline.ClassList);
        Assert.Equal("2020-01-05", deadline.GetAttribute("data-date"));
        Assert.Contains("Te laat: erkenning was uiterlijk 5 januari 2020", cut.Find("li.overdue").TextContent, StringComparison.Ordinal);
        Assert.Contains("te laat", cut.Find("desc").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recognition_that_ran_out_shows_its_end_and_the_programme_as_lapsed()
    {
        var today = new LocalDate(2022, 1, 1);
        var cut = Render(today, Row("GM0518", today, Recognised2018()));

        var phases = cut.FindAll("g.phase").Select(g => g.GetAttribute("data-phase")).ToList();
        Assert.Equal(["Agreement", "SituationAnalysis", "ActionPlan", "Implementation", "Evaluation", "Recognised", "Lapsed"], phases);
        // Recognised on 1 February 2018 for three years: the last day is 31 January 2021, lapsed from the day after.
        Assert.Equal("2021-01-31", cut.Find("g.marker.recognition-end").GetAttribute("data-date"));
        Assert.Contains("url(#timeline-hatch)", cut.Find("g.phase[data-phase=Lapsed] rect").GetAttribute("fill"), StringComparison.Ordinal);
        var lapsed = cut.FindAll("li.lapsed").Select(li => li.TextContent).ToList();
        Assert.Contains(lapsed, t => t.Contains("Vervallen sinds 1 februari 2021", StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("g.marker.minimum"));
        Assert.Empty(cut.FindAll("g.marker.deadline"));
    }

    [Fact]
    public void Each_programme_gets_its_row_and_no_programme_gives_a_sentence()
    {
        var today = new LocalDate(2026, 3, 1);
        var agreement = new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2023, 11, 30));
        var cut = Render(today, Row("GM0518", today, agreement), Row("GM9002", today, agreement));

        Assert.Equal(["GM0518", "GM9002"], cut.FindAll("g.timeline-row").Select(g => g.GetAttribute("data-member")));
        Assert.Equal(2, cut.FindAll("table.timeline-table tbody tr").Count);

        var empty = Render(today);
        Assert.Empty(empty.FindAll("svg"));
        Assert.Equal("Er is nog geen programma gestart.", empty.Find("p.empty").TextContent);
    }

    [Theory]
    [InlineData("nl", "1 maart 2024", "getoonde datum (1 maart 2024)", "vandaag (1 maart 2026)")]
    [InlineData("en", "1 March 2024", "date shown (1 March 2024)", "today (1 March 2026)")]
    public void Only_today_is_called_today_another_day_is_marked_with_its_date(string culture, string label, string legend, string todayLegend)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var today = new LocalDate(2026, 3, 1);
        var on = new LocalDate(2024, 3, 1);
        var row = Row("GM1942", on, new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2023, 11, 30)));

        var past = Render<ProgrammeTimeline>(p => p.Add(c => c.Rows, [row]).Add(c => c.Today, today).Add(c => c.On, on));
        var current = Render<ProgrammeTimeline>(p => p.Add(c => c.Rows, [row]).Add(c => c.Today, today).Add(c => c.On, today));

        Assert.Empty(past.FindAll("g.today"));
        Assert.Equal("2024-03-01", past.Find("g.shown-day").GetAttribute("data-date"));
        Assert.Equal(label, past.Find("g.shown-day text").TextContent);
        Assert.Contains(legend, past.Find("figcaption.legend").TextContent, StringComparison.Ordinal);
        Assert.Empty(current.FindAll("g.shown-day"));
        Assert.Contains(todayLegend, current.Find("figcaption.legend").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<ProgrammeTimeline> Render(LocalDate today, params TimelineRow[] rows) =>
        Render<ProgrammeTimeline>(p => p.Add(c => c.Rows, rows).Add(c => c.Today, today));

    private static TimelineRow Row(string code, LocalDate today, params PhaseTransition[] transitions)
    {
        var programme = Programme.FromTransitions(ProgrammeRules.Netherlands, transitions, today);
        return new TimelineRow(code, code, programme.StatusOn(today));
    }

    [Fact]
    public void A_recognition_that_overrode_the_dossier_shows_its_reason_in_the_table()
    {
        var today = new LocalDate(2018, 3, 1);
        PhaseTransition[] transitions =
        [
            .. Recognised2018()[..^1],
            new(ProgrammePhase.Recognised, new LocalDate(2018, 2, 1), criteria: ProgrammeRules.AllCriteria, overrideReason: "Het panel erkent op eigen oordeel."),
        ];
        var programme = Programme.FromTransitions(ProgrammeRules.Netherlands, transitions, today);

        var cut = Render(today, new TimelineRow("GM1942", "GM1942", programme.StatusOn(today), programme.Transitions));

        var overrides = cut.FindAll("ol.phases li .override");
        Assert.Equal("dossier terzijde gelegd: Het panel erkent op eigen oordeel.", Assert.Single(overrides).TextContent);
        Assert.Contains("Erkend", overrides[0].ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Render(today, new TimelineRow("GM1942", "GM1942", programme.StatusOn(today))).FindAll("ol.phases li .override"));
    }

    private static PhaseTransition[] Recognised2018() =>
    [
        new(ProgrammePhase.Agreement, s_agreement),
        new(ProgrammePhase.SituationAnalysis, new LocalDate(2015, 6, 1)),
        new(ProgrammePhase.ActionPlan, new LocalDate(2016, 1, 1)),
        new(ProgrammePhase.Implementation, new LocalDate(2016, 6, 1)),
        new(ProgrammePhase.Evaluation, new LocalDate(2017, 9, 1)),
        new(ProgrammePhase.Recognised, new LocalDate(2018, 2, 1), criteria: ProgrammeRules.AllCriteria),
    ];
}
