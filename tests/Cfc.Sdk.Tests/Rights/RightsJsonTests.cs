using System.Text.Json;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Tests.Serialization;

namespace Cfc.Sdk.Tests.Rights;

public sealed class RightsJsonTests
{
    [Fact]
    public void Every_crc_article_round_trips_as_its_number()
    {
        foreach (var article in CrcArticle.All)
        {
            Assert.Equal(article.ToString(), JsonRoundTrip.AssertRoundTrips(article));
        }
    }

    [Theory]
    [InlineData("55")]
    [InlineData("-1")]
    [InlineData("\"27\"")]
    [InlineData("2.5")]
    public void A_stored_article_outside_the_convention_is_refused(string json) =>
        Assert.Contains("1 to 54", JsonRoundTrip.AssertRefused<CrcArticle>(json).Message, StringComparison.Ordinal);

    [Fact]
    public void The_default_article_formats_as_empty_text_and_json_reads_it_back()
    {
        Assert.Equal(string.Empty, default(CrcArticle).ToString());
        Assert.Equal(string.Empty, $"{default(CrcArticle)}");
        Assert.False(CrcArticle.TryParse(default(CrcArticle).ToString(), out _));
        Assert.Equal("0", JsonRoundTrip.AssertRoundTrips(default(CrcArticle)));
    }

    [Fact]
    public void Articles_work_as_dictionary_keys()
    {
        var value = new Dictionary<CrcArticle, string> { [CrcArticle.StandardOfLiving] = "armoede", [CrcArticle.PlayAndLeisure] = "spelen" };

        var json = JsonSerializer.Serialize(value, JsonRoundTrip.Web);
        var back = JsonSerializer.Deserialize<Dictionary<CrcArticle, string>>(json, JsonRoundTrip.Web)!;

        Assert.Equal("{\"27\":\"armoede\",\"31\":\"spelen\"}", json);
        Assert.Equal(value, back);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<CrcArticle, string>>("{\"60\":\"x\"}", JsonRoundTrip.Web));
    }

    [Fact]
    public void Every_goal_area_round_trips_by_name()
    {
        foreach (var area in GoalAreas.All)
        {
            Assert.Equal($"\"{area}\"", JsonRoundTrip.AssertRoundTrips(area));
        }

        Assert.Equal(GoalAreas.All, JsonSerializer.Deserialize<Dictionary<GoalArea, int>>("{\"VoiceHeard\":1,\"ValuedRespectedTreatedFairly\":2,\"EssentialServices\":3,\"SafeCleanEnvironment\":4,\"FamilyPlayLeisure\":5}", JsonRoundTrip.Web)!.Keys.Order());
    }

    [Fact]
    public void A_goal_area_stored_as_a_number_is_refused() =>
        JsonRoundTrip.AssertRefused<GoalArea>("2");

    [Fact]
    public void The_catalogues_cannot_be_changed_through_their_interfaces()
    {
        Assert.Throws<NotSupportedException>(() => ((IList<CrcArticle>)CrcArticle.All)[0] = CrcArticle.Health);
        Assert.Throws<NotSupportedException>(() => ((IList<CrcArticle>)CrcArticle.GeneralPrinciples)[0] = CrcArticle.Health);
        Assert.Throws<NotSupportedException>(() => ((IList<GoalArea>)GoalAreas.All)[0] = GoalArea.VoiceHeard);
        Assert.Equal(1, CrcArticle.All[0].Number);
    }
}
