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
