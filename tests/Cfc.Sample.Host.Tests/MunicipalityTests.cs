using System.Net;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class MunicipalityTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task Put_creates_a_municipality_with_201_and_the_shape_of_the_contract()
    {
        var response = await _client.PutJsonAsync("/api/municipalities/GM0518", """{"name": "'s-Gravenhage", "timeZone": "Europe/Amsterdam"}""");

        var body = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("/api/municipalities/GM0518", response.Headers.Location?.OriginalString);
        Assert.Equal(["code", "name", "timeZone", "programme"], body.Names());
        Assert.Equal("GM0518", (string?)body["code"]);
        Assert.Equal("'s-Gravenhage", (string?)body["name"]);
        Assert.Equal("Europe/Amsterdam", (string?)body["timeZone"]);
        var programme = body["programme"]!;
        Assert.Equal(["phase", "since", "history", "candidate", "recognisedUntil", "overdue"], programme.Names());
        Assert.Null(programme["phase"]);
        Assert.Empty(programme["history"]!.AsArray());
        Assert.False((bool)programme["candidate"]!);
    }

    [Fact]
    public async Task Put_again_renames_with_200_and_get_returns_the_new_name()
    {
        await (await _client.PutJsonAsync("/api/municipalities/GM0363", """{"name": "Amsterdam"}""")).JsonAsync(HttpStatusCode.Created);

        var renamed = await (await _client.PutJsonAsync("/api/municipalities/GM0363", """{"name": "Gemeente Amsterdam"}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Gemeente Amsterdam", (string?)renamed["name"]);
        Assert.Equal("Gemeente Amsterdam", (string?)(await _client.GetJsonAsync("/api/municipalities/GM0363"))["name"]);
    }

    [Fact]
    public async Task A_public_body_is_in_America_Kralendijk_by_default()
    {
        var body = await (await _client.PutJsonAsync("/api/municipalities/GM9003", """{"name": "Saba"}""")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("America/Kralendijk", (string?)body["timeZone"]);
    }

    [Fact]
    public async Task Get_lists_every_municipality_put_in_code_order()
    {
        await (await _client.PutJsonAsync("/api/municipalities/GM0014", """{"name": "Groningen"}""")).JsonAsync(HttpStatusCode.Created);
        await (await _client.PutJsonAsync("/api/municipalities/GM0010", """{"name": "Delfzijl"}""")).JsonAsync(HttpStatusCode.Created);

        var list = (await _client.GetJsonAsync("/api/municipalities")).AsArray();

        var codes = list.Select(m => (string)m!["code"]!).ToList();
        Assert.Contains("GM0014", codes);
        Assert.Contains("GM0010", codes);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        var groningen = list.Single(m => (string?)m!["code"] == "GM0014")!;
        Assert.Equal(["code", "name", "timeZone", "programme"], groningen.Names());
    }

    [Fact]
    public async Task Get_of_an_unknown_municipality_is_404()
    {
        var problem = await (await _client.GetAsync("/api/municipalities/GM0999")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("GM0999", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GM518")]
    [InlineData("gm0518")]
    [InlineData("GM9004")]
    [InlineData("GM0000")]
    [InlineData("XX0518")]
    public async Task A_code_that_is_not_a_CBS_code_is_400_naming_code(string code)
    {
        await (await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Nergens"}""")).ValidationProblemAsync("code");
        await (await _client.GetAsync($"/api/municipalities/{code}")).ValidationProblemAsync("code");
    }

    [Theory]
    [InlineData("""{"name": "Oss", "timeZone": "Mars/Olympus"}""", "timeZone")]
    [InlineData("""{"name": "Oss", "timeZone": "America/Kralendijk"}""", "timeZone")]
    [InlineData("""{"timeZone": "Europe/Amsterdam"}""", "name")]
    [InlineData("""{"name": "  "}""", "name")]
    [InlineData("""{"name": 12}""", "name")]
    public async Task Invalid_input_is_400_naming_the_field_and_creates_nothing(string json, string field)
    {
        await (await _client.PutJsonAsync("/api/municipalities/GM0828", json)).ValidationProblemAsync(field);

        await (await _client.GetAsync("/api/municipalities/GM0828")).ProblemAsync(HttpStatusCode.NotFound);
        var codes = (await _client.GetJsonAsync("/api/municipalities")).AsArray().Select(m => (string?)m!["code"]);
        Assert.DoesNotContain("GM0828", codes);
    }

    [Fact]
    public async Task A_name_longer_than_the_domain_allows_is_400_and_keeps_the_old_name()
    {
        await (await _client.PutJsonAsync("/api/municipalities/GM0855", """{"name": "Tilburg"}""")).JsonAsync(HttpStatusCode.Created);

        await (await _client.PutJsonAsync("/api/municipalities/GM0855", $$"""{"name": "{{new string('T', 201)}}"}""")).ValidationProblemAsync("name");

        Assert.Equal("Tilburg", (string?)(await _client.GetJsonAsync("/api/municipalities/GM0855"))["name"]);
    }

    [Theory]
    [InlineData("""{"name": """)]
    [InlineData("""not json""")]
    [InlineData("")]
    [InlineData("null")]
    public async Task A_malformed_body_is_400_not_500(string json)
    {
        var response = await _client.PutJsonAsync("/api/municipalities/GM0772", json);

        await response.ProblemAsync(HttpStatusCode.BadRequest);
        await (await _client.GetAsync("/api/municipalities/GM0772")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
