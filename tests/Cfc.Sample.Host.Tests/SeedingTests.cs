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
    public async Task Seeding_is_off_with_Cfc_Seed_false()
    {
        await using var factory = new HostFactory(_directory, seed: false);
        using var client = factory.CreateClient();

        Assert.Empty((await client.GetJsonAsync("/api/municipalities")).AsArray());
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
