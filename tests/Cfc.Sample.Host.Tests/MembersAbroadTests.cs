using System.Net;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// A German team's day: Köln (<c>DE-05315000</c>) is registered through the HTTP API and used end to end: an observation,
/// a programme, an issue and a meeting with a participant in Berlin.
/// </summary>
[Collection(HostDefinition.Name)]
public sealed class MembersAbroadTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task Koeln_is_registered_in_berlin_with_its_population_and_used_end_to_end()
    {
        var response = await _client.PutJsonAsync("/api/municipalities/DE-05315000", """{"name": "Köln", "timeZone": "Europe/Berlin", "population": 1084831}""");
        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("/api/municipalities/DE-05315000", response.Headers.Location?.OriginalString);
        Assert.Equal(["code", "name", "timeZone", "programme", "population"], created.Names());
        Assert.Equal(("DE-05315000", "Europe/Berlin", 1084831), ((string?)created["code"], (string?)created["timeZone"], (int)created["population"]!));

        await (await _client.PostJsonAsync("/api/municipalities/DE-05315000/observations", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": 11.5}""")).JsonAsync(HttpStatusCode.Created);
        var programme = await (await _client.PostJsonAsync("/api/municipalities/DE-05315000/programme/transitions", """{"phase": "Agreement", "on": "2026-01-15"}""")).JsonAsync(HttpStatusCode.OK);
        var issue = await (await _client.PostJsonAsync("/api/municipalities/DE-05315000/issues", """{"title": "Kinderarmut bei Alleinerziehenden", "text": "Viele Kinder wachsen in Armut auf."}""")).JsonAsync(HttpStatusCode.Created);
        var issueId = (string)issue["id"]!;
        await (await _client.PutJsonAsync("/api/municipalities/GM0197", """{"name": "Aalten"}""")).JsonAsync(HttpStatusCode.Created);
        var meeting = await (await _client.PostJsonAsync("/api/meetings", """
            {"title": "Kinderrechte", "format": "Online", "kind": "Thematic", "themes": [{"name": "armoede"}],
             "organiser": "DE-05315000", "start": "2027-10-12T15:00:00", "duration": "PT1H", "participants": ["GM0197"]}
            """)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("Agreement", (string?)programme["phase"]);
        Assert.StartsWith("DE-05315000-", issueId, StringComparison.Ordinal);
        Assert.Equal("Kinderarmut bei Alleinerziehenden", (string?)(await _client.GetJsonAsync($"/api/issues/{issueId}"))["title"]);
        Assert.Contains(issueId, (await _client.GetJsonAsync("/api/municipalities/DE-05315000/issues")).AsArray().Select(i => (string?)i!["id"]));
        var koeln = meeting["localTimes"]!.AsArray().Single(t => (string?)t!["member"] == "DE-05315000")!;
        Assert.Equal(("Köln", "Europe/Berlin", "2027-10-12T15:00:00+02:00"), ((string?)koeln["name"], (string?)koeln["timeZone"], (string?)koeln["start"]));
        var read = await _client.GetJsonAsync("/api/municipalities/DE-05315000");
        Assert.Equal(("Köln", 1084831, "Agreement"), ((string?)read["name"], (int)read["population"]!, (string?)read["programme"]!["phase"]));
        Assert.Contains("DE-05315000", (await _client.GetJsonAsync("/api/municipalities?limit=1000")).AsArray().Select(m => (string?)m!["code"]));

        // The pages take the code in their route and in the match form's query.
        var page = await host.Anonymous.GetAsync(new Uri("/municipalities/DE-05315000", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(issueId, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var match = await host.Anonymous.GetStringAsync(new Uri("/match?title=Armut&member=DE-05315000", UriKind.Relative));
        Assert.DoesNotContain("is geen gemeentecode", match, StringComparison.Ordinal);
        Assert.Contains("is geen gemeentecode zoals GM0518 of DE-05315000.", await host.Anonymous.GetStringAsync(new Uri("/match?title=Armut&member=DE-5315000", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rename_keeps_the_zone_and_population_and_a_put_changes_them()
    {
        await (await _client.PutJsonAsync("/api/municipalities/DE-08336091", """{"name": "Weil", "timeZone": "Europe/Busingen", "population": 29000}""")).JsonAsync(HttpStatusCode.Created);

        var renamed = await (await _client.PutJsonAsync("/api/municipalities/DE-08336091", """{"name": "Weil am Rhein"}""")).JsonAsync(HttpStatusCode.OK);
        var counted = await (await _client.PutJsonAsync("/api/municipalities/DE-08336091", """{"name": "Weil am Rhein", "timeZone": "Europe/Berlin", "population": 30512}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("Europe/Busingen", 29000), ((string?)renamed["timeZone"], (int)renamed["population"]!));
        Assert.Equal(("Europe/Berlin", 30512), ((string?)counted["timeZone"], (int)counted["population"]!));
    }

    [Fact]
    public async Task Concurrent_puts_that_set_different_fields_all_hold()
    {
        // Each member gets two PUTs at once, one setting its population only and one its zone only: both must hold, on
        // every member (a read of the profile in one request and its write later lets the other request's write undo it).
        var codes = Enumerable.Range(0, 40).Select(i => $"DE-0916{i:D4}").ToArray();
        foreach (var code in codes)
        {
            await (await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Ort"}""")).JsonAsync(HttpStatusCode.Created);
        }

        var changes = codes.SelectMany(code => new[]
        {
            _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Ort", "population": 12345}"""),
            _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Ort", "timeZone": "Europe/Busingen"}"""),
        });
        foreach (var response in await Task.WhenAll(changes))
        {
            await response.JsonAsync(HttpStatusCode.OK);
        }

        foreach (var code in codes)
        {
            var read = await _client.GetJsonAsync($"/api/municipalities/{code}");
            Assert.Equal((code, "Europe/Busingen", (int?)12345), (code, (string?)read["timeZone"], (int?)read["population"]));
        }
    }

    [Theory]
    [InlineData("DE-05315000", """{"name": "Köln", "timeZone": "Europe/Paris"}""", "timeZone", "DE-05315000 is a municipality in DE, whose time zones are Europe/Berlin, Europe/Busingen; not in Europe/Paris.")]
    [InlineData("GM0519", """{"name": "X", "timeZone": "Europe/Berlin"}""", "timeZone", "GM0519 is a municipality in Europe/Amsterdam, not in Europe/Berlin.")]
    [InlineData("ES-28079", """{"name": "Madrid", "population": 0}""", "population", "A population is a positive number of inhabitants, not 0.")]
    public async Task A_zone_of_another_country_or_a_population_that_is_not_positive_is_400_and_changes_nothing(string code, string json, string field, string message)
    {
        var problem = await (await _client.PutJsonAsync($"/api/municipalities/{code}", json)).ValidationProblemAsync(field);

        Assert.Equal(message, (string?)problem["errors"]![field]![0]);
        await (await _client.GetAsync(new Uri($"/api/municipalities/{code}", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("DE-5315000", "'DE-5315000' is not a member code of DE: expected 'DE-' and the AGS (Amtlicher Gemeindeschlüssel), 8 digits, e.g. 'DE-05315000'.")]
    [InlineData("FR-2C004", "'FR-2C004' is not a member code of FR: expected 'FR-' and the INSEE commune code, 5 characters: 2 digits or 2A/2B, then 3 digits, e.g. 'FR-75056'.")]
    [InlineData("NL-0518", "'NL-0518' is not a member code: a Dutch member is written as CBS writes it; write GM0518.")]
    public async Task A_malformed_code_in_a_route_is_400_naming_the_expected_form(string code, string message)
    {
        var put = await (await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "X"}""")).ValidationProblemAsync("code");
        var get = await (await _client.GetAsync(new Uri($"/api/municipalities/{code}/programme", UriKind.Relative))).ValidationProblemAsync("code");

        Assert.Equal(message, (string?)put["errors"]!["code"]![0]);
        Assert.Equal(message, (string?)get["errors"]!["code"]![0]);
    }

    [Fact]
    public async Task A_country_without_a_format_is_400_saying_how_an_app_adds_one() =>
        Assert.Contains(
            "no national code format is registered for IT",
            (string?)(await (await _client.PutJsonAsync("/api/municipalities/IT-058091", """{"name": "Roma"}""")).ValidationProblemAsync("code"))["errors"]!["code"]![0],
            StringComparison.Ordinal);
}
