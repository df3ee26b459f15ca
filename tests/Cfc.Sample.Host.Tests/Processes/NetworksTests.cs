using System.Net;
using System.Text.Json.Nodes;
using Cfc.Testing;
using StackExchange.Redis;

namespace Cfc.Sample.Host.Tests.Processes;

/// <summary>
/// Two networks in one cluster: host A serves <c>Cfc:NetworkId=nl</c>, host B <c>be</c>, on one Redis cluster (the same
/// ClusterId and ServiceId), so that either silo may hold any grain. Each network registers its own municipalities,
/// adds issues that read alike and a meeting; each host's lists, home page and matches show only its own network.
/// Everything goes through the HTTP API, as a coordinator of each network would use it.
/// </summary>
public sealed class NetworksTests
{
    private static readonly string[] s_dutch = ["GM0518", "GM0363", "GM0599"];
    private static readonly string[] s_belgian = ["GM0153", "GM0855", "GM0758"];

    [RedisFact]
    public async Task Two_networks_on_one_cluster_keep_their_members_issues_meetings_and_matches_apart()
    {
        var connection = RedisFactAttribute.ConnectionString ?? throw new InvalidOperationException("CFC_REDIS is not set.");
        var clusterId = "cfc-sample-networks-" + Guid.NewGuid().ToString("N");
        var directory = Directory.CreateTempSubdirectory("cfc-sample-host-networks-").FullName;
        using var certificates = new TestCertificates();
        string[] cluster =
        [
            $"--Cfc:Cluster:Tls:CertificatePath={certificates.SelfSigned("cfc-cluster")}",
            "--Cfc:Cluster:Mode=Redis",
            $"--ConnectionStrings:Redis={connection}",
            $"--Cfc:Cluster:ClusterId={clusterId}",
            $"--Cfc:Cluster:ServiceId={clusterId}",
            $"--Cfc:DataDirectory={directory}",
        ];
        try
        {
            await using var a = await HostProcess.StartAsync([.. cluster, "--Cfc:NetworkId=nl"]);
            await using var b = await HostProcess.StartAsync([.. cluster, "--Cfc:NetworkId=be"]);

            await RegisterAsync(a.Client, s_dutch);
            await RegisterAsync(b.Client, s_belgian);
            var dutchIssues = await AddIssuesAsync(a.Client, s_dutch);
            var belgianIssues = await AddIssuesAsync(b.Client, s_belgian);
            var dutchMeeting = await AddMeetingAsync(a.Client, s_dutch[0], "Spelen in de wijk");
            var belgianMeeting = await AddMeetingAsync(b.Client, s_belgian[0], "Spelen in de buurt");

            await AssertOnlyAsync(a.Client, s_dutch, s_belgian, dutchIssues, belgianIssues, "Spelen in de wijk", "Spelen in de buurt");
            await AssertOnlyAsync(b.Client, s_belgian, s_dutch, belgianIssues, dutchIssues, "Spelen in de buurt", "Spelen in de wijk");

            // Numbered meetings: the same number in both networks names each network's own meeting.
            if ((dutchMeeting["id"], belgianMeeting["id"]) is ({ } dutchId, { } belgianId))
            {
                Assert.Equal((int)dutchId, (int)belgianId);
                Assert.Equal("Spelen in de wijk", (string?)(await a.Client.GetJsonAsync($"/api/meetings/{(int)dutchId}"))["title"]);
                Assert.Equal("Spelen in de buurt", (string?)(await b.Client.GetJsonAsync($"/api/meetings/{(int)belgianId}"))["title"]);
            }
        }
        finally
        {
            await DeleteKeysAsync(connection, clusterId);
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task AssertOnlyAsync(
        HttpClient client, string[] own, string[] others, IReadOnlyList<string> ownIssues, IReadOnlyList<string> otherIssues, string ownMeeting, string otherMeeting)
    {
        var municipalities = (await client.GetJsonAsync("/api/municipalities")).AsArray().Select(m => (string?)m!["code"]).ToList();
        Assert.Equal(own.Order(), municipalities.Order());

        var meetings = (await client.GetJsonAsync("/api/meetings?from=2027-01-01")).AsArray().Select(m => (string?)m!["title"]).ToList();
        Assert.Equal([ownMeeting], meetings);
        Assert.DoesNotContain(otherMeeting, meetings);

        // Every issue of the network reads alike, so each is matched with the others of its own network only.
        foreach (var issue in ownIssues)
        {
            var matches = (await client.GetJsonAsync($"/api/issues/{issue}/matches"))["matches"]!.AsArray().Select(m => (string?)m!["issue"]).ToList();
            Assert.NotEmpty(matches);
            Assert.All(matches, match => Assert.Contains(match, ownIssues));
        }

        // The other network's municipalities and issues are unknown here, to read and to write.
        foreach (var code in others)
        {
            await (await client.GetAsync(new Uri($"/api/municipalities/{code}", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
            await (await client.PostJsonAsync($"/api/municipalities/{code}/issues", """{"title": "Elders"}""")).ProblemAsync(HttpStatusCode.NotFound);
        }

        foreach (var issue in otherIssues)
        {
            await (await client.GetAsync(new Uri($"/api/issues/{issue}", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
        }

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.All(ownIssues, issue => Assert.Contains($"/issues/{issue}", home, StringComparison.Ordinal));
        Assert.All(otherIssues, issue => Assert.DoesNotContain(issue, home, StringComparison.Ordinal));
        Assert.All(others, code => Assert.DoesNotContain(code, home, StringComparison.Ordinal));
    }

    private static async Task RegisterAsync(HttpClient client, string[] codes)
    {
        foreach (var code in codes)
        {
            await (await client.PutJsonAsync($"/api/municipalities/{code}", $$"""{"name": "Gemeente {{code}}"}""")).JsonAsync(HttpStatusCode.Created);
            await (await client.PostJsonAsync($"/api/municipalities/{code}/programme/transitions", """{"phase": "Agreement", "on": "2023-11-30"}""")).JsonAsync(HttpStatusCode.OK);
        }
    }

    private static async Task<IReadOnlyList<string>> AddIssuesAsync(HttpClient client, string[] codes)
    {
        var ids = new List<string>();
        foreach (var code in codes)
        {
            var issue = await (await client.PostJsonAsync(
                $"/api/municipalities/{code}/issues",
                """{"title": "Veilige fietsroutes naar school", "text": "Kinderen fietsen over drukke wegen naar school.", "themes": ["verkeer"], "articles": [31]}"""))
                .JsonAsync(HttpStatusCode.Created);
            ids.Add((string)issue["id"]!);
        }

        return ids;
    }

    private static async Task<JsonNode> AddMeetingAsync(HttpClient client, string organiser, string title) =>
        await (await client.PostJsonAsync("/api/meetings", $$"""
            {"title": "{{title}}", "format": "Online", "kind": "Thematic", "themes": [{"name": "spelen", "chosenWithYoungPeople": true}],
             "organiser": "{{organiser}}", "start": "2027-10-31T09:30:00", "duration": "PT2H", "participants": []}
            """)).JsonAsync(HttpStatusCode.Created);

    private static async Task DeleteKeysAsync(string connection, string clusterId)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(connection);
        var database = redis.GetDatabase();
        foreach (var key in redis.GetServers().SelectMany(server => server.Keys(pattern: $"*{clusterId}*")).ToList())
        {
            await database.KeyDeleteAsync(key);
        }
    }
}
