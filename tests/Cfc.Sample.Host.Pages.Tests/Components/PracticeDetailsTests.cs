using Bunit;
using Cfc.Sample.Host.Pages.Components;
using Cfc.Sdk.Network;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Pages.Tests.Components;

public sealed class PracticeDetailsTests : BunitContext
{
    public PracticeDetailsTests()
    {
        Culture.Dutch();
        Services.AddLocalization();
    }

    private static GoodPractice Practice(MemberId member) => new(
        member, "Kinderraad", [GoalArea.VoiceHeard, GoalArea.FamilyPlayLeisure], "Een raad van kinderen.", "Kinderen blijven betrekken.", "Begin klein.",
        new LocalDate(2025, 5, 1), [CrcArticle.ViewsOfTheChild]);

    [Fact]
    public void A_practice_shows_what_was_done_the_challenges_the_lessons_its_goal_areas_and_articles_and_links_its_municipality()
    {
        var cut = Render<PracticeDetails>(p => p.Add(c => c.Practice, Practice(MemberId.For(MemberCode.GooiseMeren))).Add(c => c.MemberName, "Gooise Meren"));

        Assert.Equal(["Wat is er gedaan", "Uitdagingen", "Lessen"], cut.FindAll("h2").Select(h => h.TextContent));
        Assert.Equal(["Een raad van kinderen.", "Kinderen blijven betrekken.", "Begin klein."], cut.FindAll("p.text").Select(p => p.TextContent));
        Assert.Equal("Elk kind wordt gehoord, Elk kind heeft tijd voor gezin, spel en vrije tijd", cut.FindAll("dd")[0].TextContent);
        Assert.Equal("12", cut.FindAll("dd")[1].TextContent);
        Assert.Equal("/municipalities/GM1942", cut.Find("a").GetAttribute("href"));
        Assert.Equal("2025-05-01", cut.Find("time").GetAttribute("datetime"));
    }

    [Fact]
    public void An_organisations_practice_names_it_without_a_link()
    {
        var cut = Render<PracticeDetails>(p => p.Add(c => c.Practice, Practice(MemberId.Parse("org:armoedefonds"))).Add(c => c.MemberName, "Armoedefonds"));

        Assert.Empty(cut.FindAll("a"));
        Assert.Contains("Armoedefonds", cut.Find("p").TextContent, StringComparison.Ordinal);
    }
}
