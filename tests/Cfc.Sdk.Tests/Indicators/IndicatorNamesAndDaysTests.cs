using System.Text.Json;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Languages;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Targets;
using NodaTime;

namespace Cfc.Sdk.Tests.Indicators;

/// <summary>An indicator's names per language and the day of the year its snapshots are of.</summary>
public sealed class IndicatorNamesAndDaysTests
{
    private static readonly JsonSerializerOptions s_options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();

    private static readonly LocalizedText s_names = new LocalizedText("de", "Kinder in Kitas").With("en", "Children in day care").With("nl", "Kinderen in de kinderopvang");

    private static Indicator DayCare(AnnualDate? snapshotDay = null, PeriodKind kind = PeriodKind.Snapshot) =>
        new(IndicatorId.Parse("early.day-care"), s_names, IndicatorUnit.Count, Polarity.Context, [kind], GoalArea.EssentialServices,
            Concern.EarlyChildhood, [CrcArticle.FromNumber(18)], snapshotDay: snapshotDay);

    [Fact]
    public void A_dutch_and_an_english_name_become_two_entries_with_dutch_the_default()
    {
        var indicator = new Indicator(IndicatorId.Parse("own.youth-care"), "Jeugdhulp", "Youth care", IndicatorUnit.Rate, Polarity.Context,
            PeriodKind.HalfYear, GoalArea.EssentialServices, Concern.Care, [CrcArticle.Health]);
        Assert.Equal(new LocalizedText("nl", "Jeugdhulp").With("en", "Youth care"), indicator.Names);
        Assert.Equal(("Jeugdhulp", "Youth care", "Youth care", "Jeugdhulp"), (indicator.Name, indicator.EnglishName, indicator.Names.For("en-GB"), indicator.Names.For("de")));
    }

    [Fact]
    public void Names_in_other_languages_are_found_for_a_reader_and_the_name_is_the_default_languages()
    {
        var indicator = DayCare();
        Assert.Equal("Kinder in Kitas", indicator.Name);
        Assert.Equal("Children in day care", indicator.EnglishName);
        Assert.Equal("Kinder in Kitas", indicator.Names.For("de-AT"));
        Assert.Equal("Kinder in Kitas", indicator.Names.For("es"));
    }

    [Fact]
    public void Every_built_in_indicator_is_named_in_dutch_english_german_french_and_spanish_with_dutch_the_default() =>
        Assert.All(DutchIndicators.Catalogue, i =>
        {
            Assert.Equal(["nl", "en", "de", "fr", "es"], i.Names.Languages);
            Assert.Equal(i.Names.For("nl"), i.Name);
            Assert.Equal(5, i.Names.Languages.Select(i.Names.For).Distinct().Count());
        });

    [Fact]
    public void A_catalogue_file_of_release_0_2_reads_with_its_names_and_concerns_and_writes_names_per_language()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Indicators", "Release02", "indicator-catalogue.json");
        var stored = JsonSerializer.Deserialize<IndicatorCatalogue>(File.ReadAllText(path), s_options)!;

        Assert.Equal(DutchIndicators.Catalogue.Select(i => i.Id), stored.Select(i => i.Id));
        Assert.All(stored, i =>
        {
            var builtIn = DutchIndicators.Catalogue[i.Id];
            Assert.Equal((builtIn.Name, builtIn.EnglishName, builtIn.Concern), (i.Name, i.EnglishName, i.Concern));
            Assert.Equal(["nl", "en"], i.Names.Languages);
        });

