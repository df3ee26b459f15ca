using System.Net;
using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests;

public sealed class SeedingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-seed-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_fresh_store_gets_the_candidates_since_30_November_2023_and_more_members()
    {
        await using var factory = new HostFactory(_directory, seed: true);
        using var client = factory.CreateClient();

        var list = (await client.GetJsonAsync("/api/municipalities")).AsArray();

        Assert.True(list.Count >= 5, list.ToJsonString());
        AssertCandidate(list, "GM0518", "'s-Gravenhage", "Europe/Amsterdam");
        AssertCandidate(list, "GM1942", "Gooise Meren", "Europe/Amsterdam");
        AssertCandidate(list, "GM9002", "Sint Eustatius", "America/Kralendijk");
    }

    [Fact]
    public async Task A_second_start_changes_nothing_and_keeps_what_was_changed()
    {
        string first;
        await using (var factory = new HostFactory(_directory, seed: true))
        {
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
            await (await client.PutJsonAsync("/api/municipalities/GM0518", """{"name": "Den Haag"}""")).JsonAsync(HttpStatusCode.OK);
            await (await client.PostJsonAsync("/api/municipalities/GM1942/programme/transitions", """{"phase": "SituationAnalysis", "on": "2024-05-01"}""")).JsonAsync(HttpStatusCode.OK);
            first = (await client.GetJsonAsync("/api/municipalities")).ToJsonString();
        }

        await using (var factory = new HostFactory(_directory, seed: true))
        {
            using var client = factory.CreateClient();
            var second = (await client.GetJsonAsync("/api/municipalities")).ToJsonString();

            Assert.Equal(first, second);
            Assert.Contains("\"Den Haag\"", second, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_fresh_store_gets_organisations_figures_and_issues_that_match()
    {
        await using var factory = new HostFactory(_directory, seed: true);
        using var client = factory.CreateClient();

        var organisations = (await client.GetJsonAsync("/api/organisations")).ToJsonString();
        Assert.Contains("\"Nederlands Jeugdinstituut\"", organisations, StringComparison.Ordinal);
        Assert.Contains("\"Kinderrechtencollectief\"", organisations, StringComparison.Ordinal);
        Assert.Contains("\"Defence for Children\"", organisations, StringComparison.Ordinal);

        Assert.NotEmpty((await client.GetJsonAsync("/api/municipalities/GM0518/indicators")).AsArray());

        var issues = (await client.GetJsonAsync("/api/municipalities/GM0518/issues")).AsArray();
        Assert.InRange(issues.Count, 2, 3);
        foreach (var issue in issues)
        {
            var id = (string)issue!["id"]!;
            var matches = (await client.GetJsonAsync($"/api/issues/{id}/matches")).ToJsonString();
            var others = JsonNode.Parse(matches)!["matches"]!.AsArray().Where(m => (string?)m!["member"] != "GM0518");
            Assert.True(others.Any(), $"{id} matches no issue of another member: {matches}");
            var experts = (await client.GetJsonAsync($"/api/issues/{id}/experts")).ToJsonString();
            Assert.True(JsonNode.Parse(experts)!["experts"]!.AsArray().Count > 0, $"{id} has no experts: {experts}");
        }

        var poverty = (await client.GetJsonAsync("/api/issues/GM0518-seed-armoede/matches?k=3"))["matches"]!.AsArray();
        Assert.All(poverty, m => Assert.EndsWith("-seed-armoede", (string)m!["issue"]!, StringComparison.Ordinal));
        var povertyExperts = (await client.GetJsonAsync("/api/issues/GM0518-seed-armoede/experts?k=1"))["experts"]!.AsArray();
        Assert.Contains((string)povertyExperts.Single()!["organisation"]!, new[] { "nji", "kinderrechtencollectief" });
    }

    [Fact]
    public async Task A_second_start_adds_no_issues_figures_or_organisations()
    {
        string first;
        await using (var factory = new HostFactory(_directory, seed: true))
        {
            using var client = factory.CreateClient();
            first = await CountsAsync(client);
        }

        await using (var factory = new HostFactory(_directory, seed: true))
        {
            using var client = factory.CreateClient();
            Assert.Equal(first, await CountsAsync(client));
        }
    }

    [Fact]
    public async Task Seeding_is_off_with_Cfc_Seed_false()
    {
        await using var factory = new HostFactory(_directory, seed: false);
        using var client = factory.CreateClient();

        Assert.Empty((await client.GetJsonAsync("/api/municipalities")).AsArray());
    }

    /// <summary>The organisations, then per member its issues and its indicators' figures, in one line.</summary>
    private static async Task<string> CountsAsync(HttpClient client)
    {
        var counts = new List<string> { $"organisations {(await client.GetJsonAsync("/api/organisations")).AsArray().Count}" };
        foreach (var member in (await client.GetJsonAsync("/api/municipalities")).AsArray())
        {
            var code = (string)member!["code"]!;
            var issues = (await client.GetJsonAsync($"/api/municipalities/{code}/issues")).AsArray().Count;
            var indicators = (await client.GetJsonAsync($"/api/municipalities/{code}/indicators")).ToJsonString();
            counts.Add($"{code} issues {issues} indicators {indicators}");
        }

        return string.Join("; ", counts);
    }

    private static void AssertCandidate(JsonArray list, string code, string name, string zone)
    {
        var member = list.SingleOrDefault(m => (string?)m!["code"] == code);
        Assert.True(member is not null, $"{code} is not seeded: {list.ToJsonString()}");
        Assert.Equal(name, (string?)member["name"]);
        Assert.Equal(zone, (string?)member["timeZone"]);
        var programme = member["programme"]!;
        Assert.Equal("Agreement", (string?)programme["phase"]);
        Assert.Equal("2023-11-30", (string?)programme["since"]);
        Assert.True((bool)programme["candidate"]!);
    }
}
