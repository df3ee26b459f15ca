using System.Net;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class PracticeTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_practice_is_shared_with_201_today_by_default_and_listed_in_the_order_shared()
    {
        await CreateAsync("GM0710");

        var first = await (await _client.PostJsonAsync("/api/practices", """
            {"member": "GM0710", "title": "Kinderraad", "goalAreas": ["VoiceHeard"], "whatWasDone": "Een raad van kinderen.",
             "challenges": "Kinderen blijven betrekken.", "lessonsLearned": "Begin klein.", "articles": [12]}
            """)).JsonAsync(HttpStatusCode.Created);
        await (await _client.PostJsonAsync("/api/practices", """
            {"member": "GM0710", "title": "Speelstraat", "goalAreas": ["FamilyPlayLeisure"], "whatWasDone": "Straten dicht.",
             "challenges": "Verkeer.", "lessonsLearned": "Vraag de buren.", "sharedOn": "2026-01-15"}
            """)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(["member", "title", "goalAreas", "articles", "whatWasDone", "challenges", "lessonsLearned", "sharedOn"], first.Names());
        Assert.Equal("2026-03-01", (string?)first["sharedOn"]);
        Assert.Equal([12], first["articles"]!.AsArray().Select(a => (int)a!));
        var titles = (await host.Anonymous.GetJsonAsync("/api/practices")).AsArray().Where(p => (string?)p!["member"] == "GM0710").Select(p => (string?)p!["title"]);
        Assert.Equal(["Kinderraad", "Speelstraat"], titles);
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

        var members = (await _client.GetJsonAsync("/api/practices")).AsArray().Select(p => (string?)p!["member"]);
        Assert.DoesNotContain("GM0711", members);
        Assert.DoesNotContain("GM0712", members);
    }

    [Fact]
    public async Task Only_a_coordinator_shares_a_practice()
    {
        await CreateAsync("GM0713");
        const string Body = """{"member": "GM0713", "title": "T", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L"}""";
        using var member = host.Factory.CreateClient();
        member.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member("GM0713"));

        await (await host.Anonymous.PostJsonAsync("/api/practices", Body)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await member.PostJsonAsync("/api/practices", Body)).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.DoesNotContain("GM0713", (await host.Anonymous.GetJsonAsync("/api/practices")).AsArray().Select(p => (string?)p!["member"]));
    }

    private async Task CreateAsync(string code) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Gemeente"}""")).IsSuccessStatusCode);
}
