using Cfc.Sdk.Indicators;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;
using Cfc.Testing;

namespace Cfc.Sdk.Tests.Indicators;

public sealed class DutchIndicatorsTests
{
    [Fact]
    public void The_catalogue_holds_at_least_the_fifteen_indicators_of_the_domain() =>
        Assert.True(DutchIndicators.Catalogue.Count >= 15);

    [Fact]
    public void The_catalogue_covers_every_concern_of_the_network() =>
        Assert.Equal(Enum.GetValues<Concern>(), DutchIndicators.Catalogue.Select(i => i.Concern).Distinct().Order());

    [Fact]
    public void The_catalogue_uses_every_kind_of_period() =>
        Assert.Equal(Enum.GetValues<PeriodKind>(), DutchIndicators.Catalogue.Select(i => i.PeriodKind).Distinct().Order());

    [Fact]
    public void School_figures_are_per_school_year_and_relate_to_article_28() =>
        Assert.All(DutchIndicators.Catalogue.Where(i => i.Concern == Concern.SchoolAttendance), i =>
        {
            Assert.Equal(PeriodKind.SchoolYear, i.PeriodKind);
            Assert.Contains(CrcArticle.Education, i.Articles);
        });

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
