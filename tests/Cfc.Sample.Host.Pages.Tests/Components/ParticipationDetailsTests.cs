using Bunit;
using Cfc.Sample.Host.Pages.Components;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Network;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Pages.Tests.Components;

public sealed class ParticipationDetailsTests : BunitContext
{
    private static readonly DisclosureControl s_disclosure = new(new DisclosureOptions());

    public ParticipationDetailsTests()
    {
        Culture.Dutch();
        Services.AddLocalization();
    }

    private static ParticipationView View(int participants, ParticipationFeedback? feedback = null)
    {
        var record = new ParticipationRecord(
            MemberCode.GooiseMeren, ParticipationKind.Council, new LocalDate(2026, 2, 12), ProgrammePhase.SituationAnalysis, participants, ["12-17", "8-11"],
            [ReachedGroup.Poverty, ReachedGroup.Parse("young-carers")], ["veilig naar school"], "Speelruimteplan 2027", feedback);
        return new(4, record, s_disclosure.DiscloseCount(participants), "Gooise Meren");
    }

    [Fact]
    public void A_record_shows_its_phase_age_groups_groups_reached_topics_decision_and_feedback_and_links_its_municipality()
    {
        var cut = Render<ParticipationDetails>(p => p.Add(c => c.View, View(23, new ParticipationFeedback(new LocalDate(2026, 2, 26), "Brief aan de kinderraad."))));

        Assert.Equal("Kinder- of jongerenraad GM1942", cut.Find("h1").TextContent);
        Assert.Equal(
            ["Situatieanalyse", "25", "8-11, 12-17", "kinderen in armoede, young-carers", "veilig naar school", "Speelruimteplan 2027"],
            cut.FindAll("dd").Select(d => d.TextContent));
        Assert.Equal("/municipalities/GM1942", cut.Find("a").GetAttribute("href"));
        Assert.Contains("Brief aan de kinderraad.", cut.Find("p.feedback").TextContent, StringComparison.Ordinal);
        Assert.Equal(["2026-02-12", "2026-02-26"], cut.FindAll("time").Select(t => t.GetAttribute("datetime")));
    }

    [Fact]
    public void A_small_count_is_not_shown_and_a_record_without_feedback_says_so()
    {
        var cut = Render<ParticipationDetails>(p => p.Add(c => c.View, View(7)));

        Assert.Equal("een kleine groep (niet getoond)", cut.Find("dd.participants").TextContent);
        Assert.DoesNotContain(">7<", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Nog geen terugkoppeling gegeven.", cut.Find("p.empty").TextContent);
    }

    [Fact]
    public void The_member_page_section_lists_each_record_linked_with_its_count_disclosed()
    {
        var cut = Render<MemberParticipation>(p => p.Add(c => c.Records, [View(23, new ParticipationFeedback(new LocalDate(2026, 2, 26), "Brief.")), View(4)]));

        Assert.Equal("Participatie van kinderen", cut.Find("h2").TextContent);
        Assert.Equal(["/participation/4", "/participation/4"], cut.FindAll("ul.participation a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["25 kinderen", "een kleine groep (niet getoond)"], cut.FindAll("span.participants").Select(s => s.TextContent));
        Assert.Single(cut.FindAll("span.badge"));
        Assert.Equal("Nog geen participatie vastgelegd.", Render<MemberParticipation>(p => p.Add(c => c.Records, [])).Find("p.empty").TextContent);
    }
}
