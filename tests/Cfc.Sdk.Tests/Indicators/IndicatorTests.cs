using System.Globalization;
using System.Text.Json;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;

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
        Assert.Equal("periodKinds", Assert.Throws<ArgumentException>(() => Create(periodKind: default)).ParamName);
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

    private static readonly JsonSerializerOptions[] s_options =
        [new JsonSerializerOptions().ConfigureForCfcSdk(), new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk()];

    [Fact]
    public void An_indicator_may_accept_several_kinds_of_period_kept_sorted_and_distinct()
    {
        var indicator = new Indicator(IndicatorId.Parse("x"), "x", "x", IndicatorUnit.Percent, Polarity.Context,
            [PeriodKind.HalfYear, PeriodKind.CalendarYear, PeriodKind.HalfYear], GoalArea.EssentialServices, Concern.Care, [CrcArticle.Health]);
        Assert.Equal([PeriodKind.CalendarYear, PeriodKind.HalfYear], indicator.PeriodKinds);
        Assert.Equal("periodKinds", Assert.Throws<ArgumentException>(() => new Indicator(IndicatorId.Parse("x"), "x", "x", IndicatorUnit.Percent, Polarity.Context,
            Array.Empty<PeriodKind>(), GoalArea.EssentialServices, Concern.Care, [CrcArticle.Health])).ParamName);
    }

    [Fact]
    public void Null_arguments_are_refused_with_their_name()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Create(name: null!)).ParamName);
        Assert.Equal("articles", Assert.Throws<ArgumentNullException>(() => new Indicator(IndicatorId.Parse("x"), "x", "x", IndicatorUnit.Percent, Polarity.Context,
            PeriodKind.CalendarYear, GoalArea.EssentialServices, Concern.Care, null!)).ParamName);
        Assert.Equal("periodKinds", Assert.Throws<ArgumentNullException>(() => new Indicator(IndicatorId.Parse("x"), "x", "x", IndicatorUnit.Percent, Polarity.Context,
            (IEnumerable<PeriodKind>)null!, GoalArea.EssentialServices, Concern.Care, [CrcArticle.Health])).ParamName);
    }

    [Fact]
    public void An_indicator_round_trips_through_json_with_every_property()
    {
        var indicator = new Indicator(IndicatorId.Parse("own.youth-care"), "Jeugdhulp", "Youth care", IndicatorUnit.Rate, Polarity.Context,
            [PeriodKind.HalfYear, PeriodKind.CalendarYear], GoalArea.EssentialServices, Concern.Care, [CrcArticle.Health, CrcArticle.Recovery], [DisaggregationDimension.Sex], "CBS");
        foreach (var options in s_options)
        {
            var json = JsonSerializer.Serialize(indicator, options);
            var back = JsonSerializer.Deserialize<Indicator>(json, options)!;
            Assert.Equal(indicator, back);
            Assert.Equal((indicator.Name, indicator.EnglishName, indicator.Unit, indicator.Polarity, indicator.GoalArea, indicator.Concern, indicator.Source),
                (back.Name, back.EnglishName, back.Unit, back.Polarity, back.GoalArea, back.Concern, back.Source));
            Assert.Equal(indicator.PeriodKinds, back.PeriodKinds);
            Assert.Equal(indicator.Articles, back.Articles);
            Assert.Equal(indicator.Disaggregations, back.Disaggregations);
            Assert.Equal(json, JsonSerializer.Serialize(back, options));
        }
    }

    [Theory]
    [InlineData("\"periodKinds\":[\"HalfYear\"]", "\"periodKinds\":[]", "period")]
    [InlineData("\"articles\":[24]", "\"articles\":[]", "CRC article")]
    [InlineData("\"unit\":\"Rate\",", "", "Unit")]
    [InlineData("\"nl\":\"Jeugdhulp\",", "\"nl\":\" \",", "blank")]
    [InlineData("\"nl\":\"Jeugdhulp\",", "\"nl-\":\"Jeugdhulp\",", "language tag")]
    [InlineData("\"names\":{", "\"name\":\"Jeugdhulp\",\"names\":{", "not both")]
    public void Json_of_an_invalid_indicator_is_a_json_error(string valid, string invalid, string expected)
    {
        var options = s_options[1];
        var json = JsonSerializer.Serialize(new Indicator(IndicatorId.Parse("own.youth-care"), "Jeugdhulp", "Youth care", IndicatorUnit.Rate, Polarity.Context,
            PeriodKind.HalfYear, GoalArea.EssentialServices, Concern.Care, [CrcArticle.Health]), options);
        Assert.Contains(valid, json, StringComparison.Ordinal);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Indicator>(json.Replace(valid, invalid, StringComparison.Ordinal), options));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_about_values_use_invariant_numbers_under_any_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var error = Assert.Throws<ArgumentException>(() => Cfc.Sdk.Observations.Observation.Create(DutchIndicators.HomeSitters, Cfc.Sdk.Network.MemberCode.DenHaag, ReportingPeriod.SchoolYear(2023), 2.5));
            Assert.Contains("not 2.5", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Rules_are_equal_whatever_the_order_they_were_given_in()
    {
        var a = new IndicatorRules(IndicatorUnit.Count, [PeriodKind.HalfYear, PeriodKind.CalendarYear], [DisaggregationDimension.Sex, DisaggregationDimension.AgeBand]);
        var b = new IndicatorRules(IndicatorUnit.Count, [PeriodKind.CalendarYear, PeriodKind.HalfYear], [DisaggregationDimension.AgeBand, DisaggregationDimension.Sex]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new IndicatorRules(IndicatorUnit.Percent, [PeriodKind.CalendarYear, PeriodKind.HalfYear], [DisaggregationDimension.AgeBand, DisaggregationDimension.Sex]));
        Assert.Equal("Count per CalendarYear or HalfYear by AgeBand, Sex", a.ToString());
        foreach (var options in s_options)
        {
            Assert.Equal(a, JsonSerializer.Deserialize<IndicatorRules>(JsonSerializer.Serialize(a, options), options));
        }
    }

    [Fact]
    public void Indicators_are_equal_by_id()
    {
        Assert.Equal(Create(), Create(name: "Andere naam"));
        Assert.NotEqual(Create(), DutchIndicators.LowIncomeMinors);
    }
}
