using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Cfc.Sample.Host.Tests.Processes;

/// <summary>
/// Writes over HTTP that record what the host acknowledged, and the check that all of it is stored: a write counts
/// only once its answer (2xx) arrived, and an acknowledged deletion must stay deleted. A write whose request failed
/// may or may not have been applied (it may have been stored before the answer was lost).
/// </summary>
public sealed class HttpWrites
{
    private readonly ConcurrentDictionary<string, string> _added = new();
    private readonly ConcurrentDictionary<string, string> _deletionSent = new();
    private readonly ConcurrentDictionary<string, string> _deleted = new();
    private int _acknowledged;

    /// <summary>The municipalities written to.</summary>
    public IReadOnlyList<string> Members { get; } =
        [.. Enumerable.Range(0, 8).Select(i => string.Create(CultureInfo.InvariantCulture, $"GM{100 + i:0000}"))];

    /// <summary>How many writes were acknowledged so far.</summary>
    public int Acknowledged => Volatile.Read(ref _acknowledged);

    /// <summary>How many issues were added, how many of them deleted (both acknowledged).</summary>
    public (int Added, int Deleted) Issues => (_added.Count, _deleted.Count);

    /// <summary>Gives every municipality a name, two programme transitions and an observation; each must succeed.</summary>
    public Task SeedAsync(HttpClient client) =>
        Task.WhenAll(Members.Select(async member =>
        {
            await (await client.PutJsonAsync($"/api/municipalities/{member}", $$"""{"name": "Gemeente {{member}}"}""")).JsonAsync(HttpStatusCode.Created);
            await (await client.PostJsonAsync($"/api/municipalities/{member}/programme/transitions", """{"phase": "Agreement", "on": "2023-11-30"}""")).JsonAsync(HttpStatusCode.OK);
            await (await client.PostJsonAsync($"/api/municipalities/{member}/programme/transitions", """{"phase": "SituationAnalysis", "on": "2024-03-01", "note": "kick-off"}""")).JsonAsync(HttpStatusCode.OK);
            await (await client.PostJsonAsync($"/api/municipalities/{member}/observations", """{"indicator": "poverty.low-income-minors", "period": "2023", "value": 5}""")).JsonAsync(HttpStatusCode.Created);
            Interlocked.Add(ref _acknowledged, 4);
        }));

