using Cfc.Sdk.Indicators;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Targets;
using NodaTime;

namespace Cfc.Sdk.Tests.Targets;

public sealed class TargetTests
{
    [Fact]
    public void A_lower_is_better_target_is_a_ceiling_and_a_higher_is_better_target_a_floor()
    {
        var poverty = Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2022), 8, 5, new LocalDate(2030, 12, 31));
        Assert.True(poverty.IsMetBy(5));
        Assert.True(poverty.IsMetBy(4.9));
        Assert.False(poverty.IsMetBy(5.1));
        var play = Target.Create(DutchIndicators.PlaySpaceShare, ReportingPeriod.Snapshot(new LocalDate(2022, 12, 31)), 1.8, 3, new LocalDate(2030, 12, 31));
        Assert.True(play.IsMetBy(3.2));
        Assert.False(play.IsMetBy(2.9));
    }

    [Fact]
    public void A_context_indicator_takes_no_target()
    {
        var error = Assert.Throws<ArgumentException>(() => Target.Create(DutchIndicators.YouthCareUse, ReportingPeriod.HalfYear(2023, 1), 10, 8, new LocalDate(2030, 1, 1)));
        Assert.Equal("indicator", error.ParamName);
        Assert.Contains("no better direction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_baseline_must_be_of_the_indicators_period_kind() =>
        Assert.Equal("baselinePeriod", Assert.Throws<ArgumentException>(() =>
            Target.Create(DutchIndicators.HomeSitters, ReportingPeriod.CalendarYear(2022), 40, 20, new LocalDate(2030, 7, 31))).ParamName);

    [Fact]
    public void Target_values_must_fit_the_unit()
    {
        Assert.Equal("value", Assert.Throws<ArgumentException>(() =>
            Target.Create(DutchIndicators.HomeSitters, ReportingPeriod.SchoolYear(2022), 40, 2.5, new LocalDate(2030, 7, 31))).ParamName);
        Assert.Equal("baselineValue", Assert.Throws<ArgumentException>(() =>
            Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2022), 140, 5, new LocalDate(2030, 7, 31))).ParamName);
    }

    [Fact]
    public void The_target_date_must_come_after_the_baseline() =>
        Assert.Equal("date", Assert.Throws<ArgumentException>(() =>
            Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2022), 8, 5, new LocalDate(2022, 12, 31))).ParamName);
}
