using Bunit;
using Cfc.Sample.Host.Pages.Components;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Network;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Pages.Tests.Components;

public sealed class BottleneckDetailsTests : BunitContext
{
    private static readonly Bottleneck s_escalated =
        new Bottleneck(MemberId.For(MemberCode.DenHaag), "Wachtlijst jeugdzorg", "Kinderen wachten maanden.", new LocalDate(2025, 2, 3))
            .EscalateTo(EscalationLevel.Regional, new LocalDate(2025, 4, 1), "Regio Haaglanden");

    public BottleneckDetailsTests()
    {
        Culture.Dutch();
        Services.AddLocalization();
    }

    [Fact]
    public void An_open_bottleneck_shows_each_level_with_its_date_and_note_and_no_outcome()
    {
        var cut = Render<BottleneckDetails>(p => p.Add(c => c.Bottleneck, s_escalated).Add(c => c.MemberName, "'s-Gravenhage"));

        Assert.Equal("Open", cut.Find(".status").TextContent);
        Assert.Equal(["2025-02-03", "2025-04-01"], cut.FindAll("tbody time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal(["Lokaal", "Regionaal"], cut.FindAll("tbody th").Select(t => t.TextContent));
        Assert.Equal("Regio Haaglanden", cut.FindAll("tbody tr")[1].Children[2].TextContent);
        Assert.Equal("/municipalities/GM0518", cut.Find("a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("section.resolution"));
    }

    [Fact]
    public void A_resolved_bottleneck_shows_its_outcome_and_the_date_it_was_resolved()
    {
        var resolved = s_escalated.Resolve(new LocalDate(2025, 11, 3), "Extra plaatsen ingekocht.");

        var cut = Render<BottleneckDetails>(p => p.Add(c => c.Bottleneck, resolved).Add(c => c.MemberName, "'s-Gravenhage"));

        Assert.Equal("Opgelost", cut.Find(".status").TextContent);
        Assert.Equal("2025-11-03", cut.Find("section.resolution time").GetAttribute("datetime"));
        Assert.Equal("Extra plaatsen ingekocht.", cut.Find("section.resolution p.text").TextContent);
    }
}
