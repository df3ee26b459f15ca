using System.Net;
using System.Text.Json.Nodes;
using NodaTime;

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
    public async Task A_fresh_store_gets_practices_and_bottlenecks_numbered_from_1_and_a_second_start_adds_none_and_keeps_a_resolution()
    {
        await using (var factory = new HostFactory(_directory, seed: true))
        {
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());

            var practices = (await client.GetJsonAsync("/api/practices")).AsArray();
            var bottlenecks = (await client.GetJsonAsync("/api/bottlenecks")).AsArray();

            Assert.Equal([1, 2], practices.Select(p => (int)p!["id"]!));
            Assert.Equal([(1, "National", "Open"), (2, "Regional", "Resolved"), (3, "Local", "Open")], bottlenecks.Select(b => ((int)b!["id"]!, (string)b["level"]!, (string)b["status"]!)));
            await (await client.PostJsonAsync("/api/bottlenecks/3/resolution", """{"on": "2026-03-01", "outcome": "Opvang geregeld."}""")).JsonAsync(HttpStatusCode.OK);
            var next = await (await client.PostJsonAsync("/api/practices", """{"member": "GM0518", "title": "Nieuw", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L"}""")).JsonAsync(HttpStatusCode.Created);
            Assert.Equal(3, (int)next["id"]!);
        }

        await using (var factory = new HostFactory(_directory, seed: true))
        {
            using var client = factory.CreateClient();

            Assert.Equal([1, 2, 3], (await client.GetJsonAsync("/api/practices")).AsArray().Select(p => (int)p!["id"]!).Order());
            Assert.Equal(3, (await client.GetJsonAsync("/api/bottlenecks")).AsArray().Count);
            Assert.Equal("Resolved", (string?)(await client.GetJsonAsync("/api/bottlenecks/3"))["status"]);
        }
    }

    [Fact]
    public async Task Every_seeded_municipality_and_organisation_is_a_member_today()
    {
        await using var factory = new HostFactory(_directory, seed: true);
        using var client = factory.CreateClient();

        var members = (await client.GetJsonAsync("/api/members")).AsArray().Select(m => (string?)m!["id"]).Order(StringComparer.Ordinal).ToList();
        var municipalities = (await client.GetJsonAsync("/api/municipalities")).AsArray().Select(m => (string?)m!["code"]);
        var organisations = (await client.GetJsonAsync("/api/organisations")).AsArray().Select(o => "org:" + (string?)o!["id"]);

        Assert.Equal(municipalities.Concat(organisations).Order(StringComparer.Ordinal), members);
        Assert.Contains("GM0518", members);
        Assert.Contains("org:nji", members);
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
            await (await client.PutJsonAsync("/api/municipalities/GM1942/targets/poverty.low-income-minors", """{"baselinePeriod": "2023", "baselineValue": 9.5, "value": 7, "date": "2027-12-31"}""")).JsonAsync(HttpStatusCode.OK);
            first = (await client.GetJsonAsync("/api/municipalities")).ToJsonString();
        }

        await using (var factory = new HostFactory(_directory, seed: true))
        {
            using var client = factory.CreateClient();
            var second = (await client.GetJsonAsync("/api/municipalities")).ToJsonString();

            Assert.Equal(first, second);
            Assert.Contains("\"Den Haag\"", second, StringComparison.Ordinal);
            var poverty = (await client.GetJsonAsync("/api/municipalities/GM1942/indicators")).AsArray().Single(r => (string?)r!["indicator"] == "poverty.low-income-minors")!;
            Assert.Equal("2027-12-31", (string?)poverty["target"]!["date"]);
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
    public async Task Each_seeded_municipality_has_its_own_issues_in_its_own_words()
    {
        await using var factory = new HostFactory(_directory, seed: true);
        using var client = factory.CreateClient();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new List<string>();

        var codes = (await client.GetJsonAsync("/api/municipalities")).AsArray().Select(m => (string)m!["code"]!).ToList();
        foreach (var code in codes)
        {
            var issues = (await client.GetJsonAsync($"/api/municipalities/{code}/issues")).AsArray();
            Assert.True(issues.Count >= 2, $"{code} has {issues.Count} issues");

            // A title, a description or a sentence of one that another member's issue has too reads as copied.
            var words = issues.SelectMany(i => new[] { (string)i!["title"]! }.Concat(Sentences((string)i["text"]!))).Distinct(StringComparer.Ordinal);
            foreach (var text in words)
            {
                if (seen.TryGetValue(text, out var other))
                {
                    shared.Add($"{other} and {code}: {text}");
                }
                else
                {
                    seen[text] = code;
                }
            }
        }

        Assert.Equal(6, codes.Count);
        Assert.True(shared.Count == 0, string.Join("\n", shared));
    }

    private static string[] Sentences(string text) =>
        text.Split(['.', '?', '!'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

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
    public async Task A_fresh_store_gives_each_candidate_a_target_for_its_poverty_figure()
    {
        await using var factory = new HostFactory(_directory, seed: true);
        using var client = factory.CreateClient();

        foreach (var (code, baseline) in new[] { ("GM0518", 13.0), ("GM1942", 10.6), ("GM9002", 10.6) })
        {
            var reports = (await client.GetJsonAsync($"/api/municipalities/{code}/indicators")).AsArray();
            var poverty = reports.Single(r => (string?)r!["indicator"] == "poverty.low-income-minors")!;
            Assert.Equal("2021", (string?)poverty["target"]!["baselinePeriod"]);
            Assert.Equal(baseline, (double)poverty["target"]!["baselineValue"]!, 6);
            Assert.Equal(baseline - 2.5, (double)poverty["target"]!["value"]!, 6);
            Assert.Equal("2028-12-31", (string?)poverty["target"]!["date"]);
            Assert.NotNull(poverty["assessment"]);
            Assert.All(reports.Where(r => r != poverty), r => Assert.Null(r!["target"]));
        }

        Assert.Empty((await client.GetJsonAsync("/api/municipalities/GM0344/indicators")).AsArray());
    }

    [Fact]
    public async Task A_fresh_store_gets_a_newsletter_schedule_and_a_meeting_dated_from_the_first_start_and_a_later_start_keeps_them()
    {
        string first;
        await using (var factory = new HostFactory(_directory, seed: true))
        {
            using var client = factory.CreateClient();

            // The fake clock's 1 March 2026: the first edition a week later, the meeting ten days later at 15:00 in The Hague.
            var schedule = await client.GetJsonAsync("/api/newsletters/schedule");
            Assert.Equal("2026-03-08", (string?)schedule["anchor"]);
            Assert.Equal("P6W", (string?)schedule["cadence"]);
            var meetings = (await client.GetJsonAsync("/api/meetings?from=2026-03-01")).AsArray();
            var meeting = Assert.Single(meetings)!;
            Assert.Equal("Netwerkbijeenkomst kinderarmoede", (string?)meeting["title"]);
            Assert.Equal((1, "Planned"), ((int)meeting["id"]!, (string?)meeting["status"]));
            Assert.Equal("2026-03-11T14:00:00Z", (string?)meeting["start"]);
            Assert.Equal(
                ["GM0518 2026-03-11T15:00:00+01:00", "GM1942 2026-03-11T15:00:00+01:00", "GM9002 2026-03-11T10:00:00-04:00", "org:nji 2026-03-11T15:00:00+01:00"],
                meeting["localTimes"]!.AsArray().Select(t => $"{(string?)t!["member"]} {(string?)t["start"]}"));
            var draft = await client.GetJsonAsync("/api/newsletters/next");
            Assert.Equal("2026-03-08", (string?)draft["edition"]);
            Assert.Contains("Netwerkbijeenkomst kinderarmoede", draft["meetings"]!.ToJsonString(), StringComparison.Ordinal);
            first = await CalendarAsync(client);
        }

        await using (var factory = new HostFactory(_directory, seed: true))
        {
            factory.Clock.Reset(HostFactory.Now.Plus(Duration.FromDays(5)));
            using var client = factory.CreateClient();

            Assert.Equal(first, await CalendarAsync(client));
        }
    }

    [Fact]
    public async Task Seeding_is_off_with_Cfc_Seed_false()
    {
        await using var factory = new HostFactory(_directory, seed: false);
        using var client = factory.CreateClient();

        Assert.Empty((await client.GetJsonAsync("/api/municipalities")).AsArray());
        await (await client.GetAsync("/api/newsletters/schedule")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await client.GetJsonAsync("/api/meetings?from=2026-01-01")).AsArray());
    }

    /// <summary>The schedule and every meeting from 2026 on, in one line.</summary>
    private static async Task<string> CalendarAsync(HttpClient client) =>
        $"{(await client.GetJsonAsync("/api/newsletters/schedule"))["anchor"]} {(await client.GetJsonAsync("/api/meetings?from=2026-01-01")).ToJsonString()}";

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
