using System.Net;
using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests;

/// <summary>The programme's routes; the host's fake clock says 1 March 2026.</summary>
[Collection(HostDefinition.Name)]
public sealed class ProgrammeTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task Agreement_makes_a_candidate_and_returns_the_programme_shape()
    {
        await CreateAsync("GM1942", "Gooise Meren");

        var programme = await (await TransitionAsync("GM1942", """{"phase": "Agreement", "on": "2023-11-30", "note": "Signed."}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["phase", "since", "history", "candidate", "recognisedUntil", "overdue"], programme.Names());
        Assert.Equal("Agreement", (string?)programme["phase"]);
        Assert.Equal("2023-11-30", (string?)programme["since"]);
        Assert.True((bool)programme["candidate"]!);
        Assert.Null(programme["recognisedUntil"]);
        Assert.False((bool)programme["overdue"]!);
        var span = Assert.Single(programme["history"]!.AsArray())!;
        Assert.Equal(["phase", "from", "to", "note", "criteria"], span.Names());
        Assert.Equal("2023-11-30", (string?)span["from"]);
        Assert.Null(span["to"]);
        Assert.Equal("Signed.", (string?)span["note"]);
        Assert.Empty(span["criteria"]!.AsArray());
        Assert.Equal(programme.ToJsonString(), (await _client.GetJsonAsync("/api/municipalities/GM1942"))["programme"]!.ToJsonString());
    }

    [Fact]
    public async Task A_full_programme_is_recognised_and_reads_as_it_stood_on_each_date()
    {
        await CreateAsync("GM0344", "Utrecht");
        await StepsAsync("GM0344", "2023-01-10");

        // Utrecht records no evidence here: its recognition overrides the dossier that is not ready.
        var recognised = await (await TransitionAsync("GM0344", """{"phase": "Recognised", "on": "2026-02-01", "criteria": ["Results", "Participation", "NonDiscrimination"], "override": "Het panel erkent op eigen oordeel."}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Recognised", (string?)recognised["phase"]);
        Assert.Equal(["Results", "Participation", "NonDiscrimination"], recognised["history"]!.AsArray()[^1]!["criteria"]!.AsArray().Select(c => (string?)c));
        Assert.Null(recognised["history"]!.AsArray()[^1]!["note"]);
        Assert.NotNull((string?)recognised["recognisedUntil"]);
        Assert.Equal(6, recognised["history"]!.AsArray().Count);
        Assert.Equal("2026-02-01", (string?)recognised["history"]![4]!["to"]);
        var before = await _client.GetJsonAsync("/api/municipalities/GM0344/programme?on=2023-12-31");
        Assert.Equal("SituationAnalysis", (string?)before["phase"]);
        Assert.Null(before["recognisedUntil"]);
    }

    [Fact]
    public async Task Recognition_sooner_than_three_years_after_Agreement_is_409_with_the_rule_and_changes_nothing()
    {
        await CreateAsync("GM0599", "Rotterdam");
        await StepsAsync("GM0599", "2024-01-10");
        var before = await _client.GetJsonAsync("/api/municipalities/GM0599/programme");

        var problem = await (await TransitionAsync("GM0599", """{"phase": "Recognised", "on": "2026-02-01", "criteria": ["Results", "Participation", "NonDiscrimination"]}""")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("TooSoonForRecognition", (string?)problem["rule"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        Assert.Equal(before.ToJsonString(), (await _client.GetJsonAsync("/api/municipalities/GM0599/programme")).ToJsonString());
    }

    [Fact]
    public async Task Recognition_without_all_three_criteria_is_409()
    {
        await CreateAsync("GM0200", "Apeldoorn");
        await StepsAsync("GM0200", "2022-06-01");

        var problem = await (await TransitionAsync("GM0200", """{"phase": "Recognised", "on": "2026-02-01", "criteria": ["Results"]}""")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("MissingCriteria", (string?)problem["rule"]);
    }

    [Fact]
    public async Task A_transition_after_today_by_the_hosts_clock_is_409()
    {
        // 1 June 2026 is past by the real clock but after the fake clock's 1 March 2026: the injected clock decides.
        await CreateAsync("GM0202", "Arnhem");

        var problem = await (await TransitionAsync("GM0202", """{"phase": "Agreement", "on": "2026-06-01"}""")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("InTheFuture", (string?)problem["rule"]);
        Assert.Null((await _client.GetJsonAsync("/api/municipalities/GM0202/programme"))["phase"]);
    }

    [Fact]
    public async Task Today_is_the_members_date_in_its_own_zone()
    {
        // 2 March 2026 03:00 UTC is 2 March in Amsterdam but still 1 March (23:00) on Sint Eustatius.
        var factoryClock = host.Factory.Clock;
        await CreateAsync("GM9002", "Sint Eustatius");
        await CreateAsync("GM0034", "Almere");
        var now = factoryClock.GetCurrentInstant();
        factoryClock.Reset(NodaTime.Instant.FromUtc(2026, 3, 2, 3, 0));
        try
        {
            await (await TransitionAsync("GM9002", """{"phase": "Agreement", "on": "2026-03-02"}""")).ProblemAsync(HttpStatusCode.Conflict);
            await (await TransitionAsync("GM0034", """{"phase": "Agreement", "on": "2026-03-02"}""")).JsonAsync(HttpStatusCode.OK);
        }
        finally
        {
            factoryClock.Reset(now);
        }
    }

    [Fact]
    public async Task A_transition_out_of_order_is_409()
    {
        await CreateAsync("GM0193", "Zwolle");

        var problem = await (await TransitionAsync("GM0193", """{"phase": "Evaluation", "on": "2024-01-01"}""")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("OutOfOrder", (string?)problem["rule"]);
    }

    [Theory]
    [InlineData("""{"phase": "Dreaming", "on": "2024-01-01"}""", "phase")]
    [InlineData("""{"phase": "2", "on": "2024-01-01"}""", "phase")]
    [InlineData("""{"on": "2024-01-01"}""", "phase")]
    [InlineData("""{"phase": 2, "on": "2024-01-01"}""", "phase")]
    [InlineData("""{"phase": "Agreement", "on": "2024-13-01"}""", "on")]
    [InlineData("""{"phase": "Agreement", "on": "1 January 2024"}""", "on")]
    [InlineData("""{"phase": "Agreement"}""", "on")]
    [InlineData("""{"phase": "Agreement", "on": "2024-01-01", "criteria": ["Results", "Kindness"]}""", "criteria[1]")]
    [InlineData("""{"phase": "Agreement", "on": "2024-01-01", "criteria": "Results"}""", "criteria")]
    public async Task Invalid_input_is_400_naming_the_field_and_records_nothing(string json, string field)
    {
        await CreateAsync("GM0153", "Enschede");

        await (await TransitionAsync("GM0153", json)).ValidationProblemAsync(field);

        Assert.Empty((await _client.GetJsonAsync("/api/municipalities/GM0153/programme"))["history"]!.AsArray());
    }

    [Fact]
    public async Task A_note_longer_than_the_domain_allows_is_400_naming_note()
    {
        await CreateAsync("GM0150", "Deventer");

        await (await TransitionAsync("GM0150", $$"""{"phase": "Agreement", "on": "2024-01-01", "note": "{{new string('n', 2001)}}"}""")).ValidationProblemAsync("note");
    }

    [Theory]
    [InlineData("""{"phase": "Agreement", """)]
    [InlineData("""[1, 2]""")]
    [InlineData("")]
    public async Task A_malformed_body_is_400_not_500(string json)
    {
        await CreateAsync("GM0141", "Almelo");

        await (await TransitionAsync("GM0141", json)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_with_a_malformed_date_is_400_naming_on()
    {
        await CreateAsync("GM0147", "Borne");

        await (await _client.GetAsync("/api/municipalities/GM0147/programme?on=2026-02-30")).ValidationProblemAsync("on");
    }

    [Fact]
    public async Task An_unknown_municipality_is_404_on_both_routes()
    {
        await (await TransitionAsync("GM0998", """{"phase": "Agreement", "on": "2024-01-01"}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/municipalities/GM0998/programme")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/municipalities/GM0998")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_bad_code_is_400_naming_code_on_both_routes()
    {
        await (await TransitionAsync("GM99999", """{"phase": "Agreement", "on": "2024-01-01"}""")).ValidationProblemAsync("code");
        await (await _client.GetAsync("/api/municipalities/GM99999/programme")).ValidationProblemAsync("code");
    }

    private async Task CreateAsync(string code, string name)
    {
        var response = await _client.PutJsonAsync($"/api/municipalities/{code}", new JsonObject { ["name"] = name }.ToJsonString());
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> TransitionAsync(string code, string json) =>
        _client.PostJsonAsync($"/api/municipalities/{code}/programme/transitions", json);

    // Agreement on the given date, then a phase on the 1st of each following year's steps, Evaluation from 2026-01-01.
    private async Task StepsAsync(string code, string agreement)
    {
        var year = int.Parse(agreement[..4], System.Globalization.CultureInfo.InvariantCulture);
        string[] steps =
        [
            $$"""{"phase": "Agreement", "on": "{{agreement}}"}""",
            $$"""{"phase": "SituationAnalysis", "on": "{{year}}-06-01"}""",
            $$"""{"phase": "ActionPlan", "on": "{{year + 1}}-01-01"}""",
            """{"phase": "Implementation", "on": "2025-06-01"}""",
            """{"phase": "Evaluation", "on": "2026-01-01"}""",
        ];
        foreach (var step in steps)
        {
            await (await TransitionAsync(code, step)).JsonAsync(HttpStatusCode.OK);
        }
    }
}
