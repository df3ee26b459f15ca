using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>Whose data a write route changes: one member's (a member's token may write its own) or the network's (only a coordinator).</summary>
public enum Owner
{
    Member,
    Network,
}

/// <summary>One write request, ready to send, and the reads that show the state it would change.</summary>
/// <param name="Member">The member whose data it writes, or who is named in it (for the network's routes).</param>
/// <param name="Method">The method.</param>
/// <param name="Path">The path with its values.</param>
/// <param name="Body">The JSON body; <see langword="null"/> for none.</param>
/// <param name="State">The reads (GET paths) whose answers a rejected request must leave as they were.</param>
public sealed record WriteRequest(string Member, HttpMethod Method, string Path, string? Body, IReadOnlyList<string> State)
{
    public HttpRequestMessage ToMessage(string? token, string? body = null, string? path = null)
    {
        var message = new HttpRequestMessage(Method, path ?? Path);
        if ((body ?? Body) is { } json)
        {
            message.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            message.Headers.Authorization = new("Bearer", token);
        }

        return message;
    }
}

/// <summary>
/// A valid sample request for every write route of the host, in one table keyed by the route (<c>POST
/// /api/municipalities/{code}/issues</c>). The security tests take the routes from the host's own route table
/// (<see cref="EndpointDataSource"/>), so that a new write route without an entry here fails them.
/// </summary>
public static partial class WriteRoutes
{
    private static int s_next = 7000;