        var written = JsonSerializer.Serialize(stored, s_options);
        Assert.Contains("\"names\":{\"nl\":\"Jongeren die gepest worden\",\"en\":\"Young people who are bullied\"}", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"name\":", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"snapshotDay\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_a_release_wrote_without_the_sdks_enum_names_reads_its_concern_from_the_number()
    {
        const string json = """{"Id":"own.play","Name":"Speelplekken","EnglishName":"Play areas","Unit":2,"Polarity":1,"PeriodKinds":[1],"GoalArea":5,"Concern":3,"Articles":[31],"Disaggregations":[],"Source":null}""";
        var indicator = JsonSerializer.Deserialize<Indicator>(json)!;
        Assert.Equal(Concern.Play, indicator.Concern);
        Assert.Equal("Play areas", indicator.EnglishName);
    }

    [Fact]
    public void Names_per_language_and_the_snapshot_day_round_trip_through_json()
    {
        var indicator = DayCare(new AnnualDate(3, 1));
        var json = JsonSerializer.Serialize(indicator, s_options);
        Assert.Contains("\"names\":{\"de\":\"Kinder in Kitas\",\"en\":\"Children in day care\",\"nl\":\"Kinderen in de kinderopvang\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"concern\":\"EarlyChildhood\"", json, StringComparison.Ordinal);
        Assert.Contains("\"snapshotDay\":\"03-01\"", json, StringComparison.Ordinal);

        var back = JsonSerializer.Deserialize<Indicator>(json, s_options)!;
        Assert.Equal((indicator.Names, indicator.SnapshotDay, indicator.Concern), (back.Names, back.SnapshotDay, back.Concern));
        Assert.Equal(json, JsonSerializer.Serialize(back, s_options));
    }

    [Theory]
    [InlineData("\"snapshotDay\":\"03-01\"", "\"snapshotDay\":\"1 March\"", "MM-dd")]
    [InlineData("\"snapshotDay\":\"03-01\"", "\"snapshotDay\":\"02-29\"", "29 February")]
    [InlineData("\"periodKinds\":[\"Snapshot\"]", "\"periodKinds\":[\"CalendarYear\"]", "no Snapshot")]
    public void A_stored_snapshot_day_that_does_not_fit_is_a_json_error_that_says_why(string valid, string invalid, string expected)
    {
        var json = JsonSerializer.Serialize(DayCare(new AnnualDate(3, 1)), s_options);
        Assert.Contains(valid, json, StringComparison.Ordinal);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Indicator>(json.Replace(valid, invalid, StringComparison.Ordinal), s_options));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_day_needs_the_snapshot_period_kind_and_a_day_every_year_has()
    {
        var error = Assert.Throws<ArgumentException>(() => DayCare(new AnnualDate(3, 1), PeriodKind.CalendarYear));
        Assert.Equal("snapshotDay", error.ParamName);
        Assert.Contains("no Snapshot among its period kinds", error.Message, StringComparison.Ordinal);
        Assert.Contains("29 February", Assert.Throws<ArgumentException>(() => DayCare(new AnnualDate(2, 29))).Message, StringComparison.Ordinal);
        Assert.Equal("concern", Assert.Throws<ArgumentException>(() => new Indicator(IndicatorId.Parse("x"), s_names, IndicatorUnit.Count, Polarity.Context,
            [PeriodKind.Snapshot], GoalArea.EssentialServices, default, [CrcArticle.Health])).ParamName);
    }

    [Fact]
    public void A_snapshot_of_another_day_is_refused_for_a_figure_and_a_target_baseline_naming_the_day()
    {
        var indicator = DayCare(new AnnualDate(3, 1));
        Assert.True(indicator.Accepts(ReportingPeriod.Snapshot(new LocalDate(2024, 3, 1))));
        Assert.False(indicator.Accepts(ReportingPeriod.Snapshot(new LocalDate(2024, 2, 29))));
        Observation.Create(indicator, MemberCode.DenHaag, ReportingPeriod.Parse("2025-03-01"), 120);

        var error = Assert.Throws<ArgumentException>(() => Observation.Create(indicator, MemberCode.DenHaag, ReportingPeriod.Parse("2025-03-02"), 120));
        Assert.Equal("period", error.ParamName);
        Assert.Contains("measured on 1 March of each year", error.Message, StringComparison.Ordinal);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => Observation.CreateSuppressed(indicator, MemberCode.DenHaag, ReportingPeriod.Parse("2025-12-31"))).ParamName);

        var own = new Indicator(IndicatorId.Parse("own.welfare"), s_names, IndicatorUnit.Percent, Polarity.LowerIsBetter, [PeriodKind.Snapshot],
            GoalArea.EssentialServices, Concern.Poverty, [CrcArticle.StandardOfLiving], snapshotDay: new AnnualDate(12, 31));
        Target.Create(own, ReportingPeriod.Parse("2023-12-31"), 8, 5, new LocalDate(2030, 12, 31));
        Assert.Equal("baselinePeriod", Assert.Throws<ArgumentException>(() => Target.Create(own, ReportingPeriod.Parse("2023-12-30"), 8, 5, new LocalDate(2030, 12, 31))).ParamName);
    }

    [Fact]
    public void Without_a_snapshot_day_a_snapshot_may_be_of_any_day()
    {
        var indicator = DayCare();
        Assert.Null(indicator.SnapshotDay);
        Assert.True(indicator.Accepts(ReportingPeriod.Parse("2025-06-15")));
    }

    [Fact]
    public void The_built_in_population_is_of_1_january_and_welfare_households_of_31_december()
    {
        Assert.Equal(new AnnualDate(1, 1), DutchIndicators.Population.SnapshotDay);
        Assert.Equal(new AnnualDate(12, 31), DutchIndicators.WelfareHouseholds.SnapshotDay);
        Assert.Null(DutchIndicators.PlaySpaceShare.SnapshotDay);
        Assert.All(DutchIndicators.Catalogue.Where(i => !i.PeriodKinds.Contains(PeriodKind.Snapshot)), i => Assert.Null(i.SnapshotDay));
        Assert.Contains("1 January", Assert.Throws<ArgumentException>(() =>
            Observation.Create(DutchIndicators.Population, MemberCode.DenHaag, ReportingPeriod.Parse("2024-06-30"), 550_000)).Message, StringComparison.Ordinal);
    }
}
