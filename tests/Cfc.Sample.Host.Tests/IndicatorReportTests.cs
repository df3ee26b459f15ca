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
        Assert.Equal(["indicator", "name", "unit", "polarity", "latest", "series", "trend", "target", "assessment"], poverty.Names());
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

    private async Task CreateAsync(string code) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Gemeente"}""")).IsSuccessStatusCode);

    private Task<HttpResponseMessage> ObserveAsync(string code, string json) =>
        _client.PostJsonAsync($"/api/municipalities/{code}/observations", json);
}
