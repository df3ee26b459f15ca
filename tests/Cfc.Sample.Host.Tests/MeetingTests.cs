using System.Net;
using Cfc.Sample.Host.Meetings;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Tests;

[Collection(HostDefinition.Name)]
public sealed class MeetingTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_meeting_is_added_with_201_and_listed_with_each_participants_local_time()
    {
        await CreateAsync("GM0700", "Den Helder");
        await CreateAsync("GM9001", "Bonaire");
        await (await _client.PutJsonAsync("/api/organisations/vergader-fonds", """{"name": "Vergaderfonds", "expertise": {"description": "Vergaderen."}}""")).JsonAsync(HttpStatusCode.Created);

        var response = await _client.PostJsonAsync("/api/meetings", """
            {"title": "Jongerenraden", "format": "Online", "kind": "Thematic", "themes": [{"name": "participatie", "chosenWithYoungPeople": true}],
             "organiser": "GM0700", "start": "2027-10-31T09:30:00", "duration": "PT2H", "participants": ["org:vergader-fonds", "GM9001"]}
            """);

        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["id", "title", "kind", "format", "themes", "organiser", "start", "end", "status", "localTimes"], created.Names());
        var id = (int)created["id"]!;
        Assert.Equal($"/api/meetings/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Planned", (string?)created["status"]);
        // 31 October 2027: the Netherlands are back on UTC+1 that morning.
        Assert.Equal("2027-10-31T08:30:00Z", (string?)created["start"]);
        Assert.Equal("2027-10-31T10:30:00Z", (string?)created["end"]);
        Assert.True((bool)created["themes"]![0]!["chosenWithYoungPeople"]!);
        var times = created["localTimes"]!.AsArray();
        Assert.Equal(["GM0700", "GM9001", "org:vergader-fonds"], times.Select(t => (string?)t!["member"]));
        Assert.Equal("2027-10-31T09:30:00+01:00", (string?)times[0]!["start"]);
        Assert.Equal("2027-10-31T04:30:00-04:00", (string?)times[1]!["start"]);
        Assert.Equal("Bonaire", (string?)times[1]!["name"]);
        Assert.Equal("Europe/Amsterdam", (string?)times[2]!["timeZone"]);

        var listed = (await host.Anonymous.GetJsonAsync("/api/meetings?from=2027-10-31")).AsArray();
        Assert.Equal(created.ToJsonString(), listed.Single(m => (string?)m!["title"] == "Jongerenraden")!.ToJsonString());
        Assert.DoesNotContain("Jongerenraden", (await host.Anonymous.GetJsonAsync("/api/meetings?from=2027-11-01")).AsArray().Select(m => (string?)m!["title"]));
        Assert.Contains("Jongerenraden", (await host.Anonymous.GetJsonAsync("/api/meetings")).AsArray().Select(m => (string?)m!["title"]));
        Assert.Equal(created.ToJsonString(), (await host.Anonymous.GetJsonAsync($"/api/meetings/{id}")).ToJsonString());
    }

    [Fact]
    public async Task Each_new_meeting_gets_the_next_number()
    {
        await CreateAsync("GM0704", "Gemeente");

        var first = await AddAsync("GM0704", "2027-09-03T10:00:00");
        var second = await AddAsync("GM0704", "2027-09-03T11:00:00");

        Assert.Equal(first + 1, second);
    }

    [Fact]
    public async Task A_put_reschedules_a_planned_meeting_and_moves_it_in_the_list()
    {
        await CreateAsync("GM0705", "Gemeente");
        var id = await AddAsync("GM0705", "2027-09-06T10:00:00", "Verzetten");

        var changed = await (await _client.PutJsonAsync($"/api/meetings/{id}", Body("GM0705", "2027-09-20T14:00:00", "Verzet"))).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((id, "Verzet", "Planned", "2027-09-20T12:00:00Z"), ((int)changed["id"]!, (string?)changed["title"], (string?)changed["status"], (string?)changed["start"]));
        Assert.Equal(changed.ToJsonString(), (await host.Anonymous.GetJsonAsync($"/api/meetings/{id}")).ToJsonString());
        Assert.DoesNotContain(id, (await host.Anonymous.GetJsonAsync("/api/meetings?from=2027-09-06&limit=1000")).AsArray().Where(m => (string?)m!["start"] == "2027-09-06T08:00:00Z").Select(m => (int)m!["id"]!));
        Assert.Contains(id, (await host.Anonymous.GetJsonAsync("/api/meetings?from=2027-09-20&limit=1000")).AsArray().Select(m => (int)m!["id"]!));
    }

    [Fact]
    public async Task A_cancelled_meeting_answers_with_its_reason_and_stays_readable_and_listed()
    {
        await CreateAsync("GM0706", "Gemeente");
        var id = await AddAsync("GM0706", "2027-09-07T10:00:00", "Afgelast");

        var cancelled = await (await _client.PostJsonAsync($"/api/meetings/{id}/cancellation", """{"reason": " Te weinig aanmeldingen. "}""")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Cancelled", (string?)cancelled["status"]);
        Assert.Equal("Te weinig aanmeldingen.", (string?)cancelled["cancellation"]!["reason"]);
        Assert.Equal(["id", "title", "kind", "format", "themes", "organiser", "start", "end", "status", "cancellation", "localTimes"], cancelled.Names());
        Assert.Equal(cancelled.ToJsonString(), (await host.Anonymous.GetJsonAsync($"/api/meetings/{id}")).ToJsonString());
        var listed = (await host.Anonymous.GetJsonAsync("/api/meetings?from=2027-09-07&limit=1000")).AsArray().Single(m => (int)m!["id"]! == id)!;
        Assert.Equal("Cancelled", (string?)listed["status"]);
    }

    [Fact]
    public async Task Cancelling_again_or_changing_a_cancelled_meeting_is_409_and_changes_nothing()
    {
        await CreateAsync("GM0707", "Gemeente");
        var id = await AddAsync("GM0707", "2027-09-08T10:00:00", "Eens afgelast");
        var cancelled = await (await _client.PostJsonAsync($"/api/meetings/{id}/cancellation", """{"reason": "Ziek."}""")).JsonAsync(HttpStatusCode.OK);

        var again = await (await _client.PostJsonAsync($"/api/meetings/{id}/cancellation", """{"reason": "Nog eens."}""")).ProblemAsync(HttpStatusCode.Conflict);
        var changed = await (await _client.PutJsonAsync($"/api/meetings/{id}", Body("GM0707", "2027-09-09T10:00:00", "Toch"))).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("already cancelled", (string?)again["detail"], StringComparison.Ordinal);
        Assert.Contains("cancelled", (string?)changed["detail"], StringComparison.Ordinal);
        Assert.Equal(cancelled.ToJsonString(), (await host.Anonymous.GetJsonAsync($"/api/meetings/{id}")).ToJsonString());
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"reason": "  "}""")]
    [InlineData("""{"reason": null}""")]
    public async Task A_cancellation_without_a_reason_is_400_naming_reason_and_changes_nothing(string json)
    {
        await CreateAsync("GM0708", "Gemeente");
        var id = await AddAsync("GM0708", "2027-09-10T10:00:00", "Zonder reden");

        await (await _client.PostJsonAsync($"/api/meetings/{id}/cancellation", json)).ValidationProblemAsync("reason");

        Assert.Equal("Planned", (string?)(await host.Anonymous.GetJsonAsync($"/api/meetings/{id}"))["status"]);
    }

    [Fact]
    public async Task A_cancellation_reason_longer_than_allowed_is_400_naming_reason()
    {
        await CreateAsync("GM0708", "Gemeente");
        var id = await AddAsync("GM0708", "2027-09-10T11:00:00", "Te lange reden");

        await (await _client.PostJsonAsync($"/api/meetings/{id}/cancellation", $$"""{"reason": "{{new string('x', 1001)}}"}""")).ValidationProblemAsync("reason");

        Assert.Equal("Planned", (string?)(await host.Anonymous.GetJsonAsync($"/api/meetings/{id}"))["status"]);
    }

    [Fact]
    public async Task An_invalid_put_is_400_naming_the_field_and_changes_nothing()
    {
        await CreateAsync("GM0709", "Gemeente");
        var id = await AddAsync("GM0709", "2027-09-13T10:00:00", "Blijft");
        var before = (await host.Anonymous.GetJsonAsync($"/api/meetings/{id}")).ToJsonString();

        await (await _client.PutJsonAsync($"/api/meetings/{id}", Body("GM0709", "2027-09-13T10:00:00", "Blijft").Replace("\"PT1H\"", "\"P8D\"", StringComparison.Ordinal))).ValidationProblemAsync("duration");
        await (await _client.PutJsonAsync($"/api/meetings/{id}", Body("GM0798", "2027-09-13T10:00:00", "Blijft"))).ValidationProblemAsync("organiser");

        Assert.Equal(before, (await host.Anonymous.GetJsonAsync($"/api/meetings/{id}")).ToJsonString());
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("01")]
    [InlineData("abc")]
    public async Task An_unknown_meeting_is_404_to_read_change_or_cancel(string id)
    {
        await CreateAsync("GM0710", "Gemeente");

        await (await host.Anonymous.GetAsync($"/api/meetings/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutJsonAsync($"/api/meetings/{id}", Body("GM0710", "2027-09-14T10:00:00", "Nergens"))).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostJsonAsync($"/api/meetings/{id}/cancellation", """{"reason": "Ziek."}""")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_list_page_links_the_next_one()
    {
        await CreateAsync("GM0711", "Gemeente");
        foreach (var hour in new[] { 10, 11, 12 })
        {
            await AddAsync("GM0711", $"2031-02-03T{hour}:00:00", "Pagina");
        }

        var response = await host.Anonymous.GetAsync("/api/meetings?from=2031-02-03&limit=2");
        var page = (await response.JsonAsync(HttpStatusCode.OK)).AsArray();
        var next = (await host.Anonymous.GetJsonAsync(response.Headers.GetValues("Link").Single().Split('<', '>')[1])).AsArray();

        Assert.Equal(2, page.Count);
        Assert.Equal(["2031-02-03T09:00:00Z", "2031-02-03T10:00:00Z"], page.Select(m => (string?)m!["start"]));
        Assert.Equal("2031-02-03T11:00:00Z", (string?)next[0]!["start"]);
    }

    [Theory]
    [InlineData("""{"format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "title")]
    [InlineData("""{"title": " ", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "title")]
    [InlineData("""{"title": "T", "format": "Hybrid", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "format")]
    [InlineData("""{"title": "T", "format": "Online", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "kind")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "Thematic", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "themes")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "Thematic", "themes": [{"chosenWithYoungPeople": true}], "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "themes[0].name")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "organiser")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0702", "start": "2027-09-01T10:00:00", "duration": "PT1H"}""", "organiser")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT1H", "participants": ["GM0701", "GM07"]}""", "participants[1]")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "duration": "PT1H"}""", "start")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-03-28T02:30:00", "duration": "PT1H"}""", "start")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01 10:00", "duration": "PT1H"}""", "start")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "9999-12-31T23:00:00", "duration": "PT2H"}""", "start")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00"}""", "duration")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "P8D"}""", "duration")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "P1M"}""", "duration")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "-PT1H"}""", "duration")]
    [InlineData("""{"title": "T", "format": "Online", "kind": "LocalIssue", "organiser": "GM0701", "start": "2027-09-01T10:00:00", "duration": "PT0S"}""", "duration")]
    public async Task Invalid_input_is_400_naming_the_field_and_adds_nothing(string json, string field)
    {
        await CreateAsync("GM0701", "Gemeente");

        await (await _client.PostJsonAsync("/api/meetings", json)).ValidationProblemAsync(field);

        Assert.DoesNotContain("GM0701", (await _client.GetJsonAsync("/api/meetings?from=2027-03-01")).AsArray().Select(m => (string?)m!["organiser"]));
    }

    [Theory]
    [InlineData("2027-13-01")]
    [InlineData("tomorrow")]
    public async Task A_from_that_is_not_a_date_is_400_naming_from(string from) =>
        await (await _client.GetAsync($"/api/meetings?from={from}")).ValidationProblemAsync("from");

    [Fact]
    public async Task Only_a_coordinator_adds_changes_or_cancels_a_meeting()
    {
        await CreateAsync("GM0703", "Gemeente");
        const string Json = """{"title": "Toegang", "format": "InPerson", "kind": "LocalIssue", "organiser": "GM0703", "start": "2027-09-02T10:00:00", "duration": "PT1H"}""";
        using var member = host.Factory.CreateClient();
        member.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Member("GM0703"));

        await (await host.Anonymous.PostJsonAsync("/api/meetings", Json)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await member.PostJsonAsync("/api/meetings", Json)).ProblemAsync(HttpStatusCode.Forbidden);
        var id = await AddAsync("GM0703", "2027-09-02T12:00:00", "Bestaand");
        await (await member.PutJsonAsync($"/api/meetings/{id}", Json)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostJsonAsync($"/api/meetings/{id}/cancellation", """{"reason": "Ziek."}""")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await host.Anonymous.PostJsonAsync($"/api/meetings/{id}/cancellation", """{"reason": "Ziek."}""")).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(("Bestaand", "Planned"), ((string?)(await host.Anonymous.GetJsonAsync($"/api/meetings/{id}"))["title"], (string?)(await host.Anonymous.GetJsonAsync($"/api/meetings/{id}"))["status"]));
        Assert.DoesNotContain("Toegang", (await host.Anonymous.GetJsonAsync("/api/meetings?from=2027-09-01")).AsArray().Select(m => (string?)m!["title"]));
    }

    [Fact]
    public async Task Reading_meetings_stops_at_the_count_asked_and_can_leave_cancelled_ones_out()
    {
        await CreateAsync("GM0712", "Gemeente");
        var ids = new List<int>();
        foreach (var hour in new[] { 10, 11, 12, 13 })
        {
            ids.Add(await AddAsync("GM0712", $"2032-06-01T{hour}:00:00", "Telling"));
        }

        await (await _client.PostJsonAsync($"/api/meetings/{ids[0]}/cancellation", """{"reason": "Ziek."}""")).JsonAsync(HttpStatusCode.OK);
        var grains = host.Factory.Services.GetRequiredService<IGrainFactory>();
        var day = new LocalDate(2032, 6, 1);

        Assert.Equal(ids[..2], (await grains.ReadMeetingsAsync("nl", day, 2)).Select(m => m.Id));
        Assert.Equal(ids[1..3], (await grains.ReadMeetingsAsync("nl", day, 2, plannedOnly: true)).Select(m => m.Id));
        Assert.Empty(await grains.ReadMeetingsAsync("nl", day, 5, before: day));
    }

    private static string Body(string organiser, string start, string title = "Bijeenkomst") =>
        $$"""{"title": "{{title}}", "format": "Online", "kind": "LocalIssue", "organiser": "{{organiser}}", "start": "{{start}}", "duration": "PT1H"}""";

    private async Task<int> AddAsync(string organiser, string start, string title = "Bijeenkomst") =>
        (int)(await (await _client.PostJsonAsync("/api/meetings", Body(organiser, start, title))).JsonAsync(HttpStatusCode.Created))["id"]!;

    private async Task CreateAsync(string code, string name) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", $$"""{"name": "{{name}}"}""")).IsSuccessStatusCode);
}
