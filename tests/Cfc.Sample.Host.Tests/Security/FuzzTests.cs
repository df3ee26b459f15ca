using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Xunit.Abstractions;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>
/// Random and malformed requests to every route of the host's route table, on a seeded host of its own: bad JSON,
/// values of the wrong type, huge and negative numbers, NaN, odd unicode (lone surrogates, RTL marks, NUL), unknown
/// codes and ids, path traversal, duplicated keys. Never a 5xx; every error a problem, and no 400 or 409 with the text of
/// .NET's exceptions (<see cref="ProblemTexts"/>); a refused write changes nothing.
/// </summary>
/// <remarks>1,000 requests by default; set <c>CFC_FUZZ_ITERATIONS</c> for more.</remarks>
public sealed class FuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    // Already escaped for a path: CsCheck picks them as route values. No NUL: Kestrel refuses a path with one (400)
    // before the host sees it, and the test server's client throws; NUL is sent in queries and JSON instead.
    private static readonly string[] s_pathValues =
    [
        "GM0518", "GM1942", "GM9999", "gm0518", "GM518", "GM0518-seed-armoede", "GM0518-unknown", "GM1942-seed-armoede", "nji", "org%3Anji", "1", "0",
        "..", "..%2F..%2Fetc%2Fpasswd", "%2E%2E%2F%2E%2E", "GM0518%2F..%2F..%2Fhealth", "%E2%80%AE8150MG", "%ED%A0%80", "%FF%FE",
        "%C0%AF", "%F0%9F%98%80", "%20", "-1", "99999999999999999999", "NaN", "1e309", new string('A', 3000), "GM0518-" + new string('x', 200),
    ];

    // Raw JSON values put in place of a field (or, for those that are not JSON, making the body invalid).
    private static readonly string[] s_jsonValues =
    [
        "null", "true", "0", "-1", "1.5", "1e309", "-1e309", "99999999999999999999999999", "-9223372036854775809", "NaN", "\"NaN\"", "Infinity", "\"-Infinity\"",
        "\"\"", "\" \"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u202e\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ufeff\"", "\"../../etc/passwd\"", "\"GM9999\"",
        "\"GM0518\"", "\"org:unknown\"", "\"2024-02-30\"", "\"2024-13-01\"", "\"9999-12-31\"", "\"-0001-01-01\"", "\"P-1D\"", "\"PT-1H\"", "\"P1000000Y\"",
        "\"Recognised\"", "\"recognised\"", "\"National\"", "[]", "{}", "[1, 2]", "[null]", "[\"\\ud800\"]", "[99999999999]", "{\"a\": {\"b\": [1]}}",
        "\"" + new string('x', 25_000) + "\"", "[" + string.Join(",", Enumerable.Repeat("1", 200)) + "]",
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-fuzz-").FullName;
    private HostFactory Factory { get; set; } = null!;
    private HttpClient Client { get; set; } = null!;

    // Reads the state around a write, personal data included.
    private HttpClient Coordinator { get; set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new HostFactory(_directory, seed: true);
        Client = Factory.CreateClient();
        Coordinator = Factory.CreateClient();
        Coordinator.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Coordinator.Dispose();
        await Factory.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Random_and_malformed_requests_to_every_route_are_never_5xx_always_problems_and_refused_writes_change_nothing()
    {
        var iterations = long.TryParse(Environment.GetEnvironmentVariable("CFC_FUZZ_ITERATIONS"), CultureInfo.InvariantCulture, out var n) ? n : 1000;
        var routes = WriteRoutes.ApiRoutes(Factory.Services).Select(r => r.Route).ToArray();
        var samples = new Dictionary<string, WriteRequest>(StringComparer.Ordinal);
        foreach (var (route, (_, arrange)) in WriteRoutes.Samples)
        {
            samples[route] = await arrange(Coordinator);
        }

        var bottleneck = samples["POST /api/bottlenecks/{id}/escalations"].Path.Split('/')[3];
        var counts = new Dictionary<int, int>();
        var gen = Gen.Select(Gen.Int[0, routes.Length - 1], Gen.Int[0, 99], Gen.Int[0, 9999], Gen.Int[0, 99], Gen.Byte.Array[0, 48])
            .Select((route, choice, pick, token, garbage) => Build(routes[route], samples, bottleneck, choice, pick, token, garbage));

        await gen.SampleAsync(
            async request =>
            {
                var status = await CheckAsync(request, samples);
                lock (counts)
                {
                    counts[status] = counts.GetValueOrDefault(status) + 1;
                }
            },
            iter: iterations,
            threads: 1,
            print: request => request.ToString());

        output.WriteLine($"{iterations} requests; by status: {string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}: {c.Value}"))}");
    }

    private async Task<int> CheckAsync(FuzzRequest request, Dictionary<string, WriteRequest> samples)
    {
        var write = request.Method != HttpMethod.Get;
        IReadOnlyList<string> reads = write
            ? [.. samples.TryGetValue(request.Route, out var sample) ? sample.State : [], .. NetworkReads]
            : [];
        var before = write ? await WriteRoutes.ReadStateAsync(Coordinator, reads) : null;

        using var message = new HttpRequestMessage(request.Method, new Uri(request.Path, UriKind.Relative));
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        }

        if (request.Token is not null)
        {
            message.Headers.Authorization = new("Bearer", request.Token);
        }

        if (request.Markdown)
        {
            message.Headers.Accept.ParseAdd("text/markdown");
        }

        using var response = await Client.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{status} for {request}: {body}");
        if (status >= 400)
        {
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{status} without a problem for {request}: {response.Content.Headers.ContentType} {body}");
            var problem = JsonNode.Parse(body)!;
            Assert.Equal(status, (int)problem["status"]!);
            if (status is 400 or 409)
            {
                Assert.True(ProblemTexts.DotNetFragment(body) is null, $"{status} with .NET text ({ProblemTexts.DotNetFragment(body)}) for {request}: {body}");
            }

            if (write)
            {
                Assert.Equal(before, await WriteRoutes.ReadStateAsync(Coordinator, reads));
            }
        }

        return status;
    }

    private static readonly string[] NetworkReads =
    [
        "/api/municipalities", "/api/municipalities/GM0518/issues", "/api/municipalities/GM0518/indicators", "/api/municipalities/GM0518/membership",
        "/api/organisations", "/api/bottlenecks", "/api/practices", "/api/newsletters/schedule", "/api/meetings?from=2000-01-01",
    ];

    private static FuzzRequest Build(string route, Dictionary<string, WriteRequest> samples, string bottleneck, int choice, int pick, int token, byte[] garbage)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        var method = new HttpMethod(route[..space]);
        var pattern = route[(space + 1)..];
        samples.TryGetValue(route, out var sample);
        var valid = sample?.Path.Split('/') ?? [];
        var segments = pattern.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] is not ['{', .., '}'] parameter)
            {
                continue;
            }

            segments[i] = (choice + i) % 3 == 0
                ? s_pathValues[(pick + i) % s_pathValues.Length]
                : valid.Length == segments.Length ? valid[i] : parameter switch
                {
                    "{code}" => "GM0518",
                    "{organisation}" => "nji",
                    _ when pattern.StartsWith("/api/bottlenecks", StringComparison.Ordinal) => bottleneck,
                    _ => "GM0518-seed-armoede",
                };
        }

        var path = string.Join('/', segments);
        if (choice % 4 == 0)
        {
            var key = new[] { "k", "on", "from", "k" }[pick % 4];
            var value = new[] { "5", "0", "101", "-3", "2026-01-01", "2026-02-30", "%00", "%ED%A0%80", "1e3", "99999999999999999999", "", "NaN" }[pick % 12];
            path += $"?{key}={value}";
        }

        var (body, contentType) = method == HttpMethod.Get || method == HttpMethod.Delete
            ? (choice % 10 == 0 ? (Encoding.UTF8.GetBytes("{\"x\": 1}"), "application/json") : (null, "application/json"))
            : MutateBody(sample?.Body ?? "{}", choice, pick, garbage);
        var bearer = token switch
        {
            < 85 => Tokens.Coordinator(),
            < 92 => null,
            < 96 => Tokens.Member("GM0518"),
            _ => Tokens.Bad.Values.ElementAt(token % Tokens.Bad.Count)(),
        };
        return new FuzzRequest(route, method, path, body, contentType, bearer, Markdown: choice % 7 == 0);
    }

    private static (byte[] Body, string ContentType) MutateBody(string json, int choice, int pick, byte[] garbage)
    {
        var odd = s_jsonValues[pick % s_jsonValues.Length];
        var text = (choice / 10) switch
        {
            0 => json,
            1 or 2 or 3 => Replace(json, pick, odd),
            4 => Duplicate(json, pick, odd),
            5 => json[..(pick % Math.Max(1, json.Length))],
            6 => odd,
            7 => json.Replace("}", $", \"unknown{pick}\": {odd}}}", StringComparison.Ordinal),
            _ => null,
        };
        return choice switch
        {
            >= 80 and < 88 => ([.. Encoding.UTF8.GetBytes("{\"title\": \""), .. garbage, .. Encoding.UTF8.GetBytes("\"}")], "application/json"),
            >= 88 and < 94 => (garbage, "application/json"),
            >= 94 => (Encoding.UTF8.GetBytes(json), pick % 2 == 0 ? "text/plain" : "application/x-www-form-urlencoded"),
            _ => (Encoding.UTF8.GetBytes(text!), "application/json"),
        };
    }

    // One field (at any depth, also inside a list) gets the odd value instead of its own.
    private static string Replace(string json, int pick, string odd)
    {
        var root = JsonNode.Parse(json);
        var slots = new List<Action>();
        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var name in o.Select(p => p.Key).ToArray())
                    {
                        slots.Add(() => o[name] = "__FUZZ__");
                        Collect(o[name]);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        var index = i;
                        slots.Add(() => a[index] = "__FUZZ__");
                        Collect(a[i]);
                    }

                    break;
            }
        }

        Collect(root);
        if (slots.Count == 0)
        {
            return odd;
        }

        slots[pick % slots.Count]();
        return root!.ToJsonString().Replace("\"__FUZZ__\"", odd, StringComparison.Ordinal);
    }

    // The same key twice: the odd value first, then the request's own.
    private static string Duplicate(string json, int pick, string odd)
    {
        var names = JsonNode.Parse(json) is JsonObject o ? o.Select(p => p.Key).ToArray() : [];
        return names.Length == 0 ? json : string.Concat("{\"", names[pick % names.Length], "\": ", odd, ", ", json.TrimStart()[1..]);
    }
}

/// <summary>One fuzzed request.</summary>
public sealed record FuzzRequest(string Route, HttpMethod Method, string Path, byte[]? Body, string ContentType, string? Token, bool Markdown)
{
    public override string ToString()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body);
        return $"{Method} {Path} [{ContentType}] token={(Token is null ? "none" : Token[..Math.Min(12, Token.Length)])} markdown={Markdown} body={(body.Length > 300 ? body[..300] + "…" : body)}";
    }
}
