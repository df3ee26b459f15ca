using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Tests.Programmes;

public sealed class ProgrammeRulesTests
{
    [Fact]
    public void The_netherlands_is_the_default_with_three_to_five_years_and_three_years_validity()
    {
        var rules = ProgrammeRules.Default;

        Assert.Same(ProgrammeRules.Netherlands, rules);
        Assert.Equal("UNICEF Nederland", rules.NationalCommittee);
        Assert.Equal(Period.FromYears(3), rules.MinimumToRecognition);
        Assert.Equal(Period.FromYears(5), rules.MaximumDuration);
        Assert.Equal(Period.FromYears(3), rules.RecognitionValidity);
        Assert.Equal<MinimumCriterion>(ProgrammeRules.AllCriteria, rules.RequiredCriteria);
        Assert.True(rules.ApplicationMayBeSkipped);
        Assert.Equal<ProgrammeStep>(ProgrammeRules.CommonSteps, rules.Steps);
        Assert.Equal(
            "UNICEF Nederland: Applied → Agreement → SituationAnalysis → ActionPlan → Implementation → Evaluation → Recognised; recognition from P3Y after agreement, first cycle within P5Y, valid P3Y",
            rules.ToString());
    }

    [Fact]
    public void The_united_kingdom_recognises_after_three_years_for_three_years()
    {
        Assert.Equal(Period.FromYears(3), ProgrammeRules.UnitedKingdom.MinimumToRecognition);
        Assert.Equal(Period.FromYears(3), ProgrammeRules.UnitedKingdom.RecognitionValidity);
    }

    [Fact]
    public void Spain_recognises_for_four_years_and_starts_with_an_application()
    {
        Assert.Equal(Period.FromYears(4), ProgrammeRules.Spain.RecognitionValidity);
        Assert.False(ProgrammeRules.Spain.ApplicationMayBeSkipped);
    }

    [Theory]
    [InlineData(1, "P4Y")]
    [InlineData(49_999, "P4Y")]
    [InlineData(50_000, "P4Y6M")]
    [InlineData(149_999, "P4Y6M")]
    [InlineData(150_000, "P5Y")]
    [InlineData(600_000, "P5Y")]
    public void Germany_sets_the_programme_length_by_population_band(int population, string maximum)
    {
        var rules = ProgrammeRules.Germany(population);

        Assert.Equal(maximum, rules.MaximumDuration.ToString());
        Assert.Equal(Period.FromYears(3), rules.RecognitionValidity);
        Assert.False(rules.ApplicationMayBeSkipped);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Germany_needs_a_positive_population(int population) =>
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeRules.Germany(population)).ParamName);

    [Fact]
    public void Rules_without_a_national_committee_are_rejected()
    {
        Assert.Equal("nationalCommittee", Assert.Throws<ArgumentException>(() => new ProgrammeRules(" ", Period.Zero, Period.FromYears(1), Period.FromYears(1))).ParamName);
        Assert.Equal("nationalCommittee", Assert.Throws<ArgumentNullException>(() => new ProgrammeRules(null!, Period.Zero, Period.FromYears(1), Period.FromYears(1))).ParamName);
    }

    [Fact]
    public void A_negative_period_is_rejected() =>
        Assert.Equal("minimumToRecognition", Assert.Throws<ArgumentException>(() => new ProgrammeRules("X", Period.FromYears(-1), Period.FromYears(1), Period.FromYears(1))).ParamName);

    [Fact]
    public void A_period_with_a_time_component_is_rejected() =>
        Assert.Equal("recognitionValidity", Assert.Throws<ArgumentException>(() => new ProgrammeRules("X", Period.Zero, Period.FromYears(1), Period.FromHours(1))).ParamName);

    [Fact]
    public void A_zero_maximum_or_validity_is_rejected()
    {
        Assert.Equal("maximumDuration", Assert.Throws<ArgumentException>(() => new ProgrammeRules("X", Period.Zero, Period.Zero, Period.FromYears(1))).ParamName);
        Assert.Equal("recognitionValidity", Assert.Throws<ArgumentException>(() => new ProgrammeRules("X", Period.Zero, Period.FromYears(1), Period.Zero)).ParamName);
    }

    [Fact]
    public void A_maximum_shorter_than_the_minimum_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProgrammeRules("X", Period.FromYears(3), Period.FromMonths(30), Period.FromYears(1)));

        Assert.Equal("maximumDuration", error.ParamName);
        Assert.StartsWith("The maximum duration (P30M) is shorter than the minimum time to recognition (P3Y).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_renewal_window_is_six_months_by_default_and_no_longer_than_the_validity()
    {
        Assert.Equal(Period.FromMonths(6), ProgrammeRules.Netherlands.RenewalWindow);
        Assert.Equal(Period.Zero, new ProgrammeRules("X", Period.Zero, Period.FromYears(1), Period.FromYears(1), renewalWindow: Period.Zero).RenewalWindow);
        Assert.Equal("renewalWindow", Assert.Throws<ArgumentException>(() => new ProgrammeRules("X", Period.Zero, Period.FromYears(1), Period.FromYears(1), renewalWindow: Period.FromMonths(13))).ParamName);
        Assert.Equal("renewalWindow", Assert.Throws<ArgumentException>(() => new ProgrammeRules("X", Period.Zero, Period.FromYears(1), Period.FromYears(1), renewalWindow: Period.FromDays(-1))).ParamName);
    }

    [Fact]
    public void A_null_period_is_rejected() =>
        Assert.Equal("maximumDuration", Assert.Throws<ArgumentNullException>(() => new ProgrammeRules("X", Period.Zero, null!, Period.FromYears(1))).ParamName);

    [Fact]
    public void An_undefined_required_criterion_is_rejected() =>
        Assert.Equal("requiredCriteria", Assert.Throws<ArgumentOutOfRangeException>(() => new ProgrammeRules("X", Period.Zero, Period.FromYears(1), Period.FromYears(1), [(MinimumCriterion)7])).ParamName);

    [Fact]
    public void Required_criteria_are_kept_once_in_order()
    {
        var rules = new ProgrammeRules("X", Period.Zero, Period.FromYears(1), Period.FromYears(1), [MinimumCriterion.NonDiscrimination, MinimumCriterion.Results, MinimumCriterion.Results]);

        Assert.Equal<MinimumCriterion>([MinimumCriterion.Results, MinimumCriterion.NonDiscrimination], rules.RequiredCriteria);
    }

    [Fact]
    public void Rules_with_the_same_values_are_equal()
    {
        Assert.Equal(ProgrammeRules.Germany(10), ProgrammeRules.Germany(20));
        Assert.True(ProgrammeRules.Germany(10) == ProgrammeRules.Germany(20));
        Assert.Equal(ProgrammeRules.Germany(10).GetHashCode(), ProgrammeRules.Germany(20).GetHashCode());
        Assert.True(ProgrammeRules.Germany(10) != ProgrammeRules.Germany(200_000));
        Assert.NotEqual(ProgrammeRules.Netherlands, ProgrammeRules.UnitedKingdom);
    }
}
