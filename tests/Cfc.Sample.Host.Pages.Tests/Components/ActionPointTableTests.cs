using Bunit;
using Cfc.Sample.Host.Pages;
using Cfc.Sample.Host.Pages.Components;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Pages.Tests.Components;

public sealed class ActionPointTableTests : BunitContext
{
    private static readonly ActionPoint s_late =
        new(MemberCode.GooiseMeren, "Speelplekken in elke wijk", GoalArea.FamilyPlayLeisure, "Team Openbare Ruimte", new LocalDate(2026, 2, 28), new LocalDate(2026, 1, 10));

    private static readonly ActionPoint s_done =
        new ActionPoint(MemberCode.DenHaag, "Jongerenraad", GoalArea.VoiceHeard, "Team Jeugd", new LocalDate(2026, 2, 1), new LocalDate(2026, 1, 10))
            .ChangeStatus(ActionPointStatus.Done, new LocalDate(2026, 1, 30), new LocalDate(2026, 3, 1));

    public ActionPointTableTests()
    {
        Culture.Dutch();
        Services.AddLocalization();
    }

    [Fact]
    public void An_overdue_point_says_so_in_words_and_a_done_point_does_not()
    {
        var cut = Render<ActionPointTable>(p => p
            .Add(c => c.Points, [new ActionPointView(1, s_late, true), new ActionPointView(2, s_done, false)])
            .Add(c => c.Caption, "Actiepunten op einddatum"));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(["true", "false"], rows.Select(r => r.GetAttribute("data-overdue")));
        Assert.Equal("Te laat", rows[0].QuerySelector(".badge.overdue")!.TextContent);
        Assert.Null(rows[1].QuerySelector(".badge.overdue"));
        Assert.Equal(["Gepland", "Uitgevoerd"], cut.FindAll("tbody .status").Select(s => s.TextContent));
        Assert.Equal(["2026-02-28", "2026-02-01"], cut.FindAll("tbody time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal("Gezin, spel en vrije tijd", rows[0].Children[1].TextContent);
        Assert.Equal("Team Openbare Ruimte", rows[0].Children[2].TextContent);
        Assert.Empty(cut.FindAll("tbody a"));
    }

    [Fact]
    public void The_networks_overview_names_each_points_member_and_links_its_plan()
    {
        var cut = Render<ActionPointTable>(p => p
            .Add(c => c.Points, [new ActionPointView(1, s_late, true)])
            .Add(c => c.Caption, "Actiepunten")
            .Add(c => c.Names, new Dictionary<string, string> { ["GM1942"] = "Gooise Meren" }));

        var link = cut.Find("tbody a");
        Assert.Equal(("Gooise Meren", "/municipalities/GM1942/actions"), (link.TextContent, link.GetAttribute("href")));
    }

    [Fact]
    public void Without_points_the_table_says_there_are_none() =>
        Assert.Equal("Geen actiepunten.", Render<ActionPointTable>(p => p.Add(c => c.Points, []).Add(c => c.Caption, "x")).Find("p.empty").TextContent);
}
