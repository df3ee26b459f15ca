using System.Net;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class PracticeTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_practice_is_shared_with_201_an_id_and_a_location_today_by_default_and_listed_by_the_day_shared()
    {
        await CreateAsync("GM0710");

        var response = await _client.PostJsonAsync("/api/practices", """
            {"member": "GM0710", "title": "Kinderraad", "goalAreas": ["VoiceHeard"], "whatWasDone": "Een raad van kinderen.",
             "challenges": "Kinderen blijven betrekken.", "lessonsLearned": "Begin klein.", "articles": [12]}
            """);
        var first = await response.JsonAsync(HttpStatusCode.Created);
        await (await _client.PostJsonAsync("/api/practices", """
            {"member": "GM0710", "title": "Speelstraat", "goalAreas": ["FamilyPlayLeisure"], "whatWasDone": "Straten dicht.",
             "challenges": "Verkeer.", "lessonsLearned": "Vraag de buren.", "sharedOn": "2026-01-15"}
            """)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(["id", "member", "title", "goalAreas", "articles", "whatWasDone", "challenges", "lessonsLearned", "sharedOn"], first.Names());
        var id = (int)first["id"]!;
        Assert.Equal($"/api/practices/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("2026-03-01", (string?)first["sharedOn"]);
        Assert.Equal([12], first["articles"]!.AsArray().Select(a => (int)a!));
        Assert.Equal(first.ToJsonString(), (await host.Anonymous.GetJsonAsync($"/api/practices/{id}")).ToJsonString());

        // The list files each practice under the day it was shared: the one dated 2026-01-15 comes first.
        var titles = (await host.Anonymous.GetJsonAsync("/api/practices?limit=1000")).AsArray().Where(p => (string?)p!["member"] == "GM0710").Select(p => (string?)p!["title"]);
        Assert.Equal(["Speelstraat", "Kinderraad"], titles);
    }

    [Theory]
    [InlineData("""{"title": "T", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L"}""", "member")]
    [InlineData("""{"member": "GM0712", "title": "T", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L"}""", "member")]
    [InlineData("""{"member": "GM0711", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L"}""", "title")]
    [InlineData("""{"member": "GM0711", "title": " ", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L"}""", "title")]
    [InlineData("""{"member": "GM0711", "title": "T", "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L"}""", "goalAreas")]
    [InlineData("""{"member": "GM0711", "title": "T", "goalAreas": [], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L"}""", "goalAreas")]
    [InlineData("""{"member": "GM0711", "title": "T", "goalAreas": ["Happiness"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L"}""", "goalAreas[0]")]
    [InlineData("""{"member": "GM0711", "title": "T", "goalAreas": ["VoiceHeard"], "challenges": "C", "lessonsLearned": "L"}""", "whatWasDone")]
    [InlineData("""{"member": "GM0711", "title": "T", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "", "lessonsLearned": "L"}""", "challenges")]
    [InlineData("""{"member": "GM0711", "title": "T", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C"}""", "lessonsLearned")]
    [InlineData("""{"member": "GM0711", "title": "T", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L", "articles": [0]}""", "articles[0]")]
    [InlineData("""{"member": "GM0711", "title": "T", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L", "sharedOn": "2026-02-30"}""", "sharedOn")]
    public async Task Invalid_input_is_400_naming_the_field_and_adds_nothing(string json, string field)
    {
        await CreateAsync("GM0711");

        await (await _client.PostJsonAsync("/api/practices", json)).ValidationProblemAsync(field);

        var members = (await _client.GetJsonAsync("/api/practices?limit=1000")).AsArray().Select(p => (string?)p!["member"]);
        Assert.DoesNotContain("GM0711", members);
        Assert.DoesNotContain("GM0712", members);
    }

    [Fact]
    public async Task A_member_shares_and_corrects_its_own_practices_and_no_other_members()
    {
        await CreateAsync("GM0713");
        await CreateAsync("GM0714");
        using var member = host.Factory.CreateClient();
        member.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member("GM0713"));

        await (await host.Anonymous.PostJsonAsync("/api/practices", Body("GM0713", "Eigen"))).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await member.PostJsonAsync("/api/practices", Body("GM0714", "Van een ander"))).ProblemAsync(HttpStatusCode.Forbidden);
        var own = (int)(await (await member.PostJsonAsync("/api/practices", Body("GM0713", "Eigen"))).JsonAsync(HttpStatusCode.Created))["id"]!;
        var others = (int)(await (await _client.PostJsonAsync("/api/practices", Body("GM0714", "Van een ander"))).JsonAsync(HttpStatusCode.Created))["id"]!;
        var corrected = await (await member.PutJsonAsync($"/api/practices/{own}", Body("GM0713", "Eigen, verbeterd"))).JsonAsync(HttpStatusCode.OK);
        var forbidden = await (await member.PutJsonAsync($"/api/practices/{others}", Body("GM0714", "Overgenomen"))).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(("Eigen, verbeterd", own), ((string?)corrected["title"], (int)corrected["id"]!));
        Assert.Contains("GM0714", (string?)forbidden["detail"], StringComparison.Ordinal);
        Assert.Equal("Van een ander", (string?)(await host.Anonymous.GetJsonAsync($"/api/practices/{others}"))["title"]);
        Assert.Equal(["Eigen, verbeterd"], Titles(await host.Anonymous.GetJsonAsync("/api/practices?limit=1000"), "GM0713"));
    }

    [Fact]
    public async Task A_correction_replaces_every_field_keeps_the_member_and_the_day_unless_given()
    {
        await CreateAsync("GM0715");
        var id = (int)(await (await _client.PostJsonAsync("/api/practices", Body("GM0715", "Kinderraad", "\"sharedOn\": \"2026-01-10\", \"articles\": [12], "))).JsonAsync(HttpStatusCode.Created))["id"]!;

        var corrected = await (await _client.PutJsonAsync($"/api/practices/{id}", Body("GM0715", "Kinderraad Gooi"))).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("Kinderraad Gooi", "2026-01-10", 0), ((string?)corrected["title"], (string?)corrected["sharedOn"], corrected["articles"]!.AsArray().Count));
        Assert.Equal(corrected.ToJsonString(), (await host.Anonymous.GetJsonAsync($"/api/practices/{id}")).ToJsonString());
    }

    [Theory]
    [InlineData("GM0717", "member")]
    [InlineData(null, "title")]
    public async Task A_correction_naming_another_member_or_missing_a_field_is_400_and_changes_nothing(string? member, string field)
    {
        await CreateAsync("GM0716");
        await CreateAsync("GM0717");
        var id = (int)(await (await _client.PostJsonAsync("/api/practices", Body("GM0716", "Kinderraad"))).JsonAsync(HttpStatusCode.Created))["id"]!;
        var before = (await host.Anonymous.GetJsonAsync($"/api/practices/{id}")).ToJsonString();
        var body = member is null
            ? """{"member": "GM0716", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L"}"""
            : Body(member, "Overgenomen");

        await (await _client.PutJsonAsync($"/api/practices/{id}", body)).ValidationProblemAsync(field);

        Assert.Equal(before, (await host.Anonymous.GetJsonAsync($"/api/practices/{id}")).ToJsonString());
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task An_unknown_practice_is_404_to_read_and_to_correct(string id)
    {
        await CreateAsync("GM0718");

        await (await host.Anonymous.GetAsync(new Uri($"/api/practices/{id}", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutJsonAsync($"/api/practices/{id}", Body("GM0718", "T"))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_is_paged_with_a_link_to_the_next_page()
    {
        await CreateAsync("GM0719");
        await (await _client.PostJsonAsync("/api/practices", Body("GM0719", "Een"))).JsonAsync(HttpStatusCode.Created);
        await (await _client.PostJsonAsync("/api/practices", Body("GM0719", "Twee"))).JsonAsync(HttpStatusCode.Created);

        var first = await host.Anonymous.GetAsync(new Uri("/api/practices?limit=1", UriKind.Relative));
        var page = await first.JsonAsync(HttpStatusCode.OK);

        Assert.Single(page.AsArray());
        Assert.Equal("</api/practices?limit=1&offset=1>; rel=\"next\"", first.Headers.GetValues("Link").Single());
        var second = (await host.Anonymous.GetJsonAsync("/api/practices?limit=1&offset=1")).AsArray();
        Assert.NotEqual((int)page[0]!["id"]!, (int)second.Single()!["id"]!);
    }

    private static string Body(string member, string title, string extra = "") =>
        $$"""{{{extra}}"member": "{{member}}", "title": "{{title}}", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L"}""";

    private static string[] Titles(System.Text.Json.Nodes.JsonNode list, string member) =>
        [.. list.AsArray().Where(p => (string?)p!["member"] == member).Select(p => (string)p!["title"]!)];

    private async Task CreateAsync(string code) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Gemeente"}""")).IsSuccessStatusCode);
}
