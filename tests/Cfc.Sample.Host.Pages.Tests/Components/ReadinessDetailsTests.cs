using System.Globalization;
using Bunit;
using Cfc.Sample.Host.Pages.Components;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Recognition;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Pages.Tests.Components;

public sealed class ReadinessDetailsTests : BunitContext
{
    private static readonly Readiness s_partly = new(new LocalDate(2026, 3, 1), ReadinessRules.Netherlands,
    [
        new(MinimumCriterion.Results, CriterionStatus.Partly,
            [new ReadinessFinding(ReadinessFindingKind.TargetAchieved, "poverty.low-income-minors", "EssentialServices")],
            [new ReadinessFinding(ReadinessFindingKind.MoreGoalAreas, count: 2)]),
        new(MinimumCriterion.Participation, CriterionStatus.Met,
            [new ReadinessFinding(ReadinessFindingKind.StandingBody, "Council", count: 4), new ReadinessFinding(ReadinessFindingKind.PhaseWithParticipation, "ActionPlan", count: 1)],
            []),
        new(MinimumCriterion.NonDiscrimination, CriterionStatus.NotMet, [], [new ReadinessFinding(ReadinessFindingKind.NoDisaggregatedFigures)]),
    ]);

    public ReadinessDetailsTests()
    {
        Culture.Dutch();
        Services.AddLocalization();
        Services.AddSingleton(DutchIndicators.Catalogue);
    }

    [Fact]
    public void Each_criterion_shows_its_status_its_evidence_and_what_is_missing_in_Dutch()
    {
        var cut = Render<ReadinessDetails>(p => p.Add(c => c.Readiness, s_partly));

        Assert.Equal("false", cut.Find("p.readiness").GetAttribute("data-ready"));
        Assert.Equal(["Partly", "Met", "NotMet"], cut.FindAll("section.criterion").Select(s => s.GetAttribute("data-status")));
        var results = cut.Find("section[data-criterion=Results]");
        Assert.Equal("Resultaten voor kinderen in meerdere doelgebieden deels voldaan", results.QuerySelector("h3")!.TextContent);
        Assert.Equal(
            "Het doel voor Minderjarigen in huishoudens met een laag inkomen (Elk kind heeft toegang tot essentiële voorzieningen) is gehaald.",
            results.QuerySelector("ul.evidence li")!.TextContent);
        Assert.Equal("Doelen op koers of gehaald in nog 2 doelgebied(en).", results.QuerySelector("ul.missing li")!.TextContent);
        Assert.Equal(
            ["Een vast orgaan (Kinderraad) kwam 4 keer bijeen.", "1 keer participatie in de fase Actieplan."],
            cut.FindAll("section[data-criterion=Participation] ul.evidence li").Select(li => li.TextContent));
        Assert.Empty(cut.FindAll("section[data-criterion=Participation] ul.missing"));
        Assert.Equal("Nog geen bewijs.", cut.Find("section[data-criterion=NonDiscrimination] p.empty").TextContent);
    }

    [Fact]
    public void Every_finding_has_a_sentence_in_both_languages()
    {
        var all = Enum.GetValues<ReadinessFindingKind>().Select(k => new ReadinessFinding(k, "s", "d", 1)).ToArray();
        var readiness = new Readiness(new LocalDate(2026, 3, 1), ReadinessRules.Netherlands, [new(MinimumCriterion.Results, CriterionStatus.Partly, all, all)]);

        foreach (var language in (string[])["nl", "en"])
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            var items = Render<ReadinessDetails>(p => p.Add(c => c.Readiness, readiness)).FindAll("li").Select(li => li.TextContent).ToList();

            Assert.Equal(2 * all.Length, items.Count);
            Assert.All(items, text => Assert.DoesNotContain("Finding.", text, StringComparison.Ordinal));
        }
    }
}
