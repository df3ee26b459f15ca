using System.Net;
using System.Text.Json.Nodes;
using Cfc.Testing;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// Snapshots of representative responses, as parsed JSON, so that a change to a response's shape is a reviewed
/// change. The class has a host of its own (fake clock at 1 March 2026, seeding off), so that the matching scores
/// depend only on the issues added here; each test still uses municipality codes of its own. What varies per run
/// is replaced before the snapshot: generated issue ids by placeholders, a problem's traceId.
/// </summary>
public sealed class ResponseSnapshotTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_municipality_after_a_put_and_two_transitions()
    {
        await PutAsync("GM1801", """{"name": "Snapshotstad", "timeZone": "Europe/Amsterdam"}""");
        await TransitionAsync("GM1801", """{"phase": "Agreement", "on": "2023-11-30", "note": "Signed."}""");
        await TransitionAsync("GM1801", """{"phase": "SituationAnalysis", "on": "2024-06-01"}""");

        var municipality = await _client.GetJsonAsync("/api/municipalities/GM1801");

        Approvals.VerifyJson(municipality);
    }

    [Fact]
    public async Task A_programme_as_it_stood_on_a_date()
    {
        await PutAsync("GM1802", """{"name": "Peildatum"}""");
        await TransitionAsync("GM1802", """{"phase": "Agreement", "on": "2022-01-10"}""");
        await TransitionAsync("GM1802", """{"phase": "SituationAnalysis", "on": "2022-06-01"}""");
        await TransitionAsync("GM1802", """{"phase": "ActionPlan", "on": "2023-01-01"}""");

        var programme = await _client.GetJsonAsync("/api/municipalities/GM1802/programme?on=2022-12-31");

        Approvals.VerifyJson(programme);
    }

    [Fact]
    public async Task A_readiness_without_evidence()
    {
        await PutAsync("GM1821", """{"name": "Dossierdorp"}""");
        await StepsAsync("GM1821");

        Approvals.VerifyJson(await host.Anonymous.GetJsonAsync("/api/municipalities/GM1821/readiness?on=2026-02-01"));
    }

    [Fact]
    public async Task A_dossier_not_ready_problem()
    {
        await PutAsync("GM1822", """{"name": "Wachtstad"}""");
        await StepsAsync("GM1822");

        var response = await _client.PostJsonAsync("/api/municipalities/GM1822/programme/transitions", """{"phase": "Recognised", "on": "2026-02-01", "criteria": ["Results", "Participation", "NonDiscrimination"]}""");

        Approvals.VerifyJson(Scrubbed(await response.ProblemAsync(HttpStatusCode.Conflict)));
    }

    [Fact]
    public async Task A_programme_recognised_with_an_override()
    {
        await PutAsync("GM1823", """{"name": "Erkendstad"}""");
        await StepsAsync("GM1823");
        await TransitionAsync("GM1823", """{"phase": "Recognised", "on": "2026-02-01", "criteria": ["Results", "Participation", "NonDiscrimination"], "override": "Het panel erkent op eigen oordeel."}""");

        Approvals.VerifyJson(await _client.GetJsonAsync("/api/municipalities/GM1823/programme"));
    }

    [Fact]
    public async Task A_good_practice_after_a_correction()
    {
        await PutAsync("GM1811", """{"name": "Voorbeeldstad"}""");
        var shared = await (await _client.PostJsonAsync("/api/practices", """{"member": "GM1811", "title": "Kinderraad", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L", "sharedOn": "2026-01-15"}""")).JsonAsync(HttpStatusCode.Created);
        Assert.True((await _client.PutJsonAsync($"/api/practices/{(int)shared["id"]!}", """{"member": "GM1811", "title": "Kinderraad Voorbeeldstad", "goalAreas": ["VoiceHeard", "FamilyPlayLeisure"], "whatWasDone": "Een raad van kinderen.", "challenges": "Kinderen blijven betrekken.", "lessonsLearned": "Begin klein.", "articles": [31, 12]}""")).IsSuccessStatusCode);

        Approvals.VerifyJson(await host.Anonymous.GetJsonAsync($"/api/practices/{(int)shared["id"]!}"));
    }

    [Fact]
    public async Task A_participation_record_with_its_count_disclosed()
    {
        await PutAsync("GM1821", """{"name": "Participatiedorp"}""");
        var created = await (await _client.PostJsonAsync("/api/municipalities/GM1821/participation", """
            {"kind": "Council", "heldOn": "2026-02-12", "phase": "SituationAnalysis", "ageGroups": ["12-17", "8-11"], "participants": 23,
             "groupsReached": ["poverty", "young-carers"], "topics": ["veilig naar school"], "decisionFed": "Speelruimteplan 2027",
             "feedback": {"givenOn": "2026-02-26", "how": "Brief aan de kinderraad."}}
            """)).JsonAsync(HttpStatusCode.Created);

        Approvals.VerifyJson(await host.Anonymous.GetJsonAsync($"/api/participation/{(int)created["id"]!}"));
    }

    [Fact]
    public async Task A_theme_proposal_taken_up_by_a_meeting_and_the_meeting()
    {
        await PutAsync("GM1822", """{"name": "Themadorp"}""");
        var proposed = await (await _client.PostJsonAsync("/api/themes", """{"title": "Veilig naar school", "text": "Kinderen fietsen over drukke wegen.", "member": "GM1822"}""")).JsonAsync(HttpStatusCode.Created);
        var id = (int)proposed["id"]!;
        Assert.True((await _client.PostJsonAsync($"/api/themes/{id}/votes", """{"member": "GM1822", "votes": 12}""")).IsSuccessStatusCode);
        var meeting = await (await _client.PostJsonAsync("/api/meetings", $$"""{"title": "Veilig naar school", "format": "Online", "kind": "Thematic", "themes": [{"name": "verkeer"}], "organiser": "GM1822", "start": "2026-04-02T15:00:00", "duration": "PT1H30M", "proposal": {{id}}}""")).JsonAsync(HttpStatusCode.Created);

        var proposal = await host.Anonymous.GetJsonAsync($"/api/themes/{id}");
        var shown = await host.Anonymous.GetJsonAsync($"/api/meetings/{(int)meeting["id"]!}");

        Approvals.VerifyJson(new JsonObject { ["proposal"] = Numbered(proposal, (int)meeting["id"]!), ["meeting"] = Numbered(shown, (int)meeting["id"]!) });
    }

    // The numbers the network hands out depend on the tests before: placeholders instead.
    private static JsonNode Numbered(JsonNode node, int meeting)
    {
        var copy = JsonNode.Parse(node.ToJsonString())!;
        if (copy["proposal"] is JsonObject taken)
        {
            taken["id"] = "{proposal}";
            copy["id"] = "{meeting}";
        }
        else
        {
            copy["id"] = "{proposal}";
            Assert.Equal(meeting, (int)copy["meeting"]!);
            copy["meeting"] = "{meeting}";
        }

        return copy;
    }

    [Fact]
    public async Task A_bottleneck_escalated_and_resolved()
    {
        await PutAsync("GM1812", """{"name": "Knelpuntdorp"}""");
        var signalled = await (await _client.PostJsonAsync("/api/bottlenecks", """{"signalledBy": "GM1812", "title": "Wachtlijst jeugdzorg", "description": "Kinderen wachten maanden.", "on": "2026-01-05", "articles": [24]}""")).JsonAsync(HttpStatusCode.Created);
        var id = (int)signalled["id"]!;
        Assert.True((await _client.PostJsonAsync($"/api/bottlenecks/{id}/escalations", """{"level": "National", "on": "2026-02-01", "note": "VNG"}""")).IsSuccessStatusCode);
        Assert.True((await _client.PostJsonAsync($"/api/bottlenecks/{id}/resolution", """{"on": "2026-02-20", "outcome": "Extra plaatsen ingekocht."}""")).IsSuccessStatusCode);

        Approvals.VerifyJson(await host.Anonymous.GetJsonAsync($"/api/bottlenecks/{id}"));
    }

    [Fact]
    public async Task An_action_point_done_and_reopened()
    {
        await PutAsync("GM1813", """{"name": "Actiedorp"}""");
        var created = await (await _client.PostJsonAsync("/api/municipalities/GM1813/actions", """{"title": "Speelplekken in elke wijk", "description": "Een speelplek binnen 300 meter.", "goalArea": "FamilyPlayLeisure", "indicators": ["school.home-sitters"], "owner": "Team Openbare Ruimte", "due": "2026-12-31"}""")).JsonAsync(HttpStatusCode.Created);
        var id = (int)created["id"]!;
        Assert.True((await _client.PostJsonAsync($"/api/municipalities/GM1813/actions/{id}/status", """{"status": "Done", "on": "2026-03-01", "note": "Opgeleverd."}""")).IsSuccessStatusCode);
        Assert.True((await _client.PostJsonAsync($"/api/municipalities/GM1813/actions/{id}/status", """{"status": "InProgress", "on": "2026-03-01", "note": "Nog een wijk.", "reopen": true}""")).IsSuccessStatusCode);

        Approvals.VerifyJson(await host.Anonymous.GetJsonAsync($"/api/actions/{id}"));
    }

    [Fact]
    public async Task A_checklist_with_two_answers()
    {
        await PutAsync("GM1814", """{"name": "Checklistdorp"}""");
        Assert.True((await _client.PutJsonAsync("/api/municipalities/GM1814/checklist/voice-01", """{"answer": "partly", "evidence": "https://example.org/jongerenraad", "on": "2026-02-01"}""")).IsSuccessStatusCode);
        Assert.True((await _client.PutJsonAsync("/api/municipalities/GM1814/checklist/play-03", """{"answer": "Opvoedsteunpunt in elke wijk.", "on": "2026-02-02"}""")).IsSuccessStatusCode);

        Approvals.VerifyJson(await host.Anonymous.GetJsonAsync("/api/municipalities/GM1814/checklist"));
    }

    [Fact]
    public async Task The_indicator_catalogue()
    {
        var catalogue = await host.Anonymous.GetJsonAsync("/api/indicators");

        Approvals.VerifyJson(catalogue);
    }

    [Fact]
    public async Task A_members_indicators_after_observations_and_a_target()
    {
        await PutAsync("GM1803", """{"name": "Meetdorp"}""");
        await ObserveAsync("GM1803", """{"indicator": "poverty.low-income-minors", "period": "2021", "value": 7}""");
        await ObserveAsync("GM1803", """{"indicator": "poverty.low-income-minors", "period": "2022", "value": 6}""");
        await ObserveAsync("GM1803", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": 5.2}""");
        await ObserveAsync("GM1803", """{"indicator": "poverty.social-minimum-120.count", "period": "2023", "value": 7}""");
        Assert.True((await _client.PutJsonAsync("/api/municipalities/GM1803/targets/poverty.low-income-minors", """{"baselinePeriod": "2021", "baselineValue": 7, "value": 4, "date": "2030-12-31"}""")).IsSuccessStatusCode);

        var indicators = await _client.GetJsonAsync("/api/municipalities/GM1803/indicators");

        Approvals.VerifyJson(indicators);
    }

    [Fact]
    public async Task A_members_indicators_with_a_forecast_and_its_peers()
    {
        // 20,000 to 50,000 inhabitants, a class of its own among the tests' members: the member and five peers.
        string[] codes = ["GM1876", "GM1877", "GM1878", "GM1879", "GM1880", "GM1881"];
        foreach (var (code, i) in codes.Select((c, i) => (c, i)))
        {
            await PutAsync(code, """{"name": "Middelstad"}""");
            await ObserveAsync(code, $$"""{"indicator": "population.inhabitants", "period": "2024-01-01", "value": {{30_000 + (i * 1_000)}}}""");
            await ObserveAsync(code, $$"""{"indicator": "poverty.low-income-minors", "period": "2022", "value": {{7 + i}}}""");
            await ObserveAsync(code, $$"""{"indicator": "poverty.low-income-minors", "period": "2023", "value": {{6 + i}}}""");
        }

        await ObserveAsync("GM1876", """{"indicator": "poverty.low-income-minors", "period": "2021", "value": 7.5}""");
        Assert.True((await _client.PutJsonAsync("/api/municipalities/GM1876/targets/poverty.low-income-minors", """{"baselinePeriod": "2021", "baselineValue": 7.5, "value": 4, "date": "2030-12-31"}""")).IsSuccessStatusCode);

        var indicators = await _client.GetJsonAsync("/api/municipalities/GM1876/indicators");

        Approvals.VerifyJson(indicators);
    }

    [Fact]
    public async Task Matches_for_a_small_set_of_issues_of_two_members()
    {
        await PutAsync("GM1804", """{"name": "Vraagstad"}""");
        await PutAsync("GM1805", """{"name": "Antwoorddorp"}""");
        var ids = new List<string>
        {
            await IssueAsync("GM1804", """{"title": "Kinderarmoede in de wijk", "text": "Kinderen in armoede missen sport, zwemles en schoolreisjes.", "themes": ["armoede", "sport"], "articles": [27, 31]}"""),
            await IssueAsync("GM1804", """{"title": "Armoede bij gezinnen", "text": "Kinderen in armoede missen sport.", "themes": ["armoede"]}"""),
            await IssueAsync("GM1805", """{"title": "Armoede en sport", "text": "Kinderen in armoede missen sport en schoolreisjes.", "themes": ["armoede", "sport"], "articles": [27]}"""),
            await IssueAsync("GM1805", """{"title": "Zwemles voor ieder kind", "text": "Niet elk kind krijgt zwemles; armoede speelt mee.", "themes": ["sport"], "articles": [31]}"""),
            await IssueAsync("GM1805", """{"title": "Speelplekken", "text": "Er zijn te weinig veilige speelplekken in de buurt.", "themes": ["spelen"], "articles": [31]}"""),
        };

        var matches = await _client.GetJsonAsync($"/api/issues/{ids[0]}/matches?k=10");

        Approvals.VerifyJson(WithPlaceholders(matches, ids));
    }

    [Fact]
    public async Task A_validation_problem()
    {
        await PutAsync("GM1806", """{"name": "Foutenburg"}""");

        var response = await _client.PostJsonAsync("/api/municipalities/GM1806/programme/transitions", """{"phase": "Dreaming", "on": "2024-13-01"}""");

        Approvals.VerifyJson(Scrubbed(await response.ValidationProblemAsync("phase")));
    }

    [Fact]
    public async Task A_programme_rule_problem()
    {
        await PutAsync("GM1807", """{"name": "Regeldorp"}""");

        var response = await _client.PostJsonAsync("/api/municipalities/GM1807/programme/transitions", """{"phase": "Evaluation", "on": "2024-01-01"}""");

        Approvals.VerifyJson(Scrubbed(await response.ProblemAsync(HttpStatusCode.Conflict)));
    }

    [Fact]
    public async Task A_cancelled_meeting_and_the_problem_of_cancelling_it_again()
    {
        await PutAsync("GM1808", """{"name": "Vergaderstad"}""");
        await PutAsync("GM9003", """{"name": "Saba"}""");
        var created = await (await _client.PostJsonAsync("/api/meetings", """
            {"title": "Spelen in de wijk", "format": "Online", "kind": "Thematic", "themes": [{"name": "spelen", "chosenWithYoungPeople": true}],
             "organiser": "GM1808", "start": "2026-04-02T15:00:00", "duration": "PT1H30M", "participants": ["GM9003"]}
            """)).JsonAsync(HttpStatusCode.Created);
        var id = (int)created["id"]!;

        var cancelled = await (await _client.PostJsonAsync($"/api/meetings/{id}/cancellation", """{"reason": "Te weinig aanmeldingen."}""")).JsonAsync(HttpStatusCode.OK);
        var again = await (await _client.PostJsonAsync($"/api/meetings/{id}/cancellation", """{"reason": "Nog eens."}""")).ProblemAsync(HttpStatusCode.Conflict);

        // The number depends on the order the tests of this host run in.
        cancelled["id"] = "<id>";
        Approvals.VerifyJson(cancelled, "meeting");
        Approvals.VerifyJson(Scrubbed(again), "problem");
    }

    /// <summary>The problem with its traceId, which differs per request, replaced by a placeholder.</summary>
    private static JsonNode Scrubbed(JsonNode problem)
    {
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["traceId"]), problem.ToJsonString());
        problem["traceId"] = "<traceId>";
        return problem;
    }

    /// <summary>
    /// <paramref name="node"/> with every string that is one of <paramref name="ids"/> (generated per run) replaced by
    /// <c>&lt;issue-n&gt;</c>, n its 1-based position; a string that merely contains an id fails the test.
    /// </summary>
    private static JsonNode WithPlaceholders(JsonNode node, List<string> ids)
    {
        foreach (var value in Values(node).ToList())
        {
            if (!value.TryGetValue<string>(out var text))
            {
                continue;
            }

            var index = ids.IndexOf(text);
            if (index >= 0)
            {
                value.ReplaceWith($"<issue-{index + 1}>");
            }
            else
            {
                Assert.DoesNotContain(ids, id => text.Contains(id, StringComparison.Ordinal));
            }
        }

        return node;
    }

    private static IEnumerable<JsonValue> Values(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Values(p.Value)),
        JsonArray array => array.SelectMany(Values),
        JsonValue value => [value],
        _ => [],
    };

    private async Task PutAsync(string code, string json)
    {
        var response = await _client.PutJsonAsync($"/api/municipalities/{code}", json);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task TransitionAsync(string code, string json) =>
        await (await _client.PostJsonAsync($"/api/municipalities/{code}/programme/transitions", json)).JsonAsync(HttpStatusCode.OK);

    // Agreement in January 2023, then the steps up to Evaluation from 2026-01-01.
    private async Task StepsAsync(string code)
    {
        foreach (var (phase, on) in new[] { ("Agreement", "2023-01-10"), ("SituationAnalysis", "2023-06-01"), ("ActionPlan", "2024-01-01"), ("Implementation", "2025-06-01"), ("Evaluation", "2026-01-01") })
        {
            await TransitionAsync(code, $$"""{"phase": "{{phase}}", "on": "{{on}}"}""");
        }
    }

    private async Task ObserveAsync(string code, string json) =>
        await (await _client.PostJsonAsync($"/api/municipalities/{code}/observations", json)).JsonAsync(HttpStatusCode.Created);

    private async Task<string> IssueAsync(string code, string json) =>
        (string)(await (await _client.PostJsonAsync($"/api/municipalities/{code}/issues", json)).JsonAsync(HttpStatusCode.Created))["id"]!;
}
