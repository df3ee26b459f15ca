using System.Text.Json;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Targets;
using NodaTime;

namespace Cfc.Sdk.Tests.Targets;

public sealed class TargetsJsonTests
{
    private static readonly JsonSerializerOptions[] s_options =
        [new JsonSerializerOptions().ConfigureForCfcSdk(), new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCfcSdk()];

    private static readonly JsonSerializerOptions s_web = s_options[1];

    private static T RoundTrip<T>(T value, JsonSerializerOptions options) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, options), options)!;

    [Fact]
    public void Targets_trends_and_data_points_round_trip_through_json()
    {
        var target = Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2022), 8, 5, new LocalDate(2030, 12, 31));
        var trend = Trend.Fit([new DataPoint(new LocalDate(2020, 7, 1), 9.5), new DataPoint(new LocalDate(2021, 7, 1), 8.25), new DataPoint(new LocalDate(2022, 7, 2), 8)])!;
        foreach (var options in s_options)
        {
            Assert.Equal(target, RoundTrip(target, options));
            Assert.Equal(trend, RoundTrip(trend, options));
            Assert.Equal(new DataPoint(new LocalDate(2020, 7, 1), 9.5), RoundTrip(new DataPoint(new LocalDate(2020, 7, 1), 9.5), options));
        }
    }

    [Theory]
    [InlineData("\"date\":\"2030-12-31\"", "\"date\":\"2022-06-30\"", "after the baseline period")]
    [InlineData("\"polarity\":\"LowerIsBetter\"", "\"polarity\":\"Context\"", "ceiling or a floor")]
    [InlineData("\"baselinePeriod\":\"2022\"", "\"baselinePeriod\":\"\"", "baseline period")]
    [InlineData("\"indicator\":\"poverty.low-income-minors\",", "", "indicator")]
    public void Json_of_an_invalid_target_is_a_json_error(string valid, string invalid, string expected)
    {
        var json = JsonSerializer.Serialize(Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2022), 8, 5, new LocalDate(2030, 12, 31)), s_web);
        Assert.Contains(valid, json, StringComparison.Ordinal);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Target>(json.Replace(valid, invalid, StringComparison.Ordinal), s_web));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_of_a_trend_through_fewer_than_two_points_is_a_json_error() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Trend>("{\"origin\":\"2020-01-01\",\"valueAtOrigin\":1,\"slopePerYear\":0,\"points\":1}", s_web));

    [Fact]
    public void Json_of_an_assessment_with_an_undefined_status_is_a_json_error()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Assessment>("{\"status\":\"Unknown\",\"projectedValue\":null,\"targetDate\":\"2030-12-31\"}", s_web));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Assessment>("{\"projectedValue\":null,\"targetDate\":\"2030-12-31\"}", s_web));
        var assessment = JsonSerializer.Deserialize<Assessment>("{\"status\":\"OnTrack\",\"projectedValue\":4.5,\"targetDate\":\"2030-12-31\"}", s_web)!;
        Assert.Equal(assessment, RoundTrip(assessment, s_options[0]));
        Assert.Equal(AssessmentStatus.OnTrack, assessment.Status);
    }
}
