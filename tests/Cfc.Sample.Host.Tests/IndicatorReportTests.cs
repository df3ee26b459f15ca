using System.Globalization;
using System.Net;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class IndicatorReportTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task The_members_indicators_report_latest_series_trend_target_and_assessment()
    {
        await CreateAsync("GM0274");
        foreach (var (period, value) in new[] { ("2021", 7.0), ("2022", 6.0), ("2023", 5.2) })
        {
            var json = $$"""{"indicator": "poverty.low-income-minors", "period": "{{period}}", "value": {{value.ToString(CultureInfo.InvariantCulture)}}}""";
            await (await ObserveAsync("GM0274", json)).JsonAsync(HttpStatusCode.Created);
        }

        await (await ObserveAsync("GM0274", """{"indicator": "poverty.social-minimum-120.count", "period": "2023", "value": 7}""")).JsonAsync(HttpStatusCode.Created);

        var reports = (await _client.GetJsonAsync("/api/municipalities/GM0274/indicators")).AsArray();

        Assert.Equal(["poverty.low-income-minors", "poverty.social-minimum-120.count"], reports.Select(r => (string?)r!["indicator"]));
        var poverty = reports[0]!;
        Assert.Equal(["indicator", "name", "unit", "polarity", "latest", "series", "trend", "target", "assessment", "forecast", "peers", "snapshotDay"], poverty.Names());
        Assert.Equal("2023", (string?)poverty["latest"]!["period"]);
        Assert.Equal(5.2, (double)poverty["latest"]!["value"]!);
        Assert.Equal(["2021", "2022", "2023"], poverty["series"]!.AsArray().Select(p => (string?)p!["period"]));
        Assert.True((double)poverty["trend"]!["slopePerYear"]! < 0);
        Assert.Null(poverty["target"]);
        Assert.Null(poverty["assessment"]);
        // A count below the disclosure threshold (10 by default) is not shown.
        var count = reports[1]!["latest"]!;
        Assert.True((bool)count["suppressed"]!);
        Assert.Null(count["value"]);
    }

    [Fact]
    public async Task A_member_without_figures_has_an_empty_report_and_an_unknown_one_404()
    {
        await CreateAsync("GM0275");

        Assert.Empty((await _client.GetJsonAsync("/api/municipalities/GM0275/indicators")).AsArray());
        await (await _client.GetAsync("/api/municipalities/GM0996/indicators")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/municipalities/GM96/indicators")).ValidationProblemAsync("code");
    }

    [Fact]
    public async Task A_target_is_set_then_replaced_and_the_report_carries_it_with_its_assessment()
    {
        await CreateAsync("GM0276");
        await ObserveSeriesAsync("GM0276");

        var created = await (await PutTargetAsync("GM0276", "poverty.low-income-minors", """{"baselinePeriod": "2021", "baselineValue": 7, "value": 4, "date": "2030-12-31"}"""))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["baselinePeriod", "baselineValue", "value", "date"], created.Names());

        var poverty = (await _client.GetJsonAsync("/api/municipalities/GM0276/indicators")).AsArray()[0]!;
        Assert.Equal("2021", (string?)poverty["target"]!["baselinePeriod"]);
        Assert.Equal(7, (double)poverty["target"]!["baselineValue"]!);
        Assert.Equal(4, (double)poverty["target"]!["value"]!);
        Assert.Equal("2030-12-31", (string?)poverty["target"]!["date"]);
        // 5.2 in 2023, falling 0.9 a year: below 4 well before the end of 2030, not there yet on 1 March 2026.
        Assert.Equal("OnTrack", (string?)poverty["assessment"]!["status"]);
        Assert.Equal("2030-12-31", (string?)poverty["assessment"]!["targetDate"]);

        var replaced = await (await PutTargetAsync("GM0276", "poverty.low-income-minors", """{"baselinePeriod": "2023", "baselineValue": 5.2, "value": 5.5, "date": "2027-12-31"}"""))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("2023", (string?)replaced["baselinePeriod"]);

        poverty = (await _client.GetJsonAsync("/api/municipalities/GM0276/indicators")).AsArray()[0]!;
        Assert.Equal(5.5, (double)poverty["target"]!["value"]!);
        Assert.Equal("Achieved", (string?)poverty["assessment"]!["status"]);
    }

    [Theory]
    [InlineData("poverty.low-income-minors", "{}", "baselinePeriod")]
    [InlineData("poverty.low-income-minors", """{"baselinePeriod": "2021", "value": 4, "date": "2030-12-31"}""", "baselineValue")]
    [InlineData("poverty.low-income-minors", """{"baselinePeriod": "2021", "baselineValue": 7, "date": "2030-12-31"}""", "value")]
    [InlineData("poverty.low-income-minors", """{"baselinePeriod": "2021", "baselineValue": 7, "value": 4}""", "date")]
    [InlineData("poverty.low-income-minors", """{"baselinePeriod": "vorig jaar", "baselineValue": 7, "value": 4, "date": "2030-12-31"}""", "baselinePeriod")]
    [InlineData("poverty.low-income-minors", """{"baselinePeriod": "2021/2022", "baselineValue": 7, "value": 4, "date": "2030-12-31"}""", "baselinePeriod")]
    [InlineData("poverty.low-income-minors", """{"baselinePeriod": "2021", "baselineValue": 170, "value": 4, "date": "2030-12-31"}""", "baselineValue")]
    [InlineData("poverty.low-income-minors", """{"baselinePeriod": "2021", "baselineValue": 7, "value": -4, "date": "2030-12-31"}""", "value")]
    [InlineData("poverty.low-income-minors", """{"baselinePeriod": "2021", "baselineValue": 7, "value": "veel", "date": "2030-12-31"}""", "value")]
    [InlineData("poverty.low-income-minors", """{"baselinePeriod": "2021", "baselineValue": 7, "value": 4, "date": "2021-06-30"}""", "date")]
    [InlineData("poverty.low-income-minors", """{"baselinePeriod": "2021", "baselineValue": 7, "value": 4, "date": "2030-13-01"}""", "date")]
    [InlineData("school.exemptions", """{"baselinePeriod": "2022/2023", "baselineValue": 30, "value": 20, "date": "2030-07-31"}""", "indicator")]
    public async Task A_target_with_bad_input_is_400_naming_the_field_and_changes_nothing(string indicator, string json, string field)
    {
        await CreateAsync("GM0277");
        await ObserveSeriesAsync("GM0277");
        await (await ObserveAsync("GM0277", """{"indicator": "school.exemptions", "period": "2022/2023", "value": 30}""")).JsonAsync(HttpStatusCode.Created);
        var before = await _client.GetStringAsync(new Uri("/api/municipalities/GM0277/indicators", UriKind.Relative));

        await (await PutTargetAsync("GM0277", indicator, json)).ValidationProblemAsync(field);

        Assert.Equal(before, await _client.GetStringAsync(new Uri("/api/municipalities/GM0277/indicators", UriKind.Relative)));
    }

    [Fact]
    public async Task A_target_of_an_unknown_member_or_indicator_is_404_and_of_a_malformed_code_400()
    {
        const string Json = """{"baselinePeriod": "2021", "baselineValue": 7, "value": 4, "date": "2030-12-31"}""";
        await CreateAsync("GM0278");

        await (await PutTargetAsync("GM0995", "poverty.low-income-minors", Json)).ProblemAsync(HttpStatusCode.NotFound);
        await (await PutTargetAsync("GM0278", "poverty.onbekend", Json)).ProblemAsync(HttpStatusCode.NotFound);
        await (await PutTargetAsync("GM0278", "Geen Id!", Json)).ProblemAsync(HttpStatusCode.NotFound);
        await (await PutTargetAsync("GM27", "poverty.low-income-minors", Json)).ValidationProblemAsync("code");
        await (await _client.GetAsync("/api/municipalities/GM0995")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task ObserveSeriesAsync(string code)
    {
        foreach (var (period, value) in new[] { ("2021", 7.0), ("2022", 6.0), ("2023", 5.2) })
        {
            var json = $$"""{"indicator": "poverty.low-income-minors", "period": "{{period}}", "value": {{value.ToString(CultureInfo.InvariantCulture)}}}""";
            await (await ObserveAsync(code, json)).JsonAsync(HttpStatusCode.Created);
        }
    }

    private Task<HttpResponseMessage> PutTargetAsync(string code, string indicator, string json) =>
        _client.PutJsonAsync($"/api/municipalities/{code}/targets/{Uri.EscapeDataString(indicator)}", json);

    private async Task CreateAsync(string code) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Gemeente"}""")).IsSuccessStatusCode);

    private Task<HttpResponseMessage> ObserveAsync(string code, string json) =>
        _client.PostJsonAsync($"/api/municipalities/{code}/observations", json);
}
