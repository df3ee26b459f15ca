using Cfc.Sdk.Network;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Tests.Serialization;
using NodaTime;

namespace Cfc.Sdk.Tests.Practices;

public sealed class GoodPracticeJsonTests
{
    private static GoodPractice Sample(IEnumerable<GoalArea> areas, IEnumerable<CrcArticle>? articles) => new(
        MemberId.For(MemberCode.GooiseMeren),
        "Speelplekken samen met kinderen ontworpen",
        areas,
        "De kinderraad koos drie plekken en tekende mee aan het ontwerp.",
        "Planning van de aannemer paste slecht bij schoolvakanties.",
        "Betrek kinderen vanaf de eerste schets, niet pas bij de keuze.",
        new LocalDate(2024, 5, 1),
        articles);

    [Fact]
    public void A_good_practice_round_trips_with_and_without_articles()
    {
        JsonRoundTrip.AssertRoundTrips(Sample([GoalArea.FamilyPlayLeisure, GoalArea.VoiceHeard], [CrcArticle.PlayAndLeisure, CrcArticle.ViewsOfTheChild]));
        JsonRoundTrip.AssertRoundTrips(Sample([GoalArea.SafeCleanEnvironment], null));
    }

    [Fact]
    public void A_good_practice_is_equal_whatever_the_order_of_its_goal_areas_and_articles() =>
        Assert.Equal(
            Sample([GoalArea.FamilyPlayLeisure, GoalArea.VoiceHeard, GoalArea.FamilyPlayLeisure], [CrcArticle.PlayAndLeisure, CrcArticle.ViewsOfTheChild]),
            Sample([GoalArea.VoiceHeard, GoalArea.FamilyPlayLeisure], [CrcArticle.ViewsOfTheChild, CrcArticle.PlayAndLeisure, CrcArticle.ViewsOfTheChild]));

    [Theory]
    [InlineData("""{"member":"GM1942","title":"T","goalAreas":[],"whatWasDone":"w","challenges":"c","lessonsLearned":"l","sharedOn":"2024-05-01"}""", "goal area")]
    [InlineData("""{"member":"GM1942","title":"T","goalAreas":["VoiceHeard"],"whatWasDone":"w","challenges":"c","lessonsLearned":"l"}""", "sharedOn")]
    [InlineData("""{"member":"GM1942","title":"T","goalAreas":["VoiceHeard"],"whatWasDone":" ","challenges":"c","lessonsLearned":"l","sharedOn":"2024-05-01"}""", "whatWasDone")]
    [InlineData("""{"member":"GM1942","title":"T","goalAreas":["VoiceHeard"],"articles":[55],"whatWasDone":"w","challenges":"c","lessonsLearned":"l","sharedOn":"2024-05-01"}""", "1 to 54")]
    [InlineData("""{"member":"","title":"T","goalAreas":["VoiceHeard"],"whatWasDone":"w","challenges":"c","lessonsLearned":"l","sharedOn":"2024-05-01"}""", "MemberId")]
    public void An_invalid_stored_good_practice_is_refused(string json, string named) =>
        Assert.Contains(named, JsonRoundTrip.AssertRefused<GoodPractice>(json).ToString(), StringComparison.Ordinal);

    [Fact]
    public void The_lists_a_good_practice_hands_out_cannot_change_it()
    {
        var practice = Sample([GoalArea.VoiceHeard], [CrcArticle.Health]);

        Assert.Throws<NotSupportedException>(() => ((IList<GoalArea>)practice.GoalAreas)[0] = GoalArea.EssentialServices);
        Assert.Throws<NotSupportedException>(() => ((IList<CrcArticle>)practice.Articles).Clear());
    }
}
