using System.Globalization;
using Bunit;
using Cfc.Sample.Host.Pages;
using Cfc.Sample.Host.Pages.Components;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Pages.Tests.Components;

public sealed class PredecessorListTests : BunitContext
{
    private static readonly PredecessorView[] s_gooiseMeren =
    [
        new("GM0381", "Bussum", new LocalDate(2016, 1, 1)),
        new("GM0424", "Muiden", new LocalDate(2016, 1, 1)),
        new("GM0425", "Naarden", new LocalDate(2016, 1, 1)),
    ];

    public PredecessorListTests()
    {
        Culture.Dutch();
        Services.AddLocalization();
    }

    [Fact]
    public void Gooise_meren_lists_bussum_muiden_and_naarden_with_their_codes_and_the_day_they_merged_in_dutch()
    {
        var cut = Render<PredecessorList>(p => p.Add(c => c.Predecessors, s_gooiseMeren));

        Assert.Equal("Voorgangers", cut.Find("h2").TextContent);
        Assert.Equal("predecessors", cut.Find("section").GetAttribute("aria-labelledby"));
        Assert.Equal(["GM0381", "GM0424", "GM0425"], cut.FindAll("li").Select(li => li.GetAttribute("data-code")));
        Assert.Equal("Bussum (GM0381), opgegaan op 1 januari 2016", cut.FindAll("li")[0].TextContent);
        Assert.Equal("2016-01-01", cut.Find("time").GetAttribute("datetime"));
    }

    [Fact]
    public void Weesp_is_listed_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        var cut = Render<PredecessorList>(p => p.Add(c => c.Predecessors, [new PredecessorView("GM0457", "Weesp", new LocalDate(2022, 3, 24))]));

        Assert.Equal("Predecessors", cut.Find("h2").TextContent);
        Assert.Equal("Weesp (GM0457), merged in on 24 March 2022", cut.Find("li").TextContent);
    }
}
