using System.Text.Json;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Serialization;
using Cfc.Testing;

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
    public void A_breakdown_by_two_dimensions_at_once_is_refused_at_recording_until_such_tables_can_be_disclosed()
    {
        var crossed = Disaggregation.Create("12-17", "female");
        Assert.False(DutchIndicators.HomeSitters.Rules.Accepts(crossed));
        Assert.True(DutchIndicators.HomeSitters.Rules.Accepts(Disaggregation.Create(sex: "female")));
        Assert.True(DutchIndicators.HomeSitters.Rules.Accepts(Disaggregation.Total));

        var error = Assert.Throws<ArgumentException>(() => Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, s_schoolYear, 4, disaggregation: crossed));
        Assert.Equal("disaggregation", error.ParamName);
        Assert.Contains("'age=12-17;sex=female' is by AgeBand and Sex at once", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Observation.CreateSuppressed(DutchIndicators.HomeSitters, MemberCode.DenHaag, s_schoolYear, disaggregation: crossed));
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

    private static readonly JsonSerializerOptions[] s_options =
        [new JsonSerializerOptions().ConfigureForCfcSdk(), new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk()];

    [Fact]
    public void A_figure_suppressed_at_source_has_no_value()
    {
        var observation = Observation.CreateSuppressed(DutchIndicators.HomeSitters, MemberCode.DenHaag, s_schoolYear, source: "StatLine");
        Assert.True(observation.IsSuppressedAtSource);
        Assert.Null(observation.Value);
        Assert.Equal(ObservationStatus.Final, observation.Status);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => Observation.CreateSuppressed(DutchIndicators.HomeSitters, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2023))).ParamName);
    }

    [Fact]
    public void An_indicator_with_several_period_kinds_takes_figures_of_each()
    {
        var halfYear = Observation.Create(DutchIndicators.YouthCareUse, MemberCode.DenHaag, ReportingPeriod.HalfYear(2023, 2), 11.2);
        var year = Observation.Create(DutchIndicators.YouthCareUse, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2023), 12.9);
        Assert.NotEqual(halfYear.Key, year.Key);
        var error = Assert.Throws<ArgumentException>(() => Observation.Create(DutchIndicators.YouthCareUse, MemberCode.DenHaag, s_schoolYear, 12.9));
        Assert.Contains("CalendarYear or HalfYear", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_observation_keeps_the_rules_it_was_checked_against() =>
        Assert.Equal(DutchIndicators.HomeSitters.Rules, Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, s_schoolYear, 4).Rules);

    [Fact]
    public void A_null_indicator_is_refused()
    {
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => Observation.Create(null!, MemberCode.DenHaag, s_schoolYear, 4)).ParamName);
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => Observation.CreateSuppressed(null!, MemberCode.DenHaag, s_schoolYear)).ParamName);
    }

    [Fact]
    public void Observations_round_trip_through_json()
    {
        Observation[] observations =
        [
            Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, s_schoolYear, 42, ObservationStatus.Provisional, "OCW", Disaggregation.Create(sex: "female")),
            Observation.CreateSuppressed(DutchIndicators.HomeSitters, MemberCode.DenHaag, s_schoolYear, ObservationStatus.Revised),
            Observation.Create(DutchIndicators.LowIncomeMinors, MemberCode.SintEustatius, ReportingPeriod.CalendarYear(2022), 12.25),
            Observation.Create(DutchIndicators.EarlySchoolLeaversCount, MemberCode.GooiseMeren, ReportingPeriod.EducationYear(2023), 17, disaggregation: Disaggregation.Create("18+")),
        ];
        foreach (var options in s_options)
        {
            Assert.All(observations, o => Assert.Equal(o, JsonSerializer.Deserialize<Observation>(JsonSerializer.Serialize(o, options), options)));
        }
    }

    [Fact]
    public void The_stored_form_of_an_observation_is_approved() =>
        Approvals.VerifyJson(Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, s_schoolYear, 42, ObservationStatus.Provisional, "OCW", Disaggregation.Create(sex: "female")));

    [Theory]
    [InlineData("\"value\":42", "\"value\":2.5", "whole number")]
    [InlineData("\"value\":42", "\"value\":-1", "whole number")]
    [InlineData("\"period\":\"2023/2024\"", "\"period\":\"2023\"", "SchoolYear")]
    [InlineData("\"period\":\"2023/2024\"", "\"period\":\"\"", "needs a period")]
    [InlineData("\"disaggregation\":\"sex=female\"", "\"disaggregation\":\"sex=x\"", "sex=x")]
    [InlineData("\"status\":\"Provisional\"", "\"status\":\"Draft\"", "ObservationStatus")]
    [InlineData("\"indicator\":\"school.home-sitters\"", "\"indicator\":\"\"", "indicator id")]
    [InlineData("\"value\":42,", "", "value")]
    public void Json_of_an_invalid_observation_is_a_json_error_checked_against_its_stored_rules(string valid, string invalid, string expected)
    {
        var options = s_options[1];
        var json = JsonSerializer.Serialize(Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, s_schoolYear, 42, ObservationStatus.Provisional, "OCW", Disaggregation.Create(sex: "female")), options);
        Assert.Contains(valid, json, StringComparison.Ordinal);
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Observation>(json.Replace(valid, invalid, StringComparison.Ordinal), options));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_percentage_above_100_is_a_json_error_by_the_rules_stored_with_it()
    {
        var options = s_options[1];
        var json = JsonSerializer.Serialize(Observation.Create(DutchIndicators.LowIncomeMinors, MemberCode.DenHaag, ReportingPeriod.CalendarYear(2023), 12.5), options);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Observation>(json.Replace("12.5", "112.5", StringComparison.Ordinal), options));
        Assert.Contains("from 0 to 100", error.Message, StringComparison.Ordinal);
    }
}
