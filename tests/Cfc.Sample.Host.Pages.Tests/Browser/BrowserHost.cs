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
    private static readonly string[] s_arguments =
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

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.ExecutablePath, Headless = true, Args = s_arguments });
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
