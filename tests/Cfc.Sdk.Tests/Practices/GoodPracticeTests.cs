using Cfc.Sdk.Network;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sdk.Tests.Practices;

public sealed class GoodPracticeTests
{
    private static readonly MemberId GooiseMeren = MemberId.For(MemberCode.GooiseMeren);

    private static GoodPractice Sample(IEnumerable<GoalArea>? areas = null) => new(
        GooiseMeren,
        "Speelplekken samen met kinderen ontworpen",
        areas ?? [GoalArea.FamilyPlayLeisure, GoalArea.VoiceHeard, GoalArea.FamilyPlayLeisure],
        "De kinderraad koos drie plekken en tekende mee aan het ontwerp.",
        "Planning van de aannemer paste slecht bij schoolvakanties.",
        "Betrek kinderen vanaf de eerste schets, niet pas bij de keuze.",
        new LocalDate(2024, 5, 1),
        [CrcArticle.PlayAndLeisure, CrcArticle.ViewsOfTheChild]);

    [Fact]
    public void A_good_practice_holds_what_was_done_the_challenges_and_the_lessons()
    {
        var practice = Sample();

        Assert.Equal(GooiseMeren, practice.Member);
        Assert.Equal([GoalArea.VoiceHeard, GoalArea.FamilyPlayLeisure], practice.GoalAreas);
        Assert.Equal([12, 31], practice.Articles.Select(a => a.Number));
        Assert.StartsWith("De kinderraad", practice.WhatWasDone, StringComparison.Ordinal);
        Assert.StartsWith("Planning", practice.Challenges, StringComparison.Ordinal);
        Assert.StartsWith("Betrek", practice.LessonsLearned, StringComparison.Ordinal);
        Assert.Equal("GM1942 2024-05-01: Speelplekken samen met kinderen ontworpen", practice.ToString());
    }

    [Fact]
    public void A_good_practice_needs_a_goal_area()
    {
        Assert.Equal("goalAreas", Assert.Throws<ArgumentException>(() => Sample([])).ParamName);
        Assert.Equal("goalAreas", Assert.Throws<ArgumentOutOfRangeException>(() => Sample([(GoalArea)0])).ParamName);
    }

    [Fact]
    public void Bad_practice_input_is_rejected()
    {
        var on = new LocalDate(2024, 5, 1);
        GoalArea[] areas = [GoalArea.VoiceHeard];

        Assert.Equal("member", Assert.Throws<ArgumentException>(() => new GoodPractice(default, "t", areas, "w", "c", "l", on)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new GoodPractice(GooiseMeren, " ", areas, "w", "c", "l", on)).ParamName);
        Assert.Equal("whatWasDone", Assert.Throws<ArgumentNullException>(() => new GoodPractice(GooiseMeren, "t", areas, null!, "c", "l", on)).ParamName);
        Assert.Equal("challenges", Assert.Throws<ArgumentException>(() => new GoodPractice(GooiseMeren, "t", areas, "w", "", "l", on)).ParamName);
        Assert.Equal("lessonsLearned", Assert.Throws<ArgumentException>(() => new GoodPractice(GooiseMeren, "t", areas, "w", "c", new string('x', GoodPractice.MaxTextLength + 1), on)).ParamName);
        Assert.Equal("goalAreas", Assert.Throws<ArgumentNullException>(() => new GoodPractice(GooiseMeren, "t", null!, "w", "c", "l", on)).ParamName);
        Assert.Equal("articles", Assert.Throws<ArgumentException>(() => new GoodPractice(GooiseMeren, "t", areas, "w", "c", "l", on, [default])).ParamName);
    }

    [Fact]
    public void Practices_with_the_same_values_are_equal()
    {
        Assert.Equal(Sample(), Sample());
        Assert.True(Sample() == Sample());
        Assert.Equal(Sample().GetHashCode(), Sample().GetHashCode());
        Assert.True(Sample() != Sample([GoalArea.VoiceHeard]));
    }

    [Fact]
    public void A_correction_replaces_every_field_and_keeps_the_member()
    {
        var corrected = new GoodPractice(GooiseMeren, "Speelplekken met de kinderraad", [GoalArea.VoiceHeard], "Drie plekken.", "De aannemer.", "Vroeg beginnen.", new LocalDate(2024, 5, 2));

        var practice = Sample().Correct(corrected);

        Assert.Equal(corrected, practice);
        Assert.Equal(GooiseMeren, practice.Member);
        Assert.Empty(practice.Articles);
    }

    [Fact]
    public void A_correction_naming_another_member_is_refused()
    {
        var other = new GoodPractice(MemberId.For(MemberCode.DenHaag), "T", [GoalArea.VoiceHeard], "W", "C", "L", new LocalDate(2024, 5, 2));

        var refused = Assert.Throws<ArgumentException>(() => Sample().Correct(other));

        Assert.Equal("corrected", refused.ParamName);
        Assert.Contains("GM1942", refused.Message, StringComparison.Ordinal);
    }
}
