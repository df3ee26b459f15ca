using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// The figures in the ecosystem's formats: SDMX-CSV by <c>Accept</c> on a member's indicators and on the network-wide
/// data, its structure message, and Open SDG's CSV. The members GM1681 to GM1684 are this class's own; the shared host
/// holds other tests' members too, so network-wide answers are checked for these members' rows.
/// </summary>
[Collection(HostDefinition.Name)]
public sealed class ExchangeTests(HostFixture host) : IAsyncLifetime
{
    private const string Sdmx = "application/vnd.sdmx.data+csv; version=2.0.0";
    private const string Header = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,DISAGGREGATION,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS";
    private readonly HttpClient _client = host.Client;

    public async Task InitializeAsync()
    {
        foreach (var (code, name) in new[] { ("GM1681", "Borger-Odoorn"), ("GM1684", "Cuijk") })
        {
            var created = await _client.PutJsonAsync($"/api/municipalities/{code}", $$"""{"name": "{{name}}"}""");
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        // Recorded once: a second run of InitializeAsync in the same host meets its own figures (409), which is fine.
        foreach (var (code, json) in new[]
        {
            ("GM1681", """{"indicator": "poverty.low-income-minors", "period": "2022", "value": 6.5}"""),
            ("GM1681", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": 5.25, "status": "Provisional"}"""),
            ("GM1681", """{"indicator": "school.home-sitters", "period": "2023/2024", "value": 3}"""),
            ("GM1681", """{"indicator": "school.home-sitters", "period": "2022/2023", "value": 47}"""),
            ("GM1684", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": 8}"""),
            ("GM1684", """{"indicator": "care.youth-care-use", "period": "2024-H1", "value": 11.5}"""),
        })
        {
            var recorded = await _client.PostJsonAsync($"/api/municipalities/{code}/observations", json);
            Assert.True(recorded.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await recorded.Content.ReadAsStringAsync());
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpResponseMessage> GetAsync(string uri, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, UriKind.Relative));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await _client.SendAsync(request);
    }

    private static async Task<string[]> CsvAsync(HttpResponseMessage response, string mediaType)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.ToString());
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    // The row without its first three columns (dataflow, structure, action).
    private static string[] Observations(string[] lines) => [.. lines.Skip(1).Select(l => string.Join(',', l.Split(',').Skip(3)))];