    /// <summary>The samples: whose data the route writes, and how to arrange a fresh valid request for it.</summary>
    public static IReadOnlyDictionary<string, (Owner Owner, Func<HttpClient, Task<WriteRequest>> Arrange)> Samples { get; } =
        new Dictionary<string, (Owner, Func<HttpClient, Task<WriteRequest>>)>(StringComparer.Ordinal)
        {
            ["PUT /api/municipalities/{code}"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Put, $"/api/municipalities/{code}", """{"name": "Hernoemd"}""", [$"/api/municipalities/{code}"]);
            }),
            ["POST /api/municipalities/{code}/programme/transitions"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Post, $"/api/municipalities/{code}/programme/transitions", """{"phase": "Agreement", "on": "2024-01-01", "criteria": ["Results"]}""", [$"/api/municipalities/{code}/programme"]);
            }),
            ["POST /api/municipalities/{code}/observations"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Post, $"/api/municipalities/{code}/observations", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": 5.2}""", [$"/api/municipalities/{code}/indicators"]);
            }),
            ["PUT /api/municipalities/{code}/targets/{indicator}"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                // The report shows an indicator's target once it has figures.
                await (await coordinator.PostJsonAsync($"/api/municipalities/{code}/observations", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": 5.2}""")).JsonAsync(HttpStatusCode.Created);
                return new(code, HttpMethod.Put, $"/api/municipalities/{code}/targets/poverty.low-income-minors", """{"baselinePeriod": "2023", "baselineValue": 5.2, "value": 4, "date": "2030-12-31"}""", [$"/api/municipalities/{code}/indicators"]);
            }),
            ["POST /api/municipalities/{code}/issues"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Post, $"/api/municipalities/{code}/issues", """{"title": "Speelplekken", "text": "Te weinig plek om te spelen.", "themes": ["spelen"], "articles": [31]}""", [$"/api/municipalities/{code}/issues"]);
            }),
            ["DELETE /api/issues/{id}"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                var id = (string)(await (await coordinator.PostJsonAsync($"/api/municipalities/{code}/issues", """{"title": "Weg ermee"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
                return new(code, HttpMethod.Delete, $"/api/issues/{id}", null, [$"/api/municipalities/{code}/issues", $"/api/issues/{id}"]);
            }),
            ["POST /api/municipalities/{code}/membership"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Post, $"/api/municipalities/{code}/membership", """{"joined": "2023-01-01"}""", [$"/api/municipalities/{code}/membership", "/api/members?on=2024-01-01"]);
            }),
            ["POST /api/municipalities/{code}/succession"] = (Owner.Network, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                var successor = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Post, $"/api/municipalities/{code}/succession", $$"""{"successor": "{{successor}}", "on": "2022-03-24"}""", [$"/api/municipalities/{successor}"]);
            }),
            ["POST /api/municipalities/{code}/people"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Post, $"/api/municipalities/{code}/people", Officer, [$"/api/municipalities/{code}/people"]);
            }),
            ["POST /api/municipalities/{code}/people/removals"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                await (await coordinator.PostJsonAsync($"/api/municipalities/{code}/people", Officer)).JsonAsync(HttpStatusCode.Created);
                return new(code, HttpMethod.Post, $"/api/municipalities/{code}/people/removals", Officer, [$"/api/municipalities/{code}/people"]);
            }),
            ["POST /api/newsletters/subscribers"] = (Owner.Network, async coordinator =>
            {
                var (code, address) = await NewSubscriberAsync(coordinator);
                return new(code, HttpMethod.Post, "/api/newsletters/subscribers", address, ["/api/newsletters/subscribers"]);
            }),
            ["POST /api/newsletters/subscribers/removals"] = (Owner.Network, async coordinator =>
            {
                var (code, address) = await NewSubscriberAsync(coordinator);
                await (await coordinator.PostJsonAsync("/api/newsletters/subscribers", address)).JsonAsync(HttpStatusCode.Created);
                return new(code, HttpMethod.Post, "/api/newsletters/subscribers/removals", address, ["/api/newsletters/subscribers"]);
            }),
            ["PUT /api/organisations/{organisation}"] = (Owner.Network, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                var id = $"org-{code.ToLowerInvariant()}";
                return new(code, HttpMethod.Put, $"/api/organisations/{id}", """{"name": "Jeugdfonds", "expertise": {"description": "Armoede onder kinderen.", "themes": ["armoede"]}}""", ["/api/organisations", $"/api/organisations/{id}"]);
            }),
            ["PUT /api/newsletters/schedule"] = (Owner.Network, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Put, "/api/newsletters/schedule", """{"anchor": "2026-03-05", "cadence": "P6W"}""", ["/api/newsletters/schedule"]);
            }),
            ["POST /api/meetings"] = (Owner.Network, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Post, "/api/meetings", $$"""{"title": "Overleg {{code}}", "format": "Online", "kind": "LocalIssue", "organiser": "{{code}}", "start": "2027-09-02T10:00:00", "duration": "PT1H"}""", ["/api/meetings?from=2000-01-01"]);
            }),
            ["PUT /api/meetings/{id}"] = (Owner.Network, async coordinator =>
            {
                var (code, id) = await NewMeetingAsync(coordinator);
                return new(code, HttpMethod.Put, $"/api/meetings/{id}", $$"""{"title": "Verzet {{code}}", "format": "InPerson", "kind": "LocalIssue", "organiser": "{{code}}", "start": "2027-09-03T11:00:00", "duration": "PT2H"}""", [$"/api/meetings/{id}"]);
            }),
            ["POST /api/meetings/{id}/cancellation"] = (Owner.Network, async coordinator =>
            {
                var (code, id) = await NewMeetingAsync(coordinator);
                return new(code, HttpMethod.Post, $"/api/meetings/{id}/cancellation", """{"reason": "Te weinig aanmeldingen."}""", [$"/api/meetings/{id}"]);
            }),
                        ["POST /api/practices"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Post, "/api/practices", Practice(code, "Kinderraad"), ["/api/practices?limit=1000"]);
            }),
            ["PUT /api/practices/{id}"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                var id = (int)(await (await coordinator.PostJsonAsync("/api/practices", Practice(code, "Kinderraad"))).JsonAsync(HttpStatusCode.Created))["id"]!;
                return new(code, HttpMethod.Put, $"/api/practices/{id}", Practice(code, "Kinderraad, verbeterd"), [$"/api/practices/{id}", "/api/practices?limit=1000"]);
            }),
            ["PUT /api/municipalities/{code}/checklist/{question}"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Put, $"/api/municipalities/{code}/checklist/voice-01", """{"answer": "partly", "evidence": "https://example.org/raad"}""", [$"/api/municipalities/{code}/checklist"]);
            }),
            ["POST /api/municipalities/{code}/actions"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Post, $"/api/municipalities/{code}/actions", """{"title": "Speelplekken", "goalArea": "FamilyPlayLeisure", "indicators": ["school.home-sitters"], "owner": "Team Jeugd", "due": "2026-12-31"}""", [$"/api/municipalities/{code}/actions"]);
            }),
            ["POST /api/municipalities/{code}/actions/{id}/status"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                var id = (int)(await (await coordinator.PostJsonAsync($"/api/municipalities/{code}/actions", """{"title": "Speelplekken", "goalArea": "FamilyPlayLeisure", "owner": "Team Jeugd", "due": "2026-12-31"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
                return new(code, HttpMethod.Post, $"/api/municipalities/{code}/actions/{id}/status", """{"status": "InProgress", "on": "2026-03-01", "note": "Gestart."}""", [$"/api/actions/{id}"]);
            }),
            ["POST /api/bottlenecks"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Post, "/api/bottlenecks", $$"""{"signalledBy": "{{code}}", "title": "Wachtlijst", "description": "Kinderen wachten.", "articles": [24]}""", ["/api/bottlenecks?limit=1000"]);
            }),
            ["POST /api/bottlenecks/{id}/resolution"] = (Owner.Network, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                var id = (int)(await (await coordinator.PostJsonAsync("/api/bottlenecks", $$"""{"signalledBy": "{{code}}", "title": "Wachtlijst", "description": "Kinderen wachten.", "on": "2026-01-01"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
                return new(code, HttpMethod.Post, $"/api/bottlenecks/{id}/resolution", """{"on": "2026-02-01", "outcome": "Extra plaatsen ingekocht."}""", [$"/api/bottlenecks/{id}"]);
            }),
            ["POST /api/bottlenecks/{id}/escalations"] = (Owner.Network, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                var id = (int)(await (await coordinator.PostJsonAsync("/api/bottlenecks", $$"""{"signalledBy": "{{code}}", "title": "Wachtlijst", "description": "Kinderen wachten.", "on": "2026-01-01"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
                return new(code, HttpMethod.Post, $"/api/bottlenecks/{id}/escalations", """{"level": "Regional", "on": "2026-02-01", "note": "Regio"}""", [$"/api/bottlenecks/{id}"]);
            }),
            ["POST /api/municipalities/{code}/participation"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Post, $"/api/municipalities/{code}/participation", Participation, [$"/api/municipalities/{code}/participation"]);
            }),
            ["PUT /api/participation/{id}"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                var id = (int)(await (await coordinator.PostJsonAsync($"/api/municipalities/{code}/participation", Participation)).JsonAsync(HttpStatusCode.Created))["id"]!;
                return new(code, HttpMethod.Put, $"/api/participation/{id}", Participation.Replace("\"Council\"", "\"Workshop\"", StringComparison.Ordinal), [$"/api/participation/{id}", $"/api/municipalities/{code}/participation"]);
            }),
            ["POST /api/themes"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                return new(code, HttpMethod.Post, "/api/themes", $$"""{"title": "Thema {{code}}", "text": "Voorgesteld door de jeugdraad.", "member": "{{code}}"}""", ["/api/themes?limit=1000"]);
            }),
            ["POST /api/themes/{id}/votes"] = (Owner.Member, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                var id = await NewThemeAsync(coordinator, code);
                return new(code, HttpMethod.Post, $"/api/themes/{id}/votes", $$"""{"member": "{{code}}", "votes": 12}""", [$"/api/themes/{id}"]);
            }),
            ["POST /api/themes/{id}/withdrawal"] = (Owner.Network, async coordinator =>
            {
                var code = await NewMunicipalityAsync(coordinator);
                var id = await NewThemeAsync(coordinator, code);
                return new(code, HttpMethod.Post, $"/api/themes/{id}/withdrawal", null, [$"/api/themes/{id}"]);
            }),
        };

    /// <summary>
    /// The write routes outside <c>/api</c> that take no bearer token on purpose, each with what checks the caller
    /// instead; they count towards the write rate limit of the client's address.
    /// </summary>
    public static IReadOnlyDictionary<string, string> AnonymousWrites { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["POST /newsletter/unsubscribe"] = "the subscriber's unsubscribe token in the link of the newsletter's e-mail (RFC 8058 one-click)",
    };

    /// <summary>
    /// The host's routes outside <c>/api</c> with another method than GET, as <c>METHOD /pattern</c>; not the pages
    /// (Razor components, which take a POST only for forms of their own, and have none that writes).
    /// </summary>
    public static IReadOnlyList<(string Route, RouteEndpoint Endpoint)> OtherWrites(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == false
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => ($"{method} {Pattern(e)}", e)))
            .Where(r => !r.Item1.StartsWith("GET ", StringComparison.Ordinal) && !r.Item1.StartsWith("HEAD ", StringComparison.Ordinal))
            .OrderBy(r => r.Item1, StringComparer.Ordinal),
    ];

    /// <summary>The host's routes under <c>/api</c>, as <c>METHOD /pattern</c>, from its own route table.</summary>
    public static IReadOnlyList<(string Route, RouteEndpoint Endpoint)> ApiRoutes(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => ($"{method} {Pattern(e)}", e)))
            .OrderBy(r => r.Item1, StringComparer.Ordinal),
    ];

    /// <summary>The write routes: every route with another method than GET (a GET may ask for the write policy too: the reads of personal data).</summary>
    public static IReadOnlyList<(string Route, RouteEndpoint Endpoint)> Writes(IServiceProvider services) =>
        [.. ApiRoutes(services).Where(r => !r.Route.StartsWith("GET ", StringComparison.Ordinal))];

    /// <summary>Whether the endpoint asks for the write policy.</summary>
    public static bool IsWrite(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any(a => a.Policy == "cfc-write");

    /// <summary>The answers of the reads, status and body, as one text to compare.</summary>
    /// <param name="reader">A client that may read them: a coordinator's, for the reads of personal data.</param>
    /// <param name="reads">The GET paths.</param>
    public static async Task<string> ReadStateAsync(HttpClient reader, IEnumerable<string> reads)
    {
        var state = new StringBuilder();
        foreach (var read in reads)
        {
            using var response = await reader.GetAsync(new Uri(read, UriKind.Relative));
            // A problem's traceId is the request's own, not state.
            var body = TraceId().Replace(await response.Content.ReadAsStringAsync(), "");
            state.Append(CultureInfo.InvariantCulture, $"{read} -> {(int)response.StatusCode} {body}\n");
        }

        return state.ToString();
    }

    /// <summary>A fresh municipality code no other test uses, created by the coordinator.</summary>
    public static async Task<string> NewMunicipalityAsync(HttpClient coordinator)
    {
        var code = $"GM{Interlocked.Increment(ref s_next).ToString("D4", CultureInfo.InvariantCulture)}";
        await (await coordinator.PutJsonAsync($"/api/municipalities/{code}", """{"name": "Proefgemeente"}""")).JsonAsync(HttpStatusCode.Created);
        return code;
    }

    // A fresh municipality and a planned meeting it organises.
    private static async Task<(string Code, int Id)> NewMeetingAsync(HttpClient coordinator)
    {
        var code = await NewMunicipalityAsync(coordinator);
        var created = await (await coordinator.PostJsonAsync("/api/meetings", $$"""{"title": "Overleg {{code}}", "format": "Online", "kind": "LocalIssue", "organiser": "{{code}}", "start": "2027-09-02T10:00:00", "duration": "PT1H"}""")).JsonAsync(HttpStatusCode.Created);
        return (code, (int)created["id"]!);
    }

    private static string Practice(string code, string title) =>
        $$"""{"member": "{{code}}", "title": "{{title}}", "goalAreas": ["VoiceHeard"], "whatWasDone": "W", "challenges": "C", "lessonsLearned": "L", "articles": [12]}""";

    private const string Participation = """{"kind": "Council", "heldOn": "2026-02-12", "phase": "SituationAnalysis", "ageGroups": ["12-17"], "participants": 14, "groupsReached": ["poverty"], "topics": ["spelen"]}""";

    // A fresh theme proposal, open, of the member.
    private static async Task<int> NewThemeAsync(HttpClient coordinator, string code) =>
        (int)(await (await coordinator.PostJsonAsync("/api/themes", $$"""{"title": "Thema {{code}}", "text": "Voorgesteld.", "member": "{{code}}"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;

    private const string Officer = """{"displayName": "A. de Vries", "role": "CivilServant", "contact": "kindvriendelijk@gemeente.example"}""";

    // A fresh municipality and an address of its own. The newsletter takes subscribers once it has a schedule: one is
    // set when there is none, another than the schedule route's sample sets, so that sample still changes it.
    private static async Task<(string Code, string Address)> NewSubscriberAsync(HttpClient coordinator)
    {
        var code = await NewMunicipalityAsync(coordinator);
        using var schedule = await coordinator.GetAsync(new Uri("/api/newsletters/schedule", UriKind.Relative));
        if (schedule.StatusCode == HttpStatusCode.NotFound)
        {
            (await coordinator.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-08", "cadence": "P6W"}""")).EnsureSuccessStatusCode();
        }

        return (code, $$"""{"address": "jeugd-{{code.ToLowerInvariant()}}@gemeente.example"}""");
    }

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();

    private static string Pattern(RouteEndpoint endpoint) => endpoint.RoutePattern.RawText!.TrimEnd('/');
}
