using System.Text.Json;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using Cfc.Testing;

namespace Cfc.Sdk.Tests.Indicators;

public sealed class DutchIndicatorsTests
{
    [Fact]
    public void The_catalogue_holds_at_least_the_fifteen_indicators_of_the_domain() =>
        Assert.True(DutchIndicators.Catalogue.Count >= 15);

    [Fact]
    public void The_catalogue_covers_the_six_concerns_of_the_dutch_network() =>
        Assert.Equal(Concern.BuiltIn.Except([Concern.EarlyChildhood]), DutchIndicators.Catalogue.Select(i => i.Concern).Distinct().Order());

    [Fact]
    public void The_catalogue_uses_every_kind_of_period() =>
        Assert.Equal(Enum.GetValues<PeriodKind>(), DutchIndicators.Catalogue.SelectMany(i => i.PeriodKinds).Distinct().Order());

    [Fact]
    public void School_figures_are_per_school_year_or_education_year_and_relate_to_article_28() =>
        Assert.All(DutchIndicators.Catalogue.Where(i => i.Concern == Concern.SchoolAttendance), i =>
        {
            Assert.Contains(Assert.Single(i.PeriodKinds), new[] { PeriodKind.SchoolYear, PeriodKind.EducationYear });
            Assert.Contains(CrcArticle.Education, i.Articles);
        });

    [Fact]
    public void Early_school_leavers_are_counted_per_education_year_from_october_as_a_share_and_a_count()
    {
        Assert.Equal([PeriodKind.EducationYear], DutchIndicators.EarlySchoolLeavers.PeriodKinds);
        Assert.Equal(IndicatorUnit.Percent, DutchIndicators.EarlySchoolLeavers.Unit);
        Assert.Equal([PeriodKind.EducationYear], DutchIndicators.EarlySchoolLeaversCount.PeriodKinds);
        Assert.Equal(IndicatorUnit.Count, DutchIndicators.EarlySchoolLeaversCount.Unit);
        Assert.True(DutchIndicators.EarlySchoolLeaversCount.Accepts(ReportingPeriod.Parse("2023-10/2024-09")));
        Assert.False(DutchIndicators.EarlySchoolLeaversCount.Accepts(ReportingPeriod.Parse("2023/2024")));
    }

    [Fact]
    public void Youth_care_use_is_reported_per_half_year_and_per_year()
    {
        Assert.Equal([PeriodKind.CalendarYear, PeriodKind.HalfYear], DutchIndicators.YouthCareUse.PeriodKinds);
        Assert.True(DutchIndicators.YouthCareUse.Accepts(ReportingPeriod.Parse("2023-H2")));
        Assert.True(DutchIndicators.YouthCareUse.Accepts(ReportingPeriod.Parse("2023")));
        Assert.False(DutchIndicators.YouthCareUse.Accepts(ReportingPeriod.Parse("2023/2024")));
    }

    [Fact]
    public void The_catalogues_lists_cannot_be_changed_through_a_cast()
    {
        Assert.All(DutchIndicators.Catalogue, i =>
        {
            Assert.False(i.Articles is CrcArticle[] or List<CrcArticle>);
            Assert.False(i.Disaggregations is DisaggregationDimension[] or List<DisaggregationDimension>);
            Assert.False(i.PeriodKinds is PeriodKind[] or List<PeriodKind>);
            Assert.True(i.Articles is not ICollection<CrcArticle> articles || articles.IsReadOnly);
            Assert.True(i.PeriodKinds is not ICollection<PeriodKind> kinds || kinds.IsReadOnly);
        });
    }

    [Fact]
    public void The_catalogue_round_trips_through_json_with_every_property()
    {
        foreach (var options in new[] { new JsonSerializerOptions().ConfigureForCfcSdk(), new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk() })
        {
            var json = JsonSerializer.Serialize(DutchIndicators.Catalogue, options);
            var back = JsonSerializer.Deserialize<IndicatorCatalogue>(json, options)!;
            Assert.Equal(DutchIndicators.Catalogue, back);
            Assert.Equal(json, JsonSerializer.Serialize(back, options));
            Assert.All(DutchIndicators.Catalogue.Zip(back), pair => Assert.Equal(pair.First.Rules, pair.Second.Rules));
        }
    }

    [Fact]
    public void A_catalogue_in_json_that_defines_an_id_twice_is_a_json_error()
    {
        var options = new JsonSerializerOptions().ConfigureForCfcSdk();
        var one = JsonSerializer.Serialize(DutchIndicators.HomeSitters, options);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IndicatorCatalogue>($"[{one},{one}]", options));
        Assert.Contains("defined twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_find_indicators_by_id()
    {
        var id = IndicatorId.Parse("poverty.low-income-minors");
        Assert.Same(DutchIndicators.LowIncomeMinors, DutchIndicators.Catalogue[id]);
        Assert.True(DutchIndicators.Catalogue.Contains(id));
        Assert.False(DutchIndicators.Catalogue.TryGet(IndicatorId.Parse("unknown"), out _));
        var error = Assert.Throws<KeyNotFoundException>(() => DutchIndicators.Catalogue[IndicatorId.Parse("unknown")]);
        Assert.Contains("'unknown'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogues_combine_but_never_define_an_id_twice()
    {
        var own = new IndicatorCatalogue([new Indicator(IndicatorId.Parse("own.sport-club-members"), "Jeugdleden sportclubs", "Youth members of sports clubs",
            IndicatorUnit.Percent, Polarity.HigherIsBetter, PeriodKind.CalendarYear, GoalArea.FamilyPlayLeisure, Concern.Play, [CrcArticle.PlayAndLeisure])]);
        Assert.Equal(DutchIndicators.Catalogue.Count + 1, DutchIndicators.Catalogue.Combine(own).Count);
        var error = Assert.Throws<ArgumentException>(() => DutchIndicators.Catalogue.Combine(DutchIndicators.Catalogue));
        Assert.Contains("defined twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_as_json_is_approved() =>
        Approvals.VerifyJson(DutchIndicators.Catalogue);
}
