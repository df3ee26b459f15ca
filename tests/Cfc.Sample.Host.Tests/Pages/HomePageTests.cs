using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Cfc.Sdk.Orleans.Municipalities;
using Microsoft.Extensions.DependencyInjection;

namespace Cfc.Sample.Host.Tests.Pages;

/// <summary>
/// The home page and the newsletter draft read the network's register and indexes, not every municipality: on a host
/// of their own, a grain call filter counts the calls that reach municipality grains while they are read.
/// </summary>
public sealed class HomePageTests(HomePageTests.Network network) : IClassFixture<HomePageTests.Network>
{
    [Fact]
    public async Task The_home_page_calls_no_municipality_grain_and_shows_the_started_programmes_and_the_newest_issues()
    {
        network.Calls.Reset();

        var html = await network.Anonymous.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(0, network.Calls.Count);
        foreach (var code in Network.Started)
        {
            Assert.Contains($"Gemeente {code}", html, StringComparison.Ordinal);
        }

        // The five newest of the twelve issues: all opened on one day, so the highest ids.
        var section = html[html.IndexOf("aria-labelledby=\"issues\"", StringComparison.Ordinal)..html.IndexOf("aria-labelledby=\"newsletter\"", StringComparison.Ordinal)];
        var listed = Network.Issues.Where(id => section.Contains($"/issues/{id}", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(Network.Issues.Order(StringComparer.Ordinal).TakeLast(5), listed);
    }

    [Fact]
    public async Task The_newsletter_draft_calls_no_municipality_grain_and_has_every_new_issue()
    {
        network.Calls.Reset();

        var draft = await network.Anonymous.GetJsonAsync("/api/newsletters/next");

        Assert.Equal(0, network.Calls.Count);
        Assert.Equal(Network.Issues.Order(StringComparer.Ordinal), draft["issues"]!.AsArray().Select(i => (string)i!["id"]!).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Twelve municipalities, three with a programme, each with one issue opened today (1 March 2026), and a schedule
    /// whose next edition (30 March) has today's issues as news.
    /// </summary>
    public sealed class Network : IAsyncLifetime
    {
        public static readonly string[] Codes = [.. Enumerable.Range(0, 12).Select(i => string.Create(CultureInfo.InvariantCulture, $"GM{700 + i:0000}"))];

        public static readonly string[] Started = [.. Codes.Take(3)];

        private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-home-").FullName;
        private HostFactory Factory { get; set; } = null!;

        public static List<string> Issues { get; } = [];

        public MunicipalityCalls Calls { get; } = new();

        public HttpClient Anonymous { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Factory = new HostFactory(_directory, services: s => s.AddSingleton<IIncomingGrainCallFilter>(Calls));
            Anonymous = Factory.CreateClient();
            using var coordinator = Factory.CreateClient();
            coordinator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Coordinator());
            (await coordinator.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-01-05", "cadence": "P6W"}""")).EnsureSuccessStatusCode();
            foreach (var code in Codes)
            {
                await (await coordinator.PutJsonAsync($"/api/municipalities/{code}", $$"""{"name": "Gemeente {{code}}"}""")).JsonAsync(HttpStatusCode.Created);
                if (Started.Contains(code))
                {
                    await (await coordinator.PostJsonAsync($"/api/municipalities/{code}/programme/transitions", """{"phase": "Agreement", "on": "2025-11-30"}""")).JsonAsync(HttpStatusCode.OK);
                }

                var issue = await (await coordinator.PostJsonAsync($"/api/municipalities/{code}/issues", """{"title": "Speelplekken", "text": "Te weinig plek om te spelen.", "themes": ["spelen"]}"""))
                    .JsonAsync(HttpStatusCode.Created);
                Issues.Add((string)issue["id"]!);
            }
        }

        public async Task DisposeAsync()
        {
            Anonymous.Dispose();
            await Factory.DisposeAsync();
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Counts the calls that reach a municipality grain.</summary>
    public sealed class MunicipalityCalls : IIncomingGrainCallFilter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public Task Invoke(IIncomingGrainCallContext context)
        {
            if (context.Grain is IMunicipalityGrain)
            {
                Interlocked.Increment(ref _count);
            }

            return context.Invoke();
        }
    }
}
