using Cfc.Sdk.Indicators;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Tests.Indicators;

public sealed class IndicatorTests
{
    private static Indicator Create(
        IndicatorUnit unit = IndicatorUnit.Percent,
        GoalArea goalArea = GoalArea.EssentialServices,
        CrcArticle[]? articles = null,
        string name = "Naam",
        PeriodKind periodKind = PeriodKind.CalendarYear) =>
        new(IndicatorId.Parse("test.indicator"), name, "Name", unit, Polarity.LowerIsBetter, periodKind, goalArea, Concern.Poverty,
            articles ?? [CrcArticle.StandardOfLiving]);

    [Fact]
    public void Articles_and_breakdowns_are_kept_sorted_and_distinct()
    {
        var indicator = new Indicator(IndicatorId.Parse("x"), "x", "x", IndicatorUnit.Count, Polarity.LowerIsBetter, PeriodKind.SchoolYear,
            GoalArea.EssentialServices, Concern.SchoolAttendance, [CrcArticle.Education, CrcArticle.ChildrenWithDisability, CrcArticle.Education],
            [DisaggregationDimension.Sex, DisaggregationDimension.AgeBand, DisaggregationDimension.Sex], " ");
        Assert.Equal([23, 28], indicator.Articles.Select(a => a.Number));
        Assert.Equal([DisaggregationDimension.AgeBand, DisaggregationDimension.Sex], indicator.Disaggregations);
        Assert.Null(indicator.Source);
    }

    [Fact]
    public void An_indicator_needs_an_article() =>
        Assert.Equal("articles", Assert.Throws<ArgumentException>(() => Create(articles: [])).ParamName);

    [Fact]
    public void An_indicator_needs_a_defined_goal_area() =>
        Assert.Equal("goalArea", Assert.Throws<ArgumentException>(() => Create(goalArea: (GoalArea)9)).ParamName);

    [Fact]
    public void An_indicator_needs_a_defined_unit_and_period_kind()
    {
        Assert.Equal("unit", Assert.Throws<ArgumentException>(() => Create(unit: default)).ParamName);
        Assert.Equal("periodKind", Assert.Throws<ArgumentException>(() => Create(periodKind: default)).ParamName);
    }

    [Fact]
    public void An_indicator_needs_a_name() =>
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Create(name: " ")).ParamName);

    [Theory]
    [InlineData(IndicatorUnit.Percent, 0, true)]
    [InlineData(IndicatorUnit.Percent, 100, true)]
    [InlineData(IndicatorUnit.Percent, 100.01, false)]
    [InlineData(IndicatorUnit.Percent, -0.1, false)]
    [InlineData(IndicatorUnit.Count, 12, true)]
    [InlineData(IndicatorUnit.Count, 12.5, false)]
    [InlineData(IndicatorUnit.Count, -1, false)]
    [InlineData(IndicatorUnit.Rate, 3.7, true)]
    [InlineData(IndicatorUnit.Rate, -3.7, false)]
    [InlineData(IndicatorUnit.YesNo, 1, true)]
    [InlineData(IndicatorUnit.YesNo, 0, true)]
    [InlineData(IndicatorUnit.YesNo, 0.5, false)]
    [InlineData(IndicatorUnit.Rate, double.NaN, false)]
    [InlineData(IndicatorUnit.Rate, double.PositiveInfinity, false)]
    public void Values_are_checked_against_the_unit(IndicatorUnit unit, double value, bool accepted) =>
        Assert.Equal(accepted, Create(unit: unit).Accepts(value));

    [Fact]
    public void Indicators_are_equal_by_id()
    {
        Assert.Equal(Create(), Create(name: "Andere naam"));
        Assert.NotEqual(Create(), DutchIndicators.LowIncomeMinors);
    }
}
