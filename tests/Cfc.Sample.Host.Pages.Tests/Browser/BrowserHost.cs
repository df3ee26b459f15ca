using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Cfc.Sample.Host.Tests.Processes;
using Microsoft.Playwright;

namespace Cfc.Sample.Host.Pages.Tests.Browser;

/// <summary>
/// The real host process, seeded (with, from its first start, a newsletter schedule and a meeting), with its dashboard
/// on, on a loopback port and a temporary data directory, with a few writes through the API that the pages then show (Gooise Meren's next
/// phases), and one headless chromium for the whole collection.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    /// <summary>chromium's switches for a container without a GPU, a sandbox or a network.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-pages-").FullName;
    private HostProcess? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The meeting the host seeds on its first start, shown on the network page.</summary>
    public const string MeetingTitle = "Netwerkbijeenkomst kinderarmoede";

    /// <summary>Five municipalities of Gooise Meren's size class, with a population and a (sample) poverty figure for 2024.</summary>
    public static readonly (string Code, string Name, int Population, double Poverty)[] Peers =
    [
        ("GM0402", "Hilversum", 93_000, 6.9), ("GM0362", "Amstelveen", 92_000, 5.8), ("GM0355", "Zeist", 66_000, 5.2),
        ("GM0405", "Hoorn", 74_000, 7.1), ("GM0439", "Purmerend", 93_000, 6.4),
    ];

    public HostProcess Host => _host ?? throw new InvalidOperationException("The host did not start.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    public async Task InitializeAsync()
    {
        if (!ChromiumFactAttribute.Available)
        {
            return;
        }

        _host = await HostProcess.StartAsync("--Cfc:Seed=true", $"--Cfc:DataDirectory={_directory}", "--Cfc:Dashboard:Enabled=true");
        var client = _host.Client;
        await Ok(await client.PostAsJsonAsync("/api/municipalities/GM1942/programme/transitions", new { phase = "SituationAnalysis", on = "2024-05-01" }));
        await Ok(await client.PostAsJsonAsync("/api/municipalities/GM1942/programme/transitions", new { phase = "ActionPlan", on = "2025-03-01" }));
        // Children's participation of Gooise Meren: a council with feedback given (/participation/1), then a small panel.
        await Ok(await client.PostAsJsonAsync("/api/municipalities/GM1942/participation", new
        {
            kind = "Council", heldOn = "2024-06-12", phase = "SituationAnalysis", ageGroups = new[] { "8-11", "12-17" }, participants = 23,
            groupsReached = new[] { "poverty", "in-care" }, topics = new[] { "veilig naar school" }, decisionFed = "Speelruimteplan 2025",
            feedback = new { givenOn = "2024-07-01", how = "Brief aan de kinderraad en een filmpje op school." },
        }));
        await Ok(await client.PostAsJsonAsync("/api/municipalities/GM1942/participation", new { kind = "Panel", heldOn = "2025-03-10", phase = "ActionPlan", participants = 6 }));

        // Gooise Meren's peers, 50,000 to 100,000 inhabitants: their population and a sample poverty figure for 2024.
        await Ok(await client.PostAsJsonAsync("/api/municipalities/GM1942/observations", new { indicator = "population.inhabitants", period = "2024-01-01", value = 59_000 }));
        foreach (var (code, name, population, poverty) in Peers)
        {
            await Ok(await client.PutAsJsonAsync($"/api/municipalities/{code}", new { name }));
            await Ok(await client.PostAsJsonAsync($"/api/municipalities/{code}/observations", new { indicator = "population.inhabitants", period = "2024-01-01", value = population }));
            await Ok(await client.PostAsJsonAsync($"/api/municipalities/{code}/observations", new { indicator = "poverty.low-income-minors", period = "2024", value = poverty }));
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.ExecutablePath, Headless = true, Args = Arguments });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static async Task Ok(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
