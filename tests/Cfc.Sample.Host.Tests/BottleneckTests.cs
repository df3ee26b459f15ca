using System.Net;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class BottleneckTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_bottleneck_is_signalled_with_201_and_escalated_up_the_agendas()
    {
        await CreateAsync("GM0720");

        var response = await _client.PostJsonAsync("/api/bottlenecks", """{"signalledBy": "GM0720", "title": "Wachtlijst jeugdzorg", "description": "Kinderen wachten maanden.", "articles": [24]}""");

        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["id", "signalledBy", "title", "description", "articles", "signalledOn", "level", "status", "history", "resolution"], created.Names());
        Assert.Equal("Open", (string?)created["status"]);
        var id = (int)created["id"]!;
        Assert.Equal($"/api/bottlenecks/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("2026-03-01", (string?)created["signalledOn"]);
        Assert.Equal("Local", (string?)created["level"]);

        var regional = await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/escalations", """{"level": "Regional", "on": "2026-03-01", "note": "Regio Gooi"}""")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Regional", (string?)regional["level"]);
        var national = await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/escalations", """{"level": "National", "on": "2026-04-01"}""")).JsonAsync(HttpStatusCode.OK);

        var history = national["history"]!.AsArray();
        Assert.Equal(["level", "on", "note"], history[0]!.Names());
        Assert.Equal(["Local", "Regional", "National"], history.Select(h => (string?)h!["level"]));
        Assert.Equal("Regio Gooi", (string?)history[1]!["note"]);
        Assert.Equal(national.ToJsonString(), (await host.Anonymous.GetJsonAsync($"/api/bottlenecks/{id}")).ToJsonString());
        Assert.Contains(id, (await host.Anonymous.GetJsonAsync("/api/bottlenecks?limit=1000")).AsArray().Select(b => (int)b!["id"]!));
    }

    [Theory]
    [InlineData("""{"level": "Local", "on": "2026-03-05"}""", "level")]
    [InlineData("""{"level": "Regional", "on": "2026-03-05"}""", "level")]
    [InlineData("""{"level": "National", "on": "2026-03-01"}""", "on")]
    public async Task An_escalation_the_domain_refuses_is_409_and_changes_nothing(string json, string field)
    {
        var id = await SignalAsync("GM0721", "2026-02-01");
        await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/escalations", """{"level": "Regional", "on": "2026-03-02"}""")).JsonAsync(HttpStatusCode.OK);

        var problem = await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/escalations", json)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(field, (string?)problem["field"]);
        Assert.Equal("Regional", (string?)problem["currentLevel"]);
        Assert.Equal(2, (await _client.GetJsonAsync($"/api/bottlenecks/{id}"))["history"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("""{"on": "2026-03-05"}""", "level")]
    [InlineData("""{"level": "Global", "on": "2026-03-05"}""", "level")]
    [InlineData("""{"level": "Regional"}""", "on")]
    [InlineData("""{"level": "Regional", "on": "maart"}""", "on")]
    public async Task An_invalid_escalation_is_400_naming_the_field_and_changes_nothing(string json, string field)
    {
        var id = await SignalAsync("GM0722", "2026-02-01");

        await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/escalations", json)).ValidationProblemAsync(field);

        Assert.Equal("Local", (string?)(await _client.GetJsonAsync($"/api/bottlenecks/{id}"))["level"]);
    }

    [Fact]
    public async Task A_note_longer_than_the_domain_allows_is_400_naming_note()
    {
        var id = await SignalAsync("GM0723", "2026-02-01");

        await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/escalations", $$"""{"level": "Regional", "on": "2026-03-01", "note": "{{new string('n', 2001)}}"}""")).ValidationProblemAsync("note");

        Assert.Equal("Local", (string?)(await _client.GetJsonAsync($"/api/bottlenecks/{id}"))["level"]);
    }

    [Theory]
    [InlineData("""{"title": "T", "description": "D"}""", "signalledBy")]
    [InlineData("""{"signalledBy": "GM0725", "title": "T", "description": "D"}""", "signalledBy")]
    [InlineData("""{"signalledBy": "GM0724", "description": "D"}""", "title")]
    [InlineData("""{"signalledBy": "GM0724", "title": " ", "description": "D"}""", "title")]
    [InlineData("""{"signalledBy": "GM0724", "title": "T"}""", "description")]
    [InlineData("""{"signalledBy": "GM0724", "title": "T", "description": "D", "articles": [60]}""", "articles[0]")]
    [InlineData("""{"signalledBy": "GM0724", "title": "T", "description": "D", "on": "gisteren"}""", "on")]
    public async Task An_invalid_signal_is_400_naming_the_field_and_adds_nothing(string json, string field)
    {
        await CreateAsync("GM0724");

        await (await _client.PostJsonAsync("/api/bottlenecks", json)).ValidationProblemAsync(field);

        var by = (await _client.GetJsonAsync("/api/bottlenecks")).AsArray().Select(b => (string?)b!["signalledBy"]);
        Assert.DoesNotContain("GM0724", by);
        Assert.DoesNotContain("GM0725", by);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task An_unknown_bottleneck_is_404(string id)
    {
        await (await _client.GetAsync($"/api/bottlenecks/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/escalations", """{"level": "Regional", "on": "2026-03-01"}""")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_member_signals_for_itself_only_and_only_a_coordinator_escalates_or_resolves()
    {
        var id = await SignalAsync("GM0726", "2026-02-01");
        await CreateAsync("GM0727");
        using var member = host.Factory.CreateClient();
        member.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member("GM0726"));
        const string Step = """{"level": "Regional", "on": "2026-03-01"}""";
        const string Resolution = """{"on": "2026-03-01", "outcome": "Opgelost."}""";

        await (await host.Anonymous.PostJsonAsync("/api/bottlenecks", Signal("GM0726", "Toegang"))).ProblemAsync(HttpStatusCode.Unauthorized);
        var forbidden = await (await member.PostJsonAsync("/api/bottlenecks", Signal("GM0727", "Van een ander"))).ProblemAsync(HttpStatusCode.Forbidden);
        var own = await (await member.PostJsonAsync("/api/bottlenecks", Signal("GM0726", "Eigen"))).JsonAsync(HttpStatusCode.Created);
        await (await host.Anonymous.PostJsonAsync($"/api/bottlenecks/{id}/escalations", Step)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await member.PostJsonAsync($"/api/bottlenecks/{id}/escalations", Step)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostJsonAsync($"/api/bottlenecks/{id}/resolution", Resolution)).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Contains("GM0727", (string?)forbidden["detail"], StringComparison.Ordinal);
        Assert.Equal(("GM0726", "Eigen"), ((string?)own["signalledBy"], (string?)own["title"]));
        var current = await host.Anonymous.GetJsonAsync($"/api/bottlenecks/{id}");
        Assert.Equal(("Local", "Open"), ((string?)current["level"], (string?)current["status"]));
        Assert.DoesNotContain("Van een ander", (await host.Anonymous.GetJsonAsync("/api/bottlenecks?limit=1000")).AsArray().Select(b => (string?)b!["title"]));
    }

    [Fact]
    public async Task A_resolution_answers_200_resolved_with_its_outcome_and_a_resolved_bottleneck_refuses_every_step_with_409()
    {
        var id = await SignalAsync("GM0728", "2026-02-01");
        await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/escalations", """{"level": "Regional", "on": "2026-02-10"}""")).JsonAsync(HttpStatusCode.OK);

        var resolved = await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/resolution", """{"on": "2026-02-20", "outcome": "Extra plaatsen ingekocht."}""")).JsonAsync(HttpStatusCode.OK);
        var again = await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/resolution", """{"on": "2026-02-25", "outcome": "Nog eens."}""")).ProblemAsync(HttpStatusCode.Conflict);
        var escalated = await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/escalations", """{"level": "National", "on": "2026-02-25"}""")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("Resolved", (string?)resolved["status"]);
        Assert.Equal(["on", "outcome"], resolved["resolution"]!.Names());
        Assert.Equal(("2026-02-20", "Extra plaatsen ingekocht."), ((string?)resolved["resolution"]!["on"], (string?)resolved["resolution"]!["outcome"]));
        Assert.All([again, escalated], problem => Assert.Equal("2026-02-20", (string?)problem["resolvedOn"]));
        Assert.Equal(resolved.ToJsonString(), (await host.Anonymous.GetJsonAsync($"/api/bottlenecks/{id}")).ToJsonString());
    }

    [Theory]
    [InlineData("""{"outcome": "Opgelost."}""", "on", HttpStatusCode.BadRequest)]
    [InlineData("""{"on": "2026-03-01"}""", "outcome", HttpStatusCode.BadRequest)]
    [InlineData("""{"on": "2026-03-01", "outcome": "  "}""", "outcome", HttpStatusCode.BadRequest)]
    [InlineData("""{"on": "2026-01-31", "outcome": "Opgelost."}""", "on", HttpStatusCode.Conflict)]
    public async Task A_resolution_without_its_fields_or_before_the_last_step_is_refused_naming_the_field_and_changes_nothing(string json, string field, HttpStatusCode status)
    {
        var id = await SignalAsync("GM0729", "2026-02-01");
        var before = (await _client.GetJsonAsync($"/api/bottlenecks/{id}")).ToJsonString();

        using var response = await _client.PostJsonAsync($"/api/bottlenecks/{id}/resolution", json);
        if (status == HttpStatusCode.BadRequest)
        {
            await response.ValidationProblemAsync(field);
        }
        else
        {
            Assert.Equal(field, (string?)(await response.ProblemAsync(status))["field"]);
        }

        Assert.Equal(before, (await _client.GetJsonAsync($"/api/bottlenecks/{id}")).ToJsonString());
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("0")]
    [InlineData("een")]
    public async Task An_unknown_bottleneck_is_404_to_read_escalate_and_resolve(string id)
    {
        await (await host.Anonymous.GetAsync(new Uri($"/api/bottlenecks/{id}", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/escalations", """{"level": "Regional", "on": "2026-03-01"}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostJsonAsync($"/api/bottlenecks/{id}/resolution", """{"on": "2026-03-01", "outcome": "Opgelost."}""")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static string Signal(string code, string title) => $$"""{"signalledBy": "{{code}}", "title": "{{title}}", "description": "D"}""";

    private async Task<int> SignalAsync(string code, string on)
    {
        await CreateAsync(code);
        var created = await (await _client.PostJsonAsync("/api/bottlenecks", $$"""{"signalledBy": "{{code}}", "title": "Knelpunt", "description": "Iets staat in de weg.", "on": "{{on}}"}""")).JsonAsync(HttpStatusCode.Created);
        return (int)created["id"]!;
    }

    private async Task CreateAsync(string code) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Gemeente"}""")).IsSuccessStatusCode);
}
