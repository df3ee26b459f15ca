using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// <c>forecast</c> and <c>peers</c> in <c>GET /api/municipalities/{code}/indicators</c>. Each test places its members in
/// a size class of its own (by their population figure), so that the members other tests create are never their peers.
/// </summary>
[Collection(HostDefinition.Name)]
public sealed class ForecastAndPeerTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_target_has_a_forecast_with_its_prediction_interval()
    {
        await CreateAsync("GM1861");
        foreach (var (year, value) in new[] { (2019, 8.1), (2020, 7.9), (2021, 7.2), (2022, 7.0), (2023, 6.4) })
        {
            await ObserveAsync("GM1861", "poverty.low-income-minors", year.ToString(CultureInfo.InvariantCulture), value);
        }

        Assert.True((await _client.PutJsonAsync("/api/municipalities/GM1861/targets/poverty.low-income-minors", """{"baselinePeriod": "2019", "baselineValue": 8.1, "value": 5, "date": "2030-12-31"}""")).IsSuccessStatusCode);

        var forecast = (await IndicatorAsync("GM1861", "poverty.low-income-minors"))["forecast"]!;

        // The years' midpoints (2020's is 1 July, a leap year) in the Python check of ForecastTests:
        // forecast([(D(2019,7,2),8.1),(D(2020,7,1),7.9),(D(2021,7,2),7.2),(D(2022,7,2),7.0),(D(2023,7,2),6.4)], 5.0, True)
        // == (2026-11-23, 2025-12-11, 2028-02-29).
        Assert.Equal(["status", "reaches", "earliest", "latest", "confidence"], forecast.Names());
        Assert.Equal("OnThisTrend", (string?)forecast["status"]);
        Assert.Equal("2026-11-23", (string?)forecast["reaches"]);
        Assert.Equal("2025-12-11", (string?)forecast["earliest"]);
        Assert.Equal("2028-02-29", (string?)forecast["latest"]);
        Assert.Equal(0.8, (double)forecast["confidence"]!);
    }

    [Fact]
    public async Task An_indicator_without_a_target_has_no_forecast_and_a_member_without_a_population_no_peers()
    {
        await CreateAsync("GM1862");
        await ObserveAsync("GM1862", "poverty.low-income-minors", "2023", 6);

        var indicator = await IndicatorAsync("GM1862", "poverty.low-income-minors");

        Assert.Null(indicator["forecast"]);
        Assert.Null(indicator["peers"]);
    }

    [Fact]
    public async Task Peers_are_the_members_of_the_size_class_with_their_median_and_quartiles()
    {
        // 150,000 to 250,000 inhabitants: the member, five peers and, in the class above, one that is not a peer.
        await MemberAsync("GM1863", 160_000, 9);
        await MemberAsync("GM1864", 150_000, 4);
        await MemberAsync("GM1865", 249_000, 8);
        await MemberAsync("GM1866", 200_000, 6);
        await MemberAsync("GM1867", 170_000, 5);
        await MemberAsync("GM1868", 180_000, 7);
        await MemberAsync("GM1869", 250_000, 50);

        var peers = (await IndicatorAsync("GM1863", "poverty.low-income-minors"))["peers"]!;

        Assert.Equal(["sizeClass", "members", "median", "lowerQuartile", "upperQuartile", "period"], peers.Names());
        Assert.Equal("150000-250000", (string?)peers["sizeClass"]);
        Assert.Equal(5, (int)peers["members"]!);
        Assert.Equal(6, (double)peers["median"]!);
        Assert.Equal(5, (double)peers["lowerQuartile"]!);
        Assert.Equal(7, (double)peers["upperQuartile"]!);
        Assert.Equal("2023", (string?)peers["period"]);
    }

    [Fact]
    public async Task Fewer_peers_than_the_minimum_withhold_the_statistic()
    {
        // 5,000 to 10,000 inhabitants: four peers, one fewer than Cfc:Peers:MinimumPeers.
        await MemberAsync("GM1871", 6_000, 9);
        await MemberAsync("GM1872", 7_000, 4);
        await MemberAsync("GM1873", 8_000, 5);
        await MemberAsync("GM1874", 9_000, 6);
        await MemberAsync("GM1875", 5_000, 7);

        var indicator = await IndicatorAsync("GM1871", "poverty.low-income-minors");

        Assert.Null(indicator["peers"]);
    }

    [Fact]
    public async Task A_former_member_or_one_merged_into_another_is_no_peer()
    {
        // 20,000 to 50,000 inhabitants: the member and five peers, besides one merged into a peer and one that left.
        await MemberAsync("GM6500", 30_000, 9);
        await MemberAsync("GM6501", 21_000, 4);
        await MemberAsync("GM6502", 22_000, 5);
        await MemberAsync("GM6503", 23_000, 6);
        await MemberAsync("GM6504", 24_000, 7);
        await MemberAsync("GM6505", 25_000, 8);
        await MemberAsync("GM6506", 26_000, 100);
        await MemberAsync("GM6507", 27_000, 100);
        Assert.True((await _client.PostJsonAsync("/api/municipalities/GM6506/succession", """{"successor": "GM6505", "on": "2024-01-01"}""")).IsSuccessStatusCode);
        Assert.True((await _client.PostJsonAsync("/api/municipalities/GM6507/membership", """{"joined": "2020-01-01"}""")).IsSuccessStatusCode);
        Assert.True((await _client.PostJsonAsync("/api/municipalities/GM6507/membership", """{"left": "2024-06-30"}""")).IsSuccessStatusCode);

        var peers = (await IndicatorAsync("GM6500", "poverty.low-income-minors"))["peers"]!;

        Assert.Equal(5, (int)peers["members"]!);
        Assert.Equal(6, (double)peers["median"]!);
        Assert.Equal(7, (double)peers["upperQuartile"]!);
    }

    private async Task MemberAsync(string code, int population, double poverty)
    {
        await CreateAsync(code);
        await ObserveAsync(code, "population.inhabitants", "2023-01-01", population);
        await ObserveAsync(code, "poverty.low-income-minors", "2023", poverty);
    }

    private async Task<JsonNode> IndicatorAsync(string code, string indicator) =>
        (await _client.GetJsonAsync($"/api/municipalities/{code}/indicators")).AsArray().Single(i => (string?)i!["indicator"] == indicator)!;

    private async Task CreateAsync(string code) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Gemeente"}""")).IsSuccessStatusCode);

    private async Task ObserveAsync(string code, string indicator, string period, double value) =>
        await (await _client.PostJsonAsync(
            $"/api/municipalities/{code}/observations",
            string.Create(CultureInfo.InvariantCulture, $$"""{"indicator": "{{indicator}}", "period": "{{period}}", "value": {{value}}}""")))
            .JsonAsync(HttpStatusCode.Created);
}