    /// <summary>
    /// Adds issues to every municipality, one writer each, and deletes every third one again, until
    /// <paramref name="stop"/> is cancelled or a request fails (the host is gone); a failure ends the writer quietly.
    /// </summary>
    public Task WriteUntilStoppedAsync(HttpClient client, CancellationToken stop) =>
        Task.WhenAll(Members.Select(member => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                try
                {
                    var id = await AddIssueAsync(client, member, n);
                    if (id is null)
                    {
                        return;
                    }

                    if (n % 3 == 2)
                    {
                        _deletionSent[id] = member;
                        using var deleted = await client.DeleteAsync(new Uri($"/api/issues/{id}", UriKind.Relative), CancellationToken.None);
                        if (deleted.StatusCode != HttpStatusCode.NoContent)
                        {
                            return;
                        }

                        _deleted[id] = member;
                        Interlocked.Increment(ref _acknowledged);
                    }
                }
#pragma warning disable CA1031 // Any failure means the host went away: the writer stops, and what it was doing is not acknowledged.
                catch (Exception)
#pragma warning restore CA1031
                {
                    return;
                }
            }
        }, CancellationToken.None)));

    /// <summary>Every answer to a write that was not a success, with its <c>Retry-After</c> and problem <c>type</c>, in the order they came.</summary>
    public ConcurrentQueue<Refusal> Refusals { get; } = new();

    /// <summary>The writes that got no answer at all (the connection failed, or the client's timeout ran out), with why.</summary>
    public ConcurrentQueue<string> Unanswered { get; } = new();

    /// <summary>
    /// Adds issues to every municipality, one writer each, and deletes every third one again, until
    /// <paramref name="stop"/> is cancelled; unlike <see cref="WriteUntilStoppedAsync"/> a writer goes on after a
    /// refusal (recorded in <see cref="Refusals"/>) or a write without an answer (in <see cref="Unanswered"/>), as a
    /// client that retries would while the store fails.
    /// </summary>
    public Task KeepWritingAsync(HttpClient client, CancellationToken stop) =>
        Task.WhenAll(Members.Select(member => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                try
                {
                    string id;
                    using (var added = await client.PostJsonAsync($"/api/municipalities/{member}/issues", $$"""{"title": "Speelruimte {{n}}", "text": "Kinderen missen een veilige plek om te spelen.", "themes": ["spelen"], "articles": [31]}"""))
                    {
                        if (added.StatusCode != HttpStatusCode.Created)
                        {
                            Refusals.Enqueue(await Refusal.OfAsync(added));
                            continue;
                        }

                        id = (string)JsonNode.Parse(await added.Content.ReadAsStringAsync())!["id"]!;
                        _added[id] = member;
                        Interlocked.Increment(ref _acknowledged);
                    }

                    if (n % 3 == 2)
                    {
                        _deletionSent[id] = member;
                        using var deleted = await client.DeleteAsync(new Uri($"/api/issues/{id}", UriKind.Relative), CancellationToken.None);
                        if (deleted.StatusCode != HttpStatusCode.NoContent)
                        {
                            Refusals.Enqueue(await Refusal.OfAsync(deleted));
                            continue;
                        }

                        _deleted[id] = member;
                        Interlocked.Increment(ref _acknowledged);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Unanswered.Enqueue($"{member}: {e.GetType().Name}: {e.Message}");
                }
            }
        }, CancellationToken.None)));

    /// <summary>Asserts through <paramref name="client"/> that every acknowledged write is stored.</summary>
    public async Task AssertAllStoredAsync(HttpClient client)
    {
        foreach (var member in Members)
        {
            var municipality = await client.GetJsonAsync($"/api/municipalities/{member}");
            Assert.Equal("Gemeente " + member, (string?)municipality["name"]);
            var history = municipality["programme"]!["history"]!.AsArray();
            Assert.Equal(["Agreement", "SituationAnalysis"], history.Select(span => (string?)span!["phase"]));
            Assert.Equal("2024-03-01", (string?)history[1]!["from"]);
            var poverty = (await client.GetJsonAsync($"/api/municipalities/{member}/indicators")).AsArray()
                .Single(report => (string?)report!["indicator"] == "poverty.low-income-minors")!;
            Assert.Equal("2023", (string?)Assert.Single(poverty["series"]!.AsArray())!["period"]);

            var stored = await StoredIssuesAsync(client, member);
            var lost = _added.Where(pair => pair.Value == member && !_deletionSent.ContainsKey(pair.Key) && !stored.Contains(pair.Key)).Select(pair => pair.Key).ToList();
            Assert.True(lost.Count == 0, $"{member} lost acknowledged issues: {string.Join(", ", lost)}");
            var revived = _deleted.Where(pair => pair.Value == member && stored.Contains(pair.Key)).Select(pair => pair.Key).ToList();
            Assert.True(revived.Count == 0, $"{member} has issues back whose deletion was acknowledged: {string.Join(", ", revived)}");
            foreach (var id in _deleted.Where(pair => pair.Value == member).Select(pair => pair.Key).Take(3))
            {
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/issues/{id}", UriKind.Relative))).StatusCode);
            }
        }
    }

    // Every page of the member's issues: a writer that ran long adds more than one page holds (ListPaging.DefaultLimit).
    private static async Task<HashSet<string>> StoredIssuesAsync(HttpClient client, string member)
    {
        const int limit = 1000;
        var stored = new HashSet<string>(StringComparer.Ordinal);
        for (var offset = 0; ; offset += limit)
        {
            var page = (await client.GetJsonAsync($"/api/municipalities/{member}/issues?limit={limit}&offset={offset}")).AsArray();
            stored.UnionWith(page.Select(issue => (string)issue!["id"]!));
            if (page.Count < limit)
            {
                return stored;
            }
        }
    }

    /// <summary>Adds one issue; its id once acknowledged, <see langword="null"/> when the host answered otherwise.</summary>
    public async Task<string?> AddIssueAsync(HttpClient client, string member, int n)
    {
        using var response = await client.PostJsonAsync($"/api/municipalities/{member}/issues", $$"""{"title": "Speelruimte {{n}}", "text": "Kinderen missen een veilige plek om te spelen.", "themes": ["spelen"], "articles": [31]}""");
        if (response.StatusCode != HttpStatusCode.Created)
        {
            return null;
        }

        var id = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;
        _added[id] = member;
        Interlocked.Increment(ref _acknowledged);
        return id;
    }
}

/// <summary>An answer to a write that was not a success.</summary>
/// <param name="Status">Its status.</param>
/// <param name="RetryAfter">Its <c>Retry-After</c> header, or <see langword="null"/>.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Type">Its problem's <c>type</c>, or <see langword="null"/>.</param>
public sealed record Refusal(HttpStatusCode Status, TimeSpan? RetryAfter, string? ContentType, string? Type)
{
    /// <summary>Reads the refusal from <paramref name="response"/>.</summary>
    public static async Task<Refusal> OfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        string? type = null;
        try
        {
            type = (string?)JsonNode.Parse(body)?["type"];
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON: the refusal has no problem type, which the test's assertion on it shows.
        }

        return new(response.StatusCode, response.Headers.RetryAfter?.Delta, response.Content.Headers.ContentType?.MediaType, type);
    }
}
