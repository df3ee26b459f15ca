using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;

namespace Cfc.Sdk.Tests.Observations;

public sealed class ObservationTests
{
    private static readonly ReportingPeriod s_schoolYear = ReportingPeriod.Parse("2023/2024");

    [Fact]
    public void A_valid_observation_keeps_its_key_and_value()
    {
        var observation = Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, s_schoolYear, 42, ObservationStatus.Provisional, "OCW", Disaggregation.Create(sex: "female"));
        Assert.Equal(new ObservationKey(MemberCode.DenHaag, DutchIndicators.HomeSitters.Id, s_schoolYear, Disaggregation.Create(sex: "female")), observation.Key);
        Assert.Equal(42, observation.Value);
        Assert.Equal(ObservationStatus.Provisional, observation.Status);
        Assert.Equal("OCW", observation.Source);
    }

    [Fact]
    public void A_period_of_another_kind_than_the_indicator_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2023), 42));
        Assert.Equal("period", error.ParamName);
        Assert.Contains("SchoolYear", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_period_or_member_is_rejected()
    {
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, default, 42)).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentException>(() => Observation.Create(DutchIndicators.HomeSitters, default, s_schoolYear, 42)).ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-3)]
    [InlineData(2.5)]
    public void A_count_must_be_whole_finite_and_non_negative(double value)
    {
        var error = Assert.Throws<ArgumentException>(() => Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, s_schoolYear, value));
        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void A_percentage_above_100_is_rejected() =>
        Assert.Equal("value", Assert.Throws<ArgumentException>(() =>
            Observation.Create(DutchIndicators.LowIncomeMinors, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2023), 101)).ParamName);

    [Fact]
    public void A_breakdown_the_indicator_does_not_allow_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Observation.Create(DutchIndicators.LowIncomeMinors, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2023), 7.5, disaggregation: Disaggregation.Create(sex: "male")));
        Assert.Equal("disaggregation", error.ParamName);
        Assert.Contains("no breakdown by Sex", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_status_is_rejected() =>
        Assert.Equal("status", Assert.Throws<ArgumentException>(() =>
            Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, s_schoolYear, 4, (ObservationStatus)7)).ParamName);
}