    [Fact]
    public async Task A_members_indicators_answer_sdmx_csv_to_its_media_type()
    {
        var lines = await CsvAsync(await GetAsync("/api/municipalities/GM1681/indicators", Sdmx), Sdmx);

        Assert.Equal(Header, lines[0]);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("dataflow,CFC:DF_CFC_INDICATORS(1.0.0),I,GM1681,", l, StringComparison.Ordinal));
        Assert.Equal(
            [
                "GM1681,poverty_low-income-minors,_T,2022,6.5,PT,A,F",
                "GM1681,poverty_low-income-minors,_T,2023,5.25,PT,P,F",
                "GM1681,school_home-sitters,_T,2022-08-01/P1Y,45,NUMBER,A,F",
                "GM1681,school_home-sitters,_T,2023-08-01/P1Y,,NUMBER,A,C",
            ],
            Observations(lines));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("text/html")]
    [InlineData("*/*")]
    [InlineData("application/vnd.sdmx.data+csv; version=1.0.0")]
    [InlineData("application/json, application/vnd.sdmx.data+csv; version=2.0.0; q=0.5")]
    public async Task A_members_indicators_stay_json_to_any_other_accept(string? accept)
    {
        using var response = await GetAsync("/api/municipalities/GM1681/indicators", accept);
        var body = await response.JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["poverty.low-income-minors", "school.home-sitters"], body.AsArray().Select(r => (string?)r!["indicator"]));
        // The SDMX-CSV answer has the same URL: a shared cache must not give this answer to a client asking for that one.
        Assert.Equal(["Accept"], response.Headers.Vary);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/vnd.sdmx.data+csv")]
    [InlineData(Sdmx)]
    [InlineData("text/html, application/*; q=0.1")]
    public async Task The_network_data_is_sdmx_csv_by_default_and_for_its_media_type(string? accept)
    {
        var rows = Observations(await CsvAsync(await GetAsync("/api/indicators/data?member=GM1684", accept), Sdmx));

        Assert.Equal(["GM1684,care_youth-care-use,_T,2024-S1,11.5,PT,A,F", "GM1684,poverty_low-income-minors,_T,2023,8,PT,A,F"], rows);
    }

    [Fact]
    public async Task The_network_data_holds_every_members_figures_without_a_filter()
    {
        var rows = Observations(await CsvAsync(await GetAsync("/api/indicators/data"), Sdmx));

        Assert.Contains("GM1681,school_home-sitters,_T,2022-08-01/P1Y,45,NUMBER,A,F", rows);
        Assert.Contains("GM1684,care_youth-care-use,_T,2024-S1,11.5,PT,A,F", rows);
    }

    [Fact]
    public async Task The_network_data_is_json_on_request()
    {
        var body = await (await GetAsync("/api/indicators/data?member=GM1681&indicator=school.home-sitters", "application/json")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(
            """[{"member":"GM1681","indicator":"school.home-sitters","disaggregation":"","period":"2022/2023","value":45,"unit":"Count","status":"Final","confidential":false,"missingAtSource":false},{"member":"GM1681","indicator":"school.home-sitters","disaggregation":"","period":"2023/2024","value":null,"unit":"Count","status":"Final","confidential":true,"missingAtSource":false}]""",
            body.ToJsonString());
    }

    [Theory]
    [InlineData("?member=GM1681,GM1684&indicator=poverty.low-income-minors", "GM1681 2022|GM1681 2023|GM1684 2023")]
    [InlineData("?member=GM1681&member=GM1684&indicator=poverty.low-income-minors&from=2023", "GM1681 2023|GM1684 2023")]
    [InlineData("?member=GM1681,GM1684&indicator=poverty.low-income-minors&to=2022", "GM1681 2022")]
    [InlineData("?member=GM1681&indicator=poverty.low-income-minors,school.home-sitters&from=2023&to=2024", "GM1681 2023|GM1681 2023-08-01/P1Y")]
    [InlineData("?member=GM1684&indicator=care.youth-care-use&indicator=poverty.low-income-minors&from=2024-H1&to=2024-H1", "GM1684 2024-S1")]
    public async Task The_network_data_is_filtered_by_member_indicator_and_period(string query, string expected)
    {
        var rows = Observations(await CsvAsync(await GetAsync($"/api/indicators/data{query}"), Sdmx));

        Assert.Equal(expected, string.Join('|', rows.Select(r => r.Split(',')).Select(r => $"{r[0]} {r[3]}")));
    }

    [Theory]
    [InlineData("?indicator=poverty.unknown", "indicator")]
    [InlineData("?indicator=Not An Id", "indicator")]
    [InlineData("?member=GM9999", "member")]
    [InlineData("?member=XX0001", "member")]
    [InlineData("?from=23", "from")]
    [InlineData("?to=2023/2025", "to")]
    [InlineData("?from=2024&to=2023", "to")]
    public async Task Bad_filters_are_400_naming_the_field(string query, string field) =>
        await (await GetAsync($"/api/indicators/data{query}")).ValidationProblemAsync(field);

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/vnd.sdmx.data+csv; version=1.0.0")]
    [InlineData("application/vnd.sdmx.data+csv; q=0")]
    public async Task The_network_data_is_406_to_an_accept_it_cannot_serve(string accept)
    {
        var problem = await (await GetAsync("/api/indicators/data", accept)).ProblemAsync(HttpStatusCode.NotAcceptable);

        Assert.Contains("application/vnd.sdmx.data+csv; version=2.0.0", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_structure_message_describes_the_dataflow_with_the_networks_members()
    {
        const string mediaType = "application/vnd.sdmx.structure+json; version=2.0.0";
        var response = await GetAsync("/api/indicators/structure");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.ToString());
        var structure = await response.JsonAsync(HttpStatusCode.OK);

        var data = structure["data"]!;
        Assert.Equal("DF_CFC_INDICATORS", (string?)data["dataflows"]![0]!["id"]);
        var codelists = data["codelists"]!.AsArray().ToDictionary(c => (string)c!["id"]!, c => c!["codes"]!.AsArray());
        Assert.Contains(codelists["CL_AREA"], c => (string?)c!["id"] == "GM1681" && (string?)c["name"] == "Borger-Odoorn");
        Assert.Contains(codelists["CL_INDICATOR"], c => (string?)c!["id"] == "school_home-sitters" && (string?)c["names"]!["nl"] == "Thuiszitters (3 maanden of langer zonder onderwijs)");
        Assert.Equal(
            ["REF_AREA", "INDICATOR", "DISAGGREGATION"],
            data["dataStructures"]![0]!["dataStructureComponents"]!["dimensionList"]!["dimensions"]!.AsArray().Select(d => (string?)d!["id"]));
    }

    [Fact]
    public async Task Open_sdg_csv_holds_an_indicator_over_the_members_without_a_suppressed_value()
    {
        var lines = await CsvAsync(await GetAsync("/api/indicators/school.home-sitters/opensdg.csv"), "text/csv; charset=utf-8");

        Assert.Equal("Year,Age,Sex,Units,GeoCode,Value", lines[0]);
        var own = lines.Where(l => l.Contains(",GM1681,", StringComparison.Ordinal)).ToArray();
        // 2023/2024's 3 is suppressed: left out.
        Assert.Equal(["2022/2023,,,Count,GM1681,45"], own);
    }

    [Theory]
    [InlineData("/api/indicators/poverty.unknown/opensdg.csv")]
    [InlineData("/api/indicators/Not%20An%20Id/opensdg.csv")]
    public async Task Open_sdg_csv_of_an_unknown_indicator_is_404(string uri) =>
        await (await GetAsync(uri)).ProblemAsync(HttpStatusCode.NotFound);

    [Fact]
    public async Task The_exchange_routes_are_read_anonymously()
    {
        foreach (var uri in new[] { "/api/indicators/data?member=GM1684", "/api/indicators/structure", "/api/indicators/care.youth-care-use/opensdg.csv" })
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.GetAsync(new Uri(uri, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task The_openapi_document_declares_the_exchange_media_types()
    {
        var paths = (await _client.GetJsonAsync("/openapi/v1.json"))["paths"]!;

        Assert.True(paths["/api/indicators/data"]!["get"]!["responses"]!["200"]!["content"]!.AsObject().ContainsKey(Sdmx));
        Assert.True(paths["/api/indicators/data"]!["get"]!["responses"]!["406"] is not null);
        Assert.True(paths["/api/indicators/structure"]!["get"]!["responses"]!["200"]!["content"]!.AsObject().ContainsKey("application/vnd.sdmx.structure+json; version=2.0.0"));
        Assert.True(paths["/api/indicators/{indicator}/opensdg.csv"]!["get"]!["responses"]!["200"]!["content"]!.AsObject().ContainsKey("text/csv; charset=utf-8"));
        Assert.True(paths["/api/municipalities/{code}/indicators"]!["get"]!["responses"]!["200"]!["content"]!.AsObject().ContainsKey(Sdmx));
    }
}
