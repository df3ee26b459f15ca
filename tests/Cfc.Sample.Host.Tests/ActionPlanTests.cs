using System.Net;
using NodaTime;

namespace Cfc.Sample.Host.Tests;

/// <summary>The action plan's routes; the host's today is 2026-03-01.</summary>
[Collection(HostDefinition.Name)]
public sealed class ActionPlanTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_point_is_created_with_201_and_its_status_changes_are_its_history()
    {
        await CreateAsync("GM0870");

        var response = await _client.PostJsonAsync("/api/municipalities/GM0870/actions",
            """{"title": "Speelplekken in elke wijk", "goalArea": "FamilyPlayLeisure", "indicators": ["school.home-sitters"], "owner": "Team Openbare Ruimte", "due": "2026-06-30"}""");

        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["id", "member", "title", "description", "goalArea", "indicators", "target", "owner", "due", "createdOn", "status", "overdue", "history"], created.Names());
        var id = (int)created["id"]!;
        Assert.Equal($"/api/actions/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Planned", "2026-03-01", false), ((string?)created["status"], (string?)created["createdOn"], (bool)created["overdue"]!));

        var changed = await (await _client.PostJsonAsync($"/api/municipalities/GM0870/actions/{id}/status", """{"status": "InProgress", "on": "2026-03-01", "note": "Eerste wijk."}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["status", "on", "note"], changed["history"]!.AsArray()[1]!.Names());
        Assert.Equal(["Planned", "InProgress"], changed["history"]!.AsArray().Select(c => (string?)c!["status"]));
        Assert.Equal(changed.ToJsonString(), (await host.Anonymous.GetJsonAsync($"/api/actions/{id}")).ToJsonString());
        Assert.Equal([id], (await host.Anonymous.GetJsonAsync("/api/municipalities/GM0870/actions")).AsArray().Select(p => (int)p!["id"]!));
    }

    [Fact]
    public async Task Overdue_points_are_flagged_and_filtered_in_the_members_plan_and_across_members()
    {
        await CreateAsync("GM0871");
        // A point created in January, due before today (1 March), and one due later.
        host.Factory.Clock.Reset(Instant.FromUtc(2026, 1, 10, 12, 0));
        int overdue;
        try
        {
            overdue = await CreatePointAsync("GM0871", "Te laat", "2026-02-28");
        }
        finally
        {
            host.Factory.Clock.Reset(HostFactory.Now);
        }

        var due = await CreatePointAsync("GM0871", "Op tijd", "2026-09-01");

        var plan = (await host.Anonymous.GetJsonAsync("/api/municipalities/GM0871/actions")).AsArray();
        var onlyOverdue = (await host.Anonymous.GetJsonAsync("/api/municipalities/GM0871/actions?overdue=true")).AsArray();
        var network = (await host.Anonymous.GetJsonAsync("/api/actions?overdue=true&limit=1000")).AsArray();

        Assert.Equal([(overdue, true), (due, false)], plan.Select(p => ((int)p!["id"]!, (bool)p["overdue"]!)));
        Assert.Equal([overdue], onlyOverdue.Select(p => (int)p!["id"]!));
        Assert.Contains(overdue, network.Select(p => (int)p!["id"]!));
        Assert.DoesNotContain(due, network.Select(p => (int)p!["id"]!));
        Assert.All(network, p => Assert.True((bool)p!["overdue"]!));
    }

    [Fact]
    public async Task The_coordinators_view_filters_by_status_and_goal_area()
    {
        await CreateAsync("GM0872");
        var voice = await CreatePointAsync("GM0872", "Jongerenraad", "2026-12-01", "VoiceHeard");
        var done = await CreatePointAsync("GM0872", "Speelplek", "2026-12-01");
        await (await _client.PostJsonAsync($"/api/municipalities/GM0872/actions/{done}/status", """{"status": "Done", "on": "2026-03-01"}""")).JsonAsync(HttpStatusCode.OK);

        var byArea = (await host.Anonymous.GetJsonAsync("/api/actions?goalArea=VoiceHeard&limit=1000")).AsArray().Select(p => (int)p!["id"]!).ToList();
        var byStatus = (await host.Anonymous.GetJsonAsync("/api/actions?status=Done&limit=1000")).AsArray();

        Assert.Contains(voice, byArea);
        Assert.DoesNotContain(done, byArea);
        Assert.Contains(done, byStatus.Select(p => (int)p!["id"]!));
        Assert.All(byStatus, p => Assert.Equal("Done", (string?)p!["status"]));
    }

    [Theory]
    [InlineData("/api/actions?status=Klaar", "status")]
    [InlineData("/api/actions?goalArea=Sport", "goalArea")]
    [InlineData("/api/actions?overdue=ja", "overdue")]
    [InlineData("/api/municipalities/GM0873/actions?overdue=ja", "overdue")]
    public async Task A_bad_filter_is_400_naming_the_parameter(string path, string field) =>
        await (await host.Anonymous.GetAsync(path)).ValidationProblemAsync(field);

    [Theory]
    [InlineData("""{"goalArea": "VoiceHeard", "owner": "Team Jeugd", "due": "2026-06-30"}""", "title")]
    [InlineData("""{"title": "T", "goalArea": "Sport", "owner": "Team Jeugd", "due": "2026-06-30"}""", "goalArea")]
    [InlineData("""{"title": "T", "goalArea": "VoiceHeard", "due": "2026-06-30"}""", "owner")]
    [InlineData("""{"title": "T", "goalArea": "VoiceHeard", "owner": "Team Jeugd"}""", "due")]
    [InlineData("""{"title": "T", "goalArea": "VoiceHeard", "owner": "Team Jeugd", "due": "2026-02-28"}""", "due")]
    [InlineData("""{"title": "T", "goalArea": "VoiceHeard", "owner": "Team Jeugd", "due": "2026-06-30", "indicators": ["no.such-indicator"]}""", "indicators")]
    [InlineData("""{"title": "T", "goalArea": "VoiceHeard", "owner": "Team Jeugd", "due": "2026-06-30", "indicators": ["school.home-sitters"], "target": "school.home-sitters"}""", "target")]
    [InlineData("""{"title": "T", "goalArea": "VoiceHeard", "owner": "Team Jeugd", "due": "2026-06-30", "target": "school.home-sitters"}""", "target")]
    public async Task An_invalid_point_is_400_naming_the_field_and_creates_nothing(string json, string field)
    {
        await CreateAsync("GM0874");

        await (await _client.PostJsonAsync("/api/municipalities/GM0874/actions", json)).ValidationProblemAsync(field);

        Assert.Empty((await _client.GetJsonAsync("/api/municipalities/GM0874/actions")).AsArray());
    }

    [Fact]
    public async Task A_point_serves_the_members_target_for_one_of_its_indicators()
    {
        await CreateAsync("GM0875");
        await (await _client.PutJsonAsync("/api/municipalities/GM0875/targets/poverty.low-income-minors", """{"baselinePeriod": "2023", "baselineValue": 5.2, "value": 4, "date": "2030-12-31"}""")).JsonAsync(HttpStatusCode.Created);

        var created = await (await _client.PostJsonAsync("/api/municipalities/GM0875/actions",
            """{"title": "Meedoenregeling", "goalArea": "EssentialServices", "indicators": ["poverty.low-income-minors"], "target": "poverty.low-income-minors", "owner": "Team Werk en Inkomen", "due": "2027-01-31"}""")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("poverty.low-income-minors", (string?)created["target"]);
    }

    [Fact]
    public async Task A_change_the_history_forbids_is_409_and_a_closed_point_is_reopened_only_with_a_reason()
    {
        await CreateAsync("GM0876");
        var id = await CreatePointAsync("GM0876", "Speelplek", "2026-12-01");
        await (await _client.PostJsonAsync($"/api/municipalities/GM0876/actions/{id}/status", """{"status": "Done", "on": "2026-03-01"}""")).JsonAsync(HttpStatusCode.OK);

        await (await _client.PostJsonAsync($"/api/municipalities/GM0876/actions/{id}/status", """{"status": "InProgress", "on": "2026-03-01"}""")).ProblemAsync(HttpStatusCode.Conflict);
        await (await _client.PostJsonAsync($"/api/municipalities/GM0876/actions/{id}/status", """{"status": "InProgress", "on": "2026-03-01", "reopen": true}""")).ValidationProblemAsync("note");
        var reopened = await (await _client.PostJsonAsync($"/api/municipalities/GM0876/actions/{id}/status", """{"status": "InProgress", "on": "2026-03-01", "reopen": true, "note": "Nog een wijk."}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["Planned", "Done", "InProgress"], reopened["history"]!.AsArray().Select(c => (string?)c!["status"]));
    }

    [Theory]
    [InlineData("""{"status": "InProgress", "on": "2026-03-02"}""", "on")]
    [InlineData("""{"status": "Klaar", "on": "2026-03-01"}""", "status")]
    [InlineData("""{"on": "2026-03-01"}""", "status")]
    [InlineData("""{"status": "InProgress"}""", "on")]
    public async Task An_invalid_status_change_is_400_naming_the_field_and_changes_nothing(string json, string field)
    {
        await CreateAsync("GM0877");
        var id = await CreatePointAsync("GM0877", "Speelplek", "2026-12-01");

        await (await _client.PostJsonAsync($"/api/municipalities/GM0877/actions/{id}/status", json)).ValidationProblemAsync(field);

        Assert.Single((await _client.GetJsonAsync($"/api/actions/{id}"))["history"]!.AsArray());
    }

    [Fact]
    public async Task A_change_dated_before_the_previous_one_is_409()
    {
        await CreateAsync("GM0878");
        var id = await CreatePointAsync("GM0878", "Speelplek", "2026-12-01");

        await (await _client.PostJsonAsync($"/api/municipalities/GM0878/actions/{id}/status", """{"status": "InProgress", "on": "2026-02-28"}""")).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Another_members_point_is_404_through_this_members_route()
    {
        await CreateAsync("GM0879");
        await CreateAsync("GM0880");
        var id = await CreatePointAsync("GM0879", "Speelplek", "2026-12-01");

        await (await _client.PostJsonAsync($"/api/municipalities/GM0880/actions/{id}/status", """{"status": "InProgress", "on": "2026-03-01"}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/actions/999999")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Planned", (string?)(await _client.GetJsonAsync($"/api/actions/{id}"))["status"]);
    }

    private async Task<int> CreatePointAsync(string code, string title, string due, string goalArea = "FamilyPlayLeisure") =>
        (int)(await (await _client.PostJsonAsync($"/api/municipalities/{code}/actions",
            $$"""{"title": "{{title}}", "goalArea": "{{goalArea}}", "owner": "Team Jeugd", "due": "{{due}}"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;

    private async Task CreateAsync(string code) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Gemeente"}""")).IsSuccessStatusCode);
}
