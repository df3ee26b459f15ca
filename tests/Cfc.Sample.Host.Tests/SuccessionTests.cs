using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// Mergers through the host (clock at 1 March 2026): the coordinator's record, the successor answering for the old
/// code, the predecessor's data under the successor marked with its origin, and writes under the old code refused.
/// Each test has codes of its own (GM64xx, GM63xx).
/// </summary>
[Collection(HostDefinition.Name)]
public sealed class SuccessionTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    private async Task CreateAsync(string code, string name, string? joined = null)
    {
        await (await _client.PutJsonAsync($"/api/municipalities/{code}", $$"""{"name": "{{name}}"}""")).JsonAsync(HttpStatusCode.Created);
        if (joined is not null)
        {
            await (await _client.PostJsonAsync($"/api/municipalities/{code}/membership", $$"""{"joined": "{{joined}}"}""")).JsonAsync(HttpStatusCode.OK);
        }
    }

    private Task<HttpResponseMessage> SucceedAsync(string code, string json) => _client.PostJsonAsync($"/api/municipalities/{code}/succession", json);

    private HttpClient NotFollowing() => host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<string[]> MembersOnAsync(string day) =>
        [.. (await host.Anonymous.GetJsonAsync($"/api/members?on={day}")).AsArray().Select(m => (string)m!["id"]!)];

    [Fact]
    public async Task Weesp_joining_amsterdam_is_201_once_200_when_repeated_and_leaves_the_members_the_day_before()
    {
        await CreateAsync("GM6457", "Weesp", "2020-01-01");
        await CreateAsync("GM6363", "Amsterdam", "2020-01-01");

        var created = await SucceedAsync("GM6457", """{"successor": "GM6363", "on": "2022-03-24"}""");
        Assert.Equal("/api/municipalities/GM6363", created.Headers.Location?.OriginalString);
        var body = await created.JsonAsync(HttpStatusCode.Created);
        var repeated = await (await SucceedAsync("GM6457", """{"successor": "GM6363", "on": "2022-03-24"}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("""{"predecessor":"GM6457","successor":"GM6363","on":"2022-03-24"}""", body.ToJsonString());
        Assert.Equal(body.ToJsonString(), repeated.ToJsonString());
        var amsterdam = await host.Anonymous.GetJsonAsync("/api/municipalities/GM6363");
        Assert.Equal("""[{"code":"GM6457","name":"Weesp","on":"2022-03-24"}]""", amsterdam["predecessors"]!.ToJsonString());
        Assert.Null(amsterdam["successor"]);
        var listed = (await host.Anonymous.GetJsonAsync("/api/municipalities?limit=1000")).AsArray().Single(m => (string?)m!["code"] == "GM6457")!;
        Assert.Equal("""{"code":"GM6363","on":"2022-03-24"}""", listed["successor"]!.ToJsonString());
        Assert.Contains("GM6457", await MembersOnAsync("2022-03-23"));
        Assert.DoesNotContain("GM6457", await MembersOnAsync("2022-03-24"));
        Assert.Contains("GM6363", await MembersOnAsync("2022-03-24"));
    }

    [Theory]
    [InlineData("/api/municipalities/GM6458", "/api/municipalities/GM6364")]
    [InlineData("/api/municipalities/GM6458/issues?limit=5", "/api/municipalities/GM6364/issues?limit=5")]
    [InlineData("/api/municipalities/GM6458/indicators", "/api/municipalities/GM6364/indicators")]
    [InlineData("/api/municipalities/GM6458/programme?on=2026-01-01", "/api/municipalities/GM6364/programme?on=2026-01-01")]
    [InlineData("/municipalities/GM6458?culture=en", "/municipalities/GM6364?culture=en")]
    public async Task A_read_under_the_old_code_is_a_permanent_redirect_to_the_successor(string old, string successor)
    {
        await EnsureMergedAsync("GM6458", "Weesp", "GM6364", "Amsterdam");
        using var client = NotFollowing();

        using var redirected = await client.GetAsync(new Uri(old, UriKind.Relative));

        Assert.Equal(HttpStatusCode.PermanentRedirect, redirected.StatusCode);
        Assert.Equal(successor, redirected.Headers.Location?.OriginalString);
        using var followed = await host.Anonymous.GetAsync(new Uri(old, UriKind.Relative));
        using var direct = await host.Anonymous.GetAsync(new Uri(successor, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Equal(await direct.Content.ReadAsStringAsync(), await followed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_old_codes_participation_action_plan_and_checklist_are_read_under_it_and_nothing_is_written_for_it()
    {
        await CreateAsync("GM6471", "Weesp");
        await CreateAsync("GM6472", "Amsterdam");
        await (await _client.PostJsonAsync("/api/municipalities/GM6471/participation", """{"kind": "Council", "heldOn": "2021-05-01", "phase": "SituationAnalysis", "participants": 20}""")).JsonAsync(HttpStatusCode.Created);
        await (await SucceedAsync("GM6471", """{"successor": "GM6472", "on": "2022-03-24"}""")).JsonAsync(HttpStatusCode.Created);
        using var client = NotFollowing();

        using var read = await client.GetAsync(new Uri("/api/municipalities/GM6471/participation", UriKind.Relative));
        using var plan = await client.GetAsync(new Uri("/api/municipalities/GM6471/actions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("GM6471", (string?)Assert.Single((await read.JsonAsync(HttpStatusCode.OK)).AsArray())!["member"]);
        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        await (await _client.PostJsonAsync("/api/municipalities/GM6471/participation", """{"kind": "Panel", "phase": "ActionPlan", "participants": 20}""")).ProblemAsync(HttpStatusCode.Conflict);
        var record = Assert.Single((await host.Anonymous.GetJsonAsync("/api/municipalities/GM6471/participation")).AsArray())!;
        await (await _client.PutJsonAsync($"/api/participation/{(int)record["id"]!}", """{"kind": "Workshop", "heldOn": "2021-05-01", "phase": "SituationAnalysis", "participants": 20}""")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Council", (string?)(await host.Anonymous.GetJsonAsync($"/api/participation/{(int)record["id"]!}"))["kind"]);
        await (await _client.PostJsonAsync("/api/themes", """{"title": "Spelen", "text": "Meer speelplekken.", "member": "GM6471"}""")).ProblemAsync(HttpStatusCode.Conflict);
        var theme = await (await _client.PostJsonAsync("/api/themes", """{"title": "Spelen", "text": "Meer speelplekken."}""")).JsonAsync(HttpStatusCode.Created);
        await (await _client.PostJsonAsync($"/api/themes/{(int)theme["id"]!}/votes", """{"member": "GM6471", "votes": 5}""")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(0, (int)(await host.Anonymous.GetJsonAsync($"/api/themes/{(int)theme["id"]!}"))["totalVotes"]!);
    }

    [Fact]
    public async Task A_member_merged_twice_redirects_to_the_last_successor()
    {
        await CreateAsync("GM6426", "Muiden");
        await CreateAsync("GM6943", "Gooise Meren");
        await CreateAsync("GM6944", "Groot-Gooi");
        await (await SucceedAsync("GM6426", """{"successor": "GM6943", "on": "2016-01-01"}""")).JsonAsync(HttpStatusCode.Created);
        await (await SucceedAsync("GM6943", """{"successor": "GM6944", "on": "2026-01-01"}""")).JsonAsync(HttpStatusCode.Created);
        using var client = NotFollowing();

        using var redirected = await client.GetAsync(new Uri("/api/municipalities/GM6426/issues", UriKind.Relative));

        Assert.Equal("/api/municipalities/GM6944/issues", redirected.Headers.Location?.OriginalString);
        var last = await host.Anonymous.GetJsonAsync("/api/municipalities/GM6944");
        Assert.Equal(["GM6943", "GM6426"], last["predecessors"]!.AsArray().Select(p => (string?)p!["code"]));
    }

    [Fact]
    public async Task The_predecessors_issues_figures_and_programme_are_read_under_the_successor_marked_with_their_origin()
    {
        await CreateAsync("GM6459", "Weesp");
        await CreateAsync("GM6365", "Amsterdam");
        var issue = (string)(await (await _client.PostJsonAsync("/api/municipalities/GM6459/issues", """{"title": "Speelplekken aan de Vecht"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
        await (await _client.PostJsonAsync("/api/municipalities/GM6365/issues", """{"title": "Drukte op het Museumplein"}""")).JsonAsync(HttpStatusCode.Created);
        foreach (var (code, period, value) in new[] { ("GM6459", "2020", 6.0), ("GM6459", "2021", 5.5), ("GM6365", "2021", 9.0), ("GM6365", "2022", 8.0) })
        {
            await (await _client.PostJsonAsync($"/api/municipalities/{code}/observations", $$"""{"indicator": "poverty.low-income-minors", "period": "{{period}}", "value": {{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}""")).JsonAsync(HttpStatusCode.Created);
        }

        await (await _client.PostJsonAsync("/api/municipalities/GM6459/observations", """{"indicator": "school.home-sitters", "period": "2020/2021", "value": 15}""")).JsonAsync(HttpStatusCode.Created);
        await (await _client.PostJsonAsync("/api/municipalities/GM6459/programme/transitions", """{"phase": "Agreement", "on": "2021-06-01"}""")).JsonAsync(HttpStatusCode.OK);
        await (await SucceedAsync("GM6459", """{"successor": "GM6365", "on": "2022-03-24"}""")).JsonAsync(HttpStatusCode.Created);

        var issues = (await host.Anonymous.GetJsonAsync("/api/municipalities/GM6365/issues")).AsArray();
        Assert.Equal([null, "GM6459"], issues.Select(i => (string?)i!["origin"]));
        Assert.Equal(issue, (string?)issues[1]!["id"]);
        Assert.Equal("GM6459", (string?)issues[1]!["member"]);
        Assert.Equal(issue, (string?)(await host.Anonymous.GetJsonAsync($"/api/issues/{issue}"))["id"]);

        var indicators = (await host.Anonymous.GetJsonAsync("/api/municipalities/GM6365/indicators")).AsArray();
        var poverty = indicators.Single(i => (string?)i!["indicator"] == "poverty.low-income-minors")!;
        Assert.Equal(
            [("2020", "GM6459"), ("2021", "GM6459"), ("2021", null), ("2022", null)],
            poverty["series"]!.AsArray().Select(p => ((string?)p!["period"], (string?)p["origin"])).OrderBy(p => p.Item1).ThenBy(p => p.Item2 is null));
        Assert.Null(poverty["latest"]!["origin"]);
        Assert.Equal(2, (int)poverty["trend"]!["points"]!);
        var homeSitters = indicators.Single(i => (string?)i!["indicator"] == "school.home-sitters")!;
        Assert.Null(homeSitters["latest"]);
        Assert.Null(homeSitters["trend"]);
        Assert.Equal("GM6459", (string?)homeSitters["series"]![0]!["origin"]);

        var programme = await host.Anonymous.GetJsonAsync("/api/municipalities/GM6365/programme");
        Assert.Null(programme["phase"]);
        var predecessor = programme["predecessors"]!.AsArray().Single()!;
        Assert.Equal(["code", "name", "on", "programme"], predecessor.Names());
        Assert.Equal(("GM6459", "Weesp", "2022-03-24"), ((string?)predecessor["code"], (string?)predecessor["name"], (string?)predecessor["on"]));
        Assert.Equal("Agreement", (string?)predecessor["programme"]!["phase"]);
        Assert.Null(programme["predecessors"]![0]!["programme"]!["predecessors"]);
        Assert.Null((await host.Anonymous.GetJsonAsync("/api/municipalities/GM6365"))["programme"]!["predecessors"]);
    }

    [Fact]
    public async Task Writes_under_the_old_code_are_409_naming_the_successor_and_change_nothing()
    {
        await CreateAsync("GM6460", "Weesp");
        await CreateAsync("GM6366", "Amsterdam");
        var issue = (string)(await (await _client.PostJsonAsync("/api/municipalities/GM6460/issues", """{"title": "Speelplekken"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
        await (await SucceedAsync("GM6460", """{"successor": "GM6366", "on": "2022-03-24"}""")).JsonAsync(HttpStatusCode.Created);
        var before = (await host.Anonymous.GetJsonAsync("/api/municipalities/GM6366/issues")).ToJsonString();

        var writes = new[]
        {
            new HttpRequestMessage(HttpMethod.Put, "/api/municipalities/GM6460") { Content = Json("""{"name": "Weesp-Oost"}""") },
            new HttpRequestMessage(HttpMethod.Post, "/api/municipalities/GM6460/issues") { Content = Json("""{"title": "Nog een"}""") },
            new HttpRequestMessage(HttpMethod.Post, "/api/municipalities/GM6460/observations") { Content = Json("""{"indicator": "poverty.low-income-minors", "period": "2023", "value": 5.2}""") },
            new HttpRequestMessage(HttpMethod.Post, "/api/municipalities/GM6460/programme/transitions") { Content = Json("""{"phase": "Agreement", "on": "2024-01-01"}""") },
            new HttpRequestMessage(HttpMethod.Post, "/api/municipalities/GM6460/membership") { Content = Json("""{"joined": "2024-01-01"}""") },
            new HttpRequestMessage(HttpMethod.Delete, $"/api/issues/{issue}"),
            new HttpRequestMessage(HttpMethod.Post, "/api/municipalities/GM6460/succession") { Content = Json("""{"successor": "GM6366", "on": "2022-03-25"}""") },
        };
        foreach (var write in writes)
        {
            using (write)
            {
                var problem = await (await _client.SendAsync(write)).ProblemAsync(HttpStatusCode.Conflict);
                Assert.Equal("GM6366", (string?)problem["successor"]);
                Assert.Equal("2022-03-24", (string?)problem["on"]);
            }
        }

        Assert.Equal(before, (await host.Anonymous.GetJsonAsync("/api/municipalities/GM6366/issues")).ToJsonString());
        Assert.Equal(issue, (string?)(await host.Anonymous.GetJsonAsync($"/api/issues/{issue}"))["id"]);
        Assert.DoesNotContain((await host.Anonymous.GetJsonAsync("/api/municipalities?limit=1000")).AsArray(), m => (string?)m!["name"] == "Weesp-Oost");
    }

    [Theory]
    [InlineData("{}", "successor")]
    [InlineData("""{"on": "2022-03-24"}""", "successor")]
    [InlineData("""{"successor": "Amsterdam", "on": "2022-03-24"}""", "successor")]
    [InlineData("""{"successor": "GM6461", "on": "2022-03-24"}""", "successor")]
    [InlineData("""{"successor": "GM6367"}""", "on")]
    [InlineData("""{"successor": "GM6367", "on": "24 maart 2022"}""", "on")]
    [InlineData("""{"successor": 363, "on": "2022-03-24"}""", "successor")]
    public async Task A_malformed_succession_is_400_naming_the_field_and_records_nothing(string json, string field)
    {
        await EnsureCreatedAsync("GM6461", "Weesp");
        await EnsureCreatedAsync("GM6367", "Amsterdam");

        await (await SucceedAsync("GM6461", json)).ValidationProblemAsync(field);

        Assert.Null((await host.Anonymous.GetJsonAsync("/api/municipalities/GM6367"))["predecessors"]);
        using var client = NotFollowing();
        using var predecessor = await client.GetAsync(new Uri("/api/municipalities/GM6461", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, predecessor.StatusCode);
    }

    [Theory]
    [InlineData("""{"successor": "GM6398", "on": "2022-03-24"}""", "NotRegistered")]
    [InlineData("""{"successor": "GM6368", "on": "2026-03-02"}""", "InTheFuture")]
    [InlineData("""{"successor": "GM6368", "on": "2019-06-01"}""", "BeforeMembership")]
    public async Task A_succession_the_rules_forbid_is_409_naming_the_rule_and_records_nothing(string json, string rule)
    {
        await EnsureCreatedAsync("GM6462", "Weesp", "2020-01-01");
        await EnsureCreatedAsync("GM6368", "Amsterdam");

        var problem = await (await SucceedAsync("GM6462", json)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(rule, (string?)problem["rule"]);
        Assert.Null((await host.Anonymous.GetJsonAsync("/api/municipalities/GM6368"))["predecessors"]);
        Assert.Contains("GM6462", await MembersOnAsync("2026-03-01"));
    }

    [Fact]
    public async Task A_successor_that_is_succeeded_itself_is_409_naming_its_successor_and_an_unknown_member_is_404()
    {
        await CreateAsync("GM6463", "Driemond");
        await CreateAsync("GM6464", "Weesp");
        await CreateAsync("GM6369", "Amsterdam");
        await (await SucceedAsync("GM6463", """{"successor": "GM6369", "on": "2021-01-01"}""")).JsonAsync(HttpStatusCode.Created);

        var chained = await (await SucceedAsync("GM6464", """{"successor": "GM6463", "on": "2022-03-24"}""")).ProblemAsync(HttpStatusCode.Conflict);
        await (await SucceedAsync("GM6499", """{"successor": "GM6369", "on": "2022-03-24"}""")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("GM6369", (string?)chained["successor"]);
        Assert.Null((await host.Anonymous.GetJsonAsync("/api/municipalities/GM6464"))["successor"]);
    }

    private async Task EnsureMergedAsync(string predecessor, string predecessorName, string successor, string successorName)
    {
        await EnsureCreatedAsync(predecessor, predecessorName);
        await EnsureCreatedAsync(successor, successorName);
        using var response = await SucceedAsync(predecessor, $$"""{"successor": "{{successor}}", "on": "2022-03-24"}""");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task EnsureCreatedAsync(string code, string name, string? joined = null)
    {
        using var client = NotFollowing();
        using var probe = await client.GetAsync(new Uri($"/api/municipalities/{code}", UriKind.Relative));
        if (probe.StatusCode == HttpStatusCode.NotFound)
        {
            await CreateAsync(code, name, joined);
        }
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
