using System.Net;
using System.Text.Json.Nodes;
using Cfc.Testing;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Tests.Calendars;

/// <summary>The network's and a member's calendars: <c>GET /api/meetings.ics</c>, <c>GET /api/municipalities/{code}/meetings.ics</c>.</summary>
[Collection(HostDefinition.Name)]
public sealed class CalendarRouteTests(HostFixture host)
{
    private readonly HttpClient _client = host.Client;

    private static string Body(string organiser, string start, string title, string participants = "[]") =>
        $$"""{"title": "{{title}}", "format": "Online", "kind": "LocalIssue", "organiser": "{{organiser}}", "start": "{{start}}", "duration": "PT1H", "participants": {{participants}}}""";

    private async Task<int> AddAsync(string organiser, string start, string title, string participants = "[]") =>
        (int)(await (await _client.PostJsonAsync("/api/meetings", Body(organiser, start, title, participants))).JsonAsync(HttpStatusCode.Created))["id"]!;

    private async Task CreateAsync(string code, string name) =>
        Assert.True((await _client.PutJsonAsync($"/api/municipalities/{code}", $$"""{"name": "{{name}}"}""")).IsSuccessStatusCode);

    private async Task<string> IcsAsync(string uri)
    {
        var response = await host.Anonymous.GetAsync(new Uri(uri, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return text;
    }

    private static JsonNode? EventOf(JsonNode calendar, int id) =>
        calendar["events"]!.AsArray().SingleOrDefault(e => (string?)e!["uid"] == $"urn:cfc:nl:meeting:{id}");

    [PythonModuleFact("icalendar")]
    public async Task The_network_calendar_raises_a_meetings_sequence_with_each_change_and_keeps_it_cancelled()
    {
        await CreateAsync("GM0936", "Calendarië");
        await CreateAsync("GM0940", "Deelnemerdorp");
        var id = await AddAsync("GM0936", "2033-02-07T10:00:00", "Agenda", """["GM0940"]""");
        const string Window = "/api/meetings.ics?from=2033-02-01&to=2033-02-28";

        var created = EventOf(await IcsReader.ReadAsync(await IcsAsync(Window)), id)!;
        Assert.True((await _client.PutJsonAsync($"/api/meetings/{id}", Body("GM0936", "2033-02-08T10:00:00", "Agenda, verzet", """["GM0940"]"""))).IsSuccessStatusCode);
        var changed = EventOf(await IcsReader.ReadAsync(await IcsAsync(Window)), id)!;
        Assert.True((await _client.PostJsonAsync($"/api/meetings/{id}/cancellation", """{"reason": "Ziek."}""")).IsSuccessStatusCode);
        var read = await IcsReader.ReadAsync(await IcsAsync(Window));
        var cancelled = EventOf(read, id)!;

        Assert.Equal(("PUBLISH", "2.0"), ((string?)read["method"], (string?)read["version"]));
        Assert.Contains("Europe/Amsterdam", read["zones"]!.AsArray().Select(z => (string?)z));
        Assert.Equal((0, "CONFIRMED", "2033-02-07T10:00:00+01:00"), ((int)created["sequence"]!, (string?)created["status"], (string?)created["startByOwnZone"]));
        Assert.Equal((1, "CONFIRMED", "Agenda, verzet", "2033-02-08T10:00:00+01:00"), ((int)changed["sequence"]!, (string?)changed["status"], (string?)changed["summary"], (string?)changed["startByOwnZone"]));
        Assert.Equal((2, "CANCELLED"), ((int)cancelled["sequence"]!, (string?)cancelled["status"]));
        Assert.Equal(($"http://localhost/meetings/{id}", "Europe/Amsterdam"), ((string?)cancelled["url"], (string?)cancelled["tzid"]));
    }

    [PythonModuleFact("icalendar")]
    public async Task A_members_calendar_holds_the_meetings_it_organises_or_takes_part_in_and_no_others()
    {
        await CreateAsync("GM0937", "Kalenderveen");
        await CreateAsync("GM0938", "Anderstad");
        var organised = await AddAsync("GM0937", "2033-03-07T10:00:00", "Eigen");
        var joined = await AddAsync("GM0938", "2033-03-08T10:00:00", "Mee", """["GM0937"]""");
        var other = await AddAsync("GM0938", "2033-03-09T10:00:00", "Ander");

        var read = await IcsReader.ReadAsync(await IcsAsync("/api/municipalities/GM0937/meetings.ics?from=2033-03-01&to=2033-03-31"));

        Assert.Equal([$"urn:cfc:nl:meeting:{organised}", $"urn:cfc:nl:meeting:{joined}"], read["events"]!.AsArray().Select(e => (string?)e!["uid"]));
        Assert.Equal("Child Friendly Cities: meetings of Kalenderveen", (string?)read["name"]);
        Assert.Contains($"urn:cfc:nl:meeting:{other}", await IcsAsync("/api/meetings.ics?from=2033-03-01&to=2033-03-31"));
    }

    [Fact]
    public async Task The_window_starts_ninety_days_before_today_and_to_is_its_last_day()
    {
        await CreateAsync("GM0939", "Vensterdam");
        var today = host.Factory.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;
        string At(LocalDate day) => LocalDatePattern.Iso.Format(day) + "T12:00:00";
        var tooOld = await AddAsync("GM0939", At(today.PlusDays(-91)), "Te oud");
        var oldest = await AddAsync("GM0939", At(today.PlusDays(-90)), "Net op tijd");
        var later = await AddAsync("GM0939", At(today.PlusDays(30)), "Later");

        var window = await IcsAsync("/api/municipalities/GM0939/meetings.ics");
        var untilToday = await IcsAsync($"/api/municipalities/GM0939/meetings.ics?to={LocalDatePattern.Iso.Format(today.PlusDays(29))}");
        var lastDay = await IcsAsync($"/api/municipalities/GM0939/meetings.ics?to={LocalDatePattern.Iso.Format(today.PlusDays(30))}");

        Assert.DoesNotContain($"urn:cfc:nl:meeting:{tooOld}\r\n", window);
        Assert.Contains($"urn:cfc:nl:meeting:{oldest}\r\n", window);
        Assert.Contains($"urn:cfc:nl:meeting:{later}\r\n", window);
        Assert.DoesNotContain($"urn:cfc:nl:meeting:{later}\r\n", untilToday);
        Assert.Contains($"urn:cfc:nl:meeting:{later}\r\n", lastDay);
    }

    [Theory]
    [InlineData("/api/meetings.ics?from=2033-13-01", "from")]
    [InlineData("/api/meetings.ics?to=morgen", "to")]
    [InlineData("/api/meetings.ics?from=2033-03-02&to=2033-03-01", "to")]
    [InlineData("/api/municipalities/GM0937/meetings.ics?from=gisteren", "from")]
    [InlineData("/api/municipalities/Kalenderveen/meetings.ics", "code")]
    public async Task Bad_query_input_is_a_400_naming_the_field(string uri, string field) =>
        await (await host.Anonymous.GetAsync(new Uri(uri, UriKind.Relative))).ValidationProblemAsync(field);

    [Fact]
    public async Task A_member_the_network_does_not_know_has_no_calendar() =>
        await (await host.Anonymous.GetAsync(new Uri("/api/municipalities/GM0935/meetings.ics", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound);

    [Fact]
    public async Task A_window_without_meetings_is_an_empty_calendar() =>
        Assert.DoesNotContain("BEGIN:VEVENT", await IcsAsync("/api/meetings.ics?from=2099-01-01&to=2099-01-31"));
}
