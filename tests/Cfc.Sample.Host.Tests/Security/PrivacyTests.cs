using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cfc.Sample.Host.Tests.Security;

/// <summary>
/// Privacy: small counts never leave the host (every read route that could carry them is checked), what requests
/// carry (contact details among it) is never logged, and no secret is in the host's own files.
/// </summary>
public sealed class PrivacyTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-privacy-").FullName;
    private LogCapture Logs { get; } = new();

    private HostFactory Factory { get; set; } = null!;

    private HttpClient Coordinator { get; set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new HostFactory(_directory, seed: true, services: services => services.AddSingleton<ILoggerProvider>(Logs));
        Coordinator = Factory.CreateClient();
        Coordinator.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Coordinator.Dispose();
        await Factory.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Counts_below_the_disclosure_threshold_are_in_no_response_of_any_read_route()
    {
        // Counts under 10 (the domain's default threshold) for one member, in two years: 3 and 7.
        await (await Coordinator.PostJsonAsync("/api/municipalities/GM0518/observations", """{"indicator": "poverty.social-minimum-120.count", "period": "2021", "value": 3}""")).JsonAsync(HttpStatusCode.Created);
        await (await Coordinator.PostJsonAsync("/api/municipalities/GM0518/observations", """{"indicator": "poverty.social-minimum-120.count", "period": "2022", "value": 7}""")).JsonAsync(HttpStatusCode.Created);
        using var anonymous = Factory.CreateClient();
        // The host is seeded, with a newsletter schedule from its first start, so the draft route answers too.
        await anonymous.GetJsonAsync("/api/newsletters/next");

        var checkedRoutes = 0;
        foreach (var (route, _) in WriteRoutes.ApiRoutes(Factory.Services).Where(r => r.Route.StartsWith("GET ", StringComparison.Ordinal)))
        {
            var path = route[4..].Replace("{code}", "GM0518", StringComparison.Ordinal).Replace("{id}", "GM0518-seed-armoede", StringComparison.Ordinal)
                .Replace("{organisation}", "nji", StringComparison.Ordinal).Replace("{indicator}", "poverty.social-minimum-120.count", StringComparison.Ordinal);
            // The member's indicators in each form it answers in: JSON by default, SDMX-CSV to its media type.
            foreach (var accept in path.EndsWith("/indicators", StringComparison.Ordinal) ? new[] { "application/json", Sdmx } : ["*/*"])
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
                request.Headers.TryAddWithoutValidation("Accept", accept);
                using var response = await anonymous.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                // The numbers of a JSON or CSV answer are read here; a route answering another format (a calendar) shows no
                // figures, or has a test of its own that it shows only those disclosure control shows.
                var mediaType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
                var isCsv = mediaType.EndsWith("csv", StringComparison.Ordinal);
                if (!isCsv && mediaType != "application/json")
                {
                    continue;
                }

                checkedRoutes++;
                var body = await response.Content.ReadAsStringAsync();
                var shown = (isCsv ? CsvValues(body) : Values(JsonNode.Parse(body))).ToArray();
                Assert.DoesNotContain(3.0, shown);
                Assert.DoesNotContain(7.0, shown);
            }
        }

        var report = (await anonymous.GetJsonAsync("/api/municipalities/GM0518/indicators")).AsArray().Single(r => (string?)r!["indicator"] == "poverty.social-minimum-120.count")!;
        Assert.All(report["series"]!.AsArray(), point => Assert.True((bool)point!["suppressed"]! && point["value"] is null));
        Assert.Null(report["trend"]);
        Assert.True(checkedRoutes > 10, $"Only {checkedRoutes} read routes answered 200.");
    }

    [Fact]
    public async Task Nothing_a_write_carries_is_logged()
    {
        var texts = new List<string>();
        foreach (var (route, (_, arrange)) in WriteRoutes.Samples)
        {
            var request = await arrange(Coordinator);
            using var message = request.ToMessage(Tokens.Coordinator());
            using var response = await Factory.CreateClient().SendAsync(message);
            Assert.True(response.IsSuccessStatusCode, $"{route}: {(int)response.StatusCode}");
            texts.AddRange(Strings(request.Body is null ? null : JsonNode.Parse(request.Body)).Where(t => t.Length >= 6));
        }

        Assert.NotEmpty(texts);
        Assert.NotEmpty(Logs.Messages);
        foreach (var text in texts.Distinct())
        {
            Assert.DoesNotContain(Logs.Messages, message => message.Contains(text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_hosts_settings_files_hold_no_signing_key_or_other_secret()
    {
        var project = Path.Combine(RepositoryRoot(), "samples", "Cfc.Sample.Host");
        var files = Directory.GetFiles(project, "appsettings*.json");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var secret in new[] { "SigningKeys", "\"Value\"", "Secret", "Password", "ClientSecret", "Key\"" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private const string Sdmx = "application/vnd.sdmx.data+csv; version=2.0.0";

    // Every field of a CSV answer's rows that reads as a number.
    private static IEnumerable<double> CsvValues(string csv) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).SelectMany(line => line.Split(','))
            .Select(field => double.TryParse(field, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : (double?)null)
            .OfType<double>();

    private static IEnumerable<double> Values(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "value" or "latest" && p.Value is JsonValue v && v.TryGetValue<double>(out var d) ? [d] : Values(p.Value)),
        JsonArray a => a.SelectMany(Values),
        _ => [],
    };

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No repository root above " + AppContext.BaseDirectory);
    }

    /// <summary>Every message the host logs, at the levels its settings log.</summary>
    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(LogCapture capture) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Messages.Enqueue($"{formatter(state, exception)} {exception}");
        }
    }
}
