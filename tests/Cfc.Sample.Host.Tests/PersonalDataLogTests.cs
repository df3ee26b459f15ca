using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cfc.Sample.Host.Tests;

/// <summary>
/// No log line carries a contact person's contact or a subscriber's address, at any level: a host of its own logs
/// everything (Trace) to a capture while the personal-data routes are used, well and badly.
/// </summary>
public sealed class PersonalDataLogTests : IAsyncLifetime
{
    private const string Contact = "privé.contact@gemeente.example";
    private const string Address = "abonnee.privé@statia.example";

    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-logs-").FullName;
    private LogCapture Logs { get; } = new();

    private HostFactory Host { get; set; } = null!;

    private WebApplicationFactory<Program> Factory { get; set; } = null!;

    public Task InitializeAsync()
    {
        Host = new HostFactory(_directory);
        Factory = Host.WithWebHostBuilder(b => b.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Host.DisposeAsync();
        Logs.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Contacts_and_addresses_are_never_logged()
    {
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
        using var anonymous = Factory.CreateClient();
        var person = $$"""{"displayName": "A. de Vries", "role": "CivilServant", "contact": "{{Contact}}"}""";
        var subscriber = $$"""{"address": "{{Address}}"}""";

        await (await client.PutJsonAsync("/api/municipalities/GM1910", """{"name": "Gemeente"}""")).JsonAsync(HttpStatusCode.Created);
        await (await client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05"}""")).JsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/municipalities/GM1910/people", person)).JsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/municipalities/GM1910/people", $$"""{"displayName": "Jeugdraad", "role": "YouthRepresentative", "contact": "{{Contact}}"}""")).ValidationProblemAsync("contact");
        await (await client.PostJsonAsync("/api/municipalities/GM1910/people", $$"""{"displayName": "A", "role": "CivilServant", "contact": "{{Contact}}{{new string('x', 200)}}"}""")).ValidationProblemAsync("contact");
        await (await anonymous.PostJsonAsync("/api/municipalities/GM1910/people", person)).ProblemAsync(HttpStatusCode.Unauthorized);
        await client.GetJsonAsync("/api/municipalities/GM1910/people");
        await (await client.PostJsonAsync("/api/newsletters/subscribers", subscriber)).JsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/newsletters/subscribers", $$"""{"address": "Naam <{{Address}}>"}""")).ValidationProblemAsync("address");
        await client.GetJsonAsync("/api/newsletters/subscribers");
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostJsonAsync("/api/newsletters/subscribers/removals", subscriber)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostJsonAsync("/api/municipalities/GM1910/people/removals", person)).StatusCode);

        var lines = Logs.Lines.ToList();
        Assert.Contains(lines, line => line.Contains("/api/municipalities/GM1910/people", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("privé", StringComparison.OrdinalIgnoreCase));
    }

    // Every message with its exception and the values of its template, as any logger could write them.
    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(LogCapture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                capture.Lines.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                capture.Lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} [{values}] {exception}");
            }
        }
    }
}
