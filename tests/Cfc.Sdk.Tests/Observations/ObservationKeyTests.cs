using System.Globalization;
using System.Text.Json;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Tests.Observations;

public sealed class ObservationKeyTests
{
    private static readonly JsonSerializerOptions[] s_options =
        [new JsonSerializerOptions().ConfigureForCfcSdk(), new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk()];

    [Fact]
    public void A_key_and_the_disclosure_settings_round_trip_through_json()
    {
        var key = new ObservationKey(MemberCode.DenHaag, DutchIndicators.HomeSitters.Id, ReportingPeriod.EducationYear(2023), Disaggregation.Create("12-17", "female"));
        foreach (var options in s_options)
        {
            Assert.Equal(key, JsonSerializer.Deserialize<ObservationKey>(JsonSerializer.Serialize(key, options), options));
            var settings = JsonSerializer.Deserialize<DisclosureOptions>(JsonSerializer.Serialize(new DisclosureOptions { SuppressBelow = 20, RoundTo = 10 }, options), options)!;
            Assert.Equal((20, 10), (settings.SuppressBelow, settings.RoundTo));
        }
    }

    [Fact]
    public void Keys_report_points_and_data_points_format_as_invariant_text_under_a_dutch_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var year = ReportingPeriod.SchoolYear(2023);
            Assert.Equal("school.home-sitters GM0518 2023/2024 sex=female", new ObservationKey(MemberCode.DenHaag, DutchIndicators.HomeSitters.Id, year, Disaggregation.Create(sex: "female")).ToString());
            Assert.Equal("school.home-sitters GM0518 2023/2024", new ObservationKey(MemberCode.DenHaag, DutchIndicators.HomeSitters.Id, year, default).ToString());
            Assert.Equal("2023/2024: 12.5 (Final)", new Cfc.Sdk.Reports.ReportPoint(year, DisclosedValue.Shown(12.5), ObservationStatus.Final).ToString());
            Assert.Equal("2023/2024: . (Provisional)", new Cfc.Sdk.Reports.ReportPoint(year, DisclosedValue.Suppressed, ObservationStatus.Provisional).ToString());
            Assert.Equal("2021-07-31: 64.5", new Cfc.Sdk.Targets.DataPoint(new NodaTime.LocalDate(2021, 7, 31), 64.5).ToString());
            Assert.Equal(": . (0)", default(Cfc.Sdk.Reports.ReportPoint).ToString());
            Assert.Equal("", default(ObservationKey).ToString().Trim());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_report_point_needs_a_period_and_a_defined_status_and_a_data_point_a_finite_value()
    {
        var year = ReportingPeriod.SchoolYear(2023);
        Assert.Equal("Period", Assert.Throws<ArgumentException>(() => new Cfc.Sdk.Reports.ReportPoint(default, DisclosedValue.Shown(5), ObservationStatus.Final)).ParamName);
        Assert.Equal("Status", Assert.Throws<ArgumentException>(() => new Cfc.Sdk.Reports.ReportPoint(year, DisclosedValue.Shown(5), (ObservationStatus)42)).ParamName);
        Assert.Equal("Status", Assert.Throws<ArgumentException>(() => new Cfc.Sdk.Reports.ReportPoint(year, DisclosedValue.Shown(5), default)).ParamName);
        Assert.Equal("Value", Assert.Throws<ArgumentException>(() => new Cfc.Sdk.Targets.DataPoint(new NodaTime.LocalDate(2021, 7, 31), double.NaN)).ParamName);
        Assert.Throws<ArgumentException>(() => new Cfc.Sdk.Targets.DataPoint(default, double.PositiveInfinity));

        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk();
        Assert.StartsWith("The stored ReportPoint is not valid: A report point needs a period", Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Cfc.Sdk.Reports.ReportPoint>("{\"period\":\"\",\"value\":5,\"status\":\"Final\"}", options)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The stored ReportPoint is not valid", Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Cfc.Sdk.Reports.ReportPoint>("{\"period\":\"2023/2024\",\"value\":5}", options)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conflict_needs_a_message() =>
        Assert.Throws<ArgumentNullException>(() => new ObservationConflictException(default, null!));

    [Fact]
    public void Messages_about_tables_use_invariant_numbers_under_a_dutch_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var indicator = DutchIndicators.HomeSitters;
            var year = ReportingPeriod.SchoolYear(2023);
            var error = Assert.Throws<ArgumentException>(() => new DisclosureControl(new DisclosureOptions()).DiscloseTable(indicator, [
                Observation.Create(indicator, MemberCode.DenHaag, year, 1250),
                Observation.Create(indicator, MemberCode.DenHaag, year, 1300, disaggregation: Disaggregation.Create(sex: "female"))]));
            Assert.Contains("add up to 1300, more than the total 1250", error.Message, StringComparison.Ordinal);

            // Sums of counts are whole and format alike in both cultures; a fractional number does not.
            Assert.Equal("1250,5", 1250.5.ToString(CultureInfo.CurrentCulture));
            var fraction = Assert.Throws<ArgumentException>(() => new DisclosureControl(new DisclosureOptions()).Disclose(indicator, 1250.5));
            Assert.Contains("not 1250.5", fraction.Message, StringComparison.Ordinal);
            Assert.Contains("not 1250.5", Assert.Throws<ArgumentException>(() => Observation.Create(indicator, MemberCode.DenHaag, year, 1250.5)).Message, StringComparison.Ordinal);
            Assert.Equal("12.5", DisclosedValue.Shown(12.5).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
