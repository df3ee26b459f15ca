using Cfc.Sdk.Orleans.Newsletters;
using Cfc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Tests.Newsletters;

/// <summary>The Atom feed of the published editions, <c>/feeds/newsletter.atom</c>, on a host of its own with two editions.</summary>
public sealed class NewsletterFeedTests : IAsyncLifetime, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-feed-").FullName;
    private readonly HostFactory _factory;

    public NewsletterFeedTests() => _factory = new HostFactory(_directory);

    public async Task InitializeAsync()
    {
        var grains = _factory.Services.GetRequiredService<IGrainFactory>();
        await grains.GetEdition("nl", new LocalDate(2026, 1, 22)).PublishAsync(new("Nieuwsbrief Kindvriendelijke Gemeenten, 2026-01-22", "# Januari", "<h1>Januari</h1>\n<p>Speelplekken &amp; wachtlijsten</p>\n"));
        _factory.Clock.Advance(Duration.FromDays(1));
        await grains.GetEdition("nl", new LocalDate(2026, 3, 5)).PublishAsync(new("Nieuwsbrief Kindvriendelijke Gemeenten, 2026-03-05", "# Maart", "<h1>Maart</h1>\n"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task The_feed_is_approved()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/feeds/newsletter.atom", UriKind.Relative));

        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Approvals.VerifyText(await response.Content.ReadAsStringAsync());
    }

    [PythonModuleFact("feedparser")]
    public async Task Feedparser_reads_the_editions_newest_first_with_stable_ids_links_and_html()
    {
        using var client = _factory.CreateClient();
        var feed = await client.GetStringAsync(new Uri("/feeds/newsletter.atom", UriKind.Relative));
        const string Script = """
            import sys, feedparser
            d = feedparser.parse(sys.stdin.read())
            print(d.bozo, d.version, d.feed.title)
            # RFC 4287: the feed names its author (or every entry does), which feedparser reads but does not require.
            print(d.feed.author)
            for e in d.entries:
                print(e.id, e.title, e.link, e.published, e.content[0].type, e.content[0].value.replace('\n', ' '))
            """;

        var output = await PythonModuleFactAttribute.RunAsync(Script, feed);

        Assert.Equal(
            [
                "False atom10 Nieuwsbrief Kindvriendelijke Gemeenten",
                "Nieuwsbrief Kindvriendelijke Gemeenten",
                "urn:cfc:nl:newsletter:2026-03-05 Nieuwsbrief Kindvriendelijke Gemeenten, 2026-03-05 http://localhost/api/newsletters/editions/2026-03-05 2026-03-02T12:00:00Z text/html <h1>Maart</h1>",
                "urn:cfc:nl:newsletter:2026-01-22 Nieuwsbrief Kindvriendelijke Gemeenten, 2026-01-22 http://localhost/api/newsletters/editions/2026-01-22 2026-03-01T12:00:00Z text/html <h1>Januari</h1> <p>Speelplekken &amp; wachtlijsten</p>",
            ],
            output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task The_editions_are_listed_newest_first_and_one_answers_with_its_bodies()
    {
        using var client = _factory.CreateClient();

        var list = await client.GetJsonAsync("/api/newsletters/editions");
        var one = await client.GetJsonAsync("/api/newsletters/editions/2026-01-22");
        using var unknown = await client.GetAsync(new Uri("/api/newsletters/editions/2026-01-23", UriKind.Relative));
        using var malformed = await client.GetAsync(new Uri("/api/newsletters/editions/22-01-2026", UriKind.Relative));

        Assert.Equal(["2026-03-05", "2026-01-22"], list.AsArray().Select(e => (string)e!["date"]!));
        Assert.Equal(["date", "subject", "published"], list[0]!.Names());
        Assert.Equal(["date", "subject", "published", "markdown", "html"], one.Names());
        Assert.Equal("# Januari", (string)one["markdown"]!);
        await unknown.ProblemAsync(System.Net.HttpStatusCode.NotFound);
        await malformed.ValidationProblemAsync("date");
    }
}
