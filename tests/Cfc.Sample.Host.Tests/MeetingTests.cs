using System.Net;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class MeetingTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_meeting_is_added_with_201_and_listed_with_each_participants_local_time()
    {
        await CreateAsync("GM0700", "Den Helder");
        await CreateAsync("GM9001", "Bonaire");
        await (await _client.PutJsonAsync("/api/organisations/vergader-fonds", """{"name": "Vergaderfonds", "expertise": {"description": "Vergaderen."}}""")).JsonAsync(HttpStatusCode.Created);

        var response = await _client.PostJsonAsync("/api/meetings", """
            {"title": "Jongerenraden", "format": "Online", "kind": "Thematic", "themes": [{"name": "participatie", "chosenWithYoungPeople": true}],
             "organiser": "GM0700", "start": "2027-10-31T09:30:00", "duration": "PT2H", "participants": ["org:vergader-fonds", "GM9001"]}
            """);

        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["title", "kind", "format", "themes", "organiser", "start", "end", "localTimes"], created.Names());
        Assert.Equal("/api/meetings?from=2027-10-31", response.Headers.Location?.OriginalString);
        // 31 October 2027: the Netherlands are back on UTC+1 that morning.
        Assert.Equal("2027-10-31T08:30:00Z", (string?)created["start"]);
        Assert.Equal("2027-10-31T10:30:00Z", (string?)created["end"]);
        Assert.True((bool)created["themes"]![0]!["chosenWithYoungPeople"]!);
        var times = created["localTimes"]!.AsArray();
        Assert.Equal(["GM0700", "GM9001", "org:vergader-fonds"], times.Select(t => (string?)t!["member"]));
        Assert.Equal("2027-10-31T09:30:00+01:00", (string?)times[0]!["start"]);
        Assert.Equal("2027-10-31T04:30:00-04:00", (string?)times[1]!["start"]);
        Assert.Equal("Bonaire", (string?)times[1]!["name"]);
        Assert.Equal("Europe/Amsterdam", (string?)times[2]!["timeZone"]);

        var listed = (await host.Anonymous.GetJsonAsync("/api/meetings?from=2027-10-31")).AsArray();
        Assert.Equal(created.ToJsonString(), listed.Single(m => (string?)m!["title"] == "Jongerenraden")!.ToJsonString());
        Assert.DoesNotContain("Jongerenraden", (await host.Anonymous.GetJsonAsync("/api/meetings?from=2027-11-01")).AsArray().Select(m => (string?)m!["title"]));
        Assert.Contains("Jongerenraden", (await host.Anonymous.GetJsonAsync("/api/meetings")).AsArray().Select(m => (string?)m!["title"]));
    }

    [Theory]
    [InlineData("""{"format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "title")]
    [InlineData("""{"title": " ", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "title")]
    [InlineData("""{"title": "T", "format": "Hybrid", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "format")]
    [InlineData("""{"title": "T", "format": "Online", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "kind")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "Thematic", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "themes")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "Thematic", "themes": [{"chosenWithYoungPeople": true}], "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "themes[0].name")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "organiser")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0702", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "organiser")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H", "participants": ["GM0701", "GM07"]}""", "participants[1]")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "duration": "PT1H"}""", "start")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-03-28T02:30:00", "duration": "PT1H"}""", "start")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01 10:00", "duration": "PT1H"}""", "start")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "9999-12-31T23:00:00", "duration": "PT2H"}""", "start")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00"}""", "duration")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "P8D"}""", "duration")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "P1M"}""", "duration")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "-PT1H"}""", "duration")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT0S"}""", "duration")]
    public async Task Invalid_input_is_400_naming_the_field_and_adds_nothing(string json, string field)
    {
        await CreateAsync("GM0701", "Gemeente");

        await (await _client.PostJsonAsync("/api/meetings", json)).ValidationProblemAsync(field);

        Assert.DoesNotContain("GM0701", (await _client.GetJsonAsync("/api/meetings?from=2027-03-01")).AsArray().Select(m => (string?)m!["organiser"]));
    }

    [Theory]
    [InlineData("2027-13-01")]
    [InlineData("tomorrow")]
    public async Task A_from_that_is_not_a_date_is_400_naming_from(string from) =>
        await (await _client.GetAsync($"/api/meetings?from={from}")).ValidationProblemAsync("from");

    [Fact]
    public async Task Only_a_coordinator_adds_a_meeting()
    {
        await CreateAsync("GM0703", "Gemeente");
        const string Body = """{"title": "Toegang", "format": "InPerson", "kind": "LocalIssue", "organiser": "GM0703", "start": "2027-09-02T10:00:00", "duration": "PT1H"}""";
        using var member = host.Factory.CreateClient();
        member.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member("GM0703"));

        await (await host.Anonymous.PostJsonAsync("/api/meetings", Body)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await member.PostJsonAsync("/api/meetings", Body)).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.DoesNotContain("Toegang", (await host.Anonymous.GetJsonAsync("/api/meetings?from=2027-09-01")).AsArray().Select(m => (string?)m!["title"]));
    }

    private async Task CreateAsync(string code, string name) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", $$"""{"name": "{{name}}"}""")).IsSuccessStatusCode);
}
