using Cfc.Sdk.Participation;
using Cfc.Sdk.Recognition;
using NodaTime;

namespace Cfc.Sdk.Tests.Recognition;

public sealed class ReadinessRulesTests
{
    [Fact]
    public void The_Dutch_preset_has_the_inferred_defaults()
    {
        var rules = ReadinessRules.Netherlands;

        Assert.Equal("UNICEF Nederland", rules.NationalCommittee);
        Assert.Equal(3, rules.ResultsGoalAreas);
        Assert.Empty(rules.RequiredGroups);
        Assert.Equal(2, rules.MinimumGroupsReached);
        Assert.Equal(Period.FromMonths(3), rules.FeedbackWithin);
        Assert.Equal(0.2, rules.GapThreshold);
        Assert.True(rules.RecognitionNeedsReadyDossier);
        Assert.Same(ReadinessRules.Netherlands, ReadinessRules.Default);
        Assert.Equal("UNICEF Nederland: results in 3 goal areas, at least 2 groups, feedback within P3M, gaps from 0.2, recognition needs a ready dossier", rules.ToString());
    }

    [Theory]
    [InlineData("Netherlands", "UNICEF Nederland")]
    [InlineData("unitedkingdom", "UNICEF UK")]
    [InlineData("Germany", "Kinderfreundliche Kommunen")]
    [InlineData(" Spain ", "UNICEF Comité Español")]
    public void A_preset_is_found_by_name(string name, string committee) =>
        Assert.Equal(committee, ReadinessRules.Preset(name).NationalCommittee);

    [Fact]
    public void An_unknown_preset_is_refused() =>
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => ReadinessRules.Preset("Atlantis")).ParamName);

    [Theory]
    [InlineData(0, 2, 0.2, "resultsGoalAreas")]
    [InlineData(6, 2, 0.2, "resultsGoalAreas")]
    [InlineData(3, -1, 0.2, "minimumGroupsReached")]
    [InlineData(3, 2, 0, "gapThreshold")]
    [InlineData(3, 2, 1.5, "gapThreshold")]
    [InlineData(3, 2, double.NaN, "gapThreshold")]
    public void Numbers_out_of_range_are_refused(int goalAreas, int groups, double gap, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new ReadinessRules("X", goalAreas, null, groups, null, gap)).ParamName);

    [Fact]
    public void A_feedback_period_with_time_or_negative_parts_and_a_blank_committee_are_refused()
    {
        Assert.Equal("feedbackWithin", Assert.Throws<ArgumentException>(() => new ReadinessRules("X", feedbackWithin: Period.FromHours(5))).ParamName);
        Assert.Equal("feedbackWithin", Assert.Throws<ArgumentException>(() => new ReadinessRules("X", feedbackWithin: Period.FromDays(-1))).ParamName);
        Assert.Throws<ArgumentException>(() => new ReadinessRules(" "));
        Assert.Equal("requiredGroups", Assert.Throws<ArgumentOutOfRangeException>(() => new ReadinessRules("X", requiredGroups: [default])).ParamName);
    }

    [Fact]
    public void Required_groups_are_kept_once_and_rules_with_equal_values_are_equal()
    {
        var a = new ReadinessRules("X", requiredGroups: [ReachedGroup.InCare, ReachedGroup.InCare, ReachedGroup.Poverty]);
        var b = new ReadinessRules("X", requiredGroups: [ReachedGroup.InCare, ReachedGroup.Poverty]);

        Assert.Equal<ReachedGroup>([ReachedGroup.InCare, ReachedGroup.Poverty], a.RequiredGroups);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != new ReadinessRules("X", recognitionNeedsReadyDossier: false));
    }
}
