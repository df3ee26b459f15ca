using System.Net;
using System.Text;
using Cfc.Sample.Host.Feeds;
using Cfc.Sdk.Network;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using Cfc.Testing;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Cfc.Sample.Host.Tests.Feeds;

/// <summary>The practices feed, <c>GET /feeds/practices.atom</c>, written by <see cref="AtomResult"/>.</summary>
[Collection(HostDefinition.Name)]
public sealed class PracticeFeedTests(HostFixture host)
{
    private static readonly MemberId DenHaag = MemberId.For(MemberCode.Parse("GM0518"));
    private static readonly MemberId Utrecht = MemberId.For(MemberCode.Parse("GM0344"));

    // Two practices, newest first, as the feed takes them from the list.
    private static async Task<(string Body, string? ContentType)> WrittenAsync()
    {
        var feed = PracticeFeed.Of(
            "nl",
            [
                (2, new GoodPractice(Utrecht, "Speelstraat", [GoalArea.FamilyPlayLeisure], "Straten dicht voor spelen.", "Verkeer.", "Vraag de buren.", new LocalDate(2026, 2, 10))),
                (1, new GoodPractice(DenHaag, "Kinderraad", [GoalArea.VoiceHeard], "Een kinderraad opgericht.", "Werving.", "Vroeg beginnen.", new LocalDate(2025, 6, 1))),
            ],
            member => member == DenHaag ? "Den Haag" : "Utrecht",
            new Uri("https://cfc.example/"),
            DateTimeZoneProviders.Tzdb["Europe/Amsterdam"],
            Instant.FromUtc(2026, 3, 1, 12, 0));
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await new AtomResult(feed).ExecuteAsync(context);
        return (Encoding.UTF8.GetString(body.ToArray()), context.Response.ContentType);
    }

    [Fact]
    public async Task The_feed_of_a_small_fixed_example_is_approved()
    {
        var (body, contentType) = await WrittenAsync();

        Assert.Equal("application/atom+xml; charset=utf-8", contentType);
        Approvals.VerifyText(body);
    }

    [PythonModuleFact("feedparser")]
    public async Task Feedparser_reads_the_entries_ids_and_links_without_guessing()
    {
        var read = await AtomReader.ReadAsync((await WrittenAsync()).Body);

        Assert.False((bool)read["bozo"]!, (string?)read["bozoException"]);
        Assert.Equal(("atom10", "urn:cfc:nl:practices"), ((string?)read["version"], (string?)read["id"]));
        Assert.Contains(read["links"]!.AsArray(), l => (string?)l!["rel"] == "self" && (string?)l["href"] == "https://cfc.example/feeds/practices.atom");
        var entries = read["entries"]!.AsArray();
        Assert.Equal(["urn:cfc:nl:practice:2", "urn:cfc:nl:practice:1"], entries.Select(e => (string?)e!["id"]));
        Assert.Equal(["https://cfc.example/practices/2", "https://cfc.example/practices/1"], entries.Select(e => (string?)e!["link"]));
        Assert.Equal(["Speelstraat", "Kinderraad"], entries.Select(e => (string?)e!["title"]));
        Assert.Equal(["Utrecht", "Den Haag"], entries.Select(e => (string?)e!["author"]));
        Assert.Equal("Straten dicht voor spelen.", (string?)entries[0]!["summary"]);
        // The day a practice was shared starts at midnight in the Netherlands; the feed was updated by its newest entry.
        Assert.Equal(["2026-02-10T00:00:00+01:00", "2025-06-01T00:00:00+02:00"], entries.Select(e => (string?)e!["updated"]));
        Assert.Equal("2026-02-10T00:00:00+01:00", (string?)read["updated"]);
    }

    [PythonModuleFact("feedparser")]
    public async Task A_shared_practice_is_in_the_feed_with_a_link_to_its_page_on_the_address_asked()
    {
        Assert.True((await host.Client.PutJsonAsync("/api/municipalities/GM0936", """{"name": "Calendarië"}""")).IsSuccessStatusCode);
        var shared = await (await host.Client.PostJsonAsync("/api/practices", """
            {"member": "GM0936", "title": "Voorleesfeed", "goalAreas": ["VoiceHeard"], "whatWasDone": "Een feed.", "challenges": "Geen.", "lessonsLearned": "Lezen."}
            """)).JsonAsync(HttpStatusCode.Created);
        var id = (int)shared["id"]!;

        var response = await host.Anonymous.GetAsync(new Uri("/feeds/practices.atom", UriKind.Relative));
        var read = await AtomReader.ReadAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.False((bool)read["bozo"]!, (string?)read["bozoException"]);
        Assert.Contains(read["links"]!.AsArray(), l => (string?)l!["rel"] == "self" && (string?)l["href"] == "http://localhost/feeds/practices.atom");
        var entry = Assert.Single(read["entries"]!.AsArray(), e => (string?)e!["id"] == $"urn:cfc:nl:practice:{id}")!;
        Assert.Equal(("Voorleesfeed", "Calendarië", $"http://localhost/practices/{id}"), ((string?)entry["title"], (string?)entry["author"], (string?)entry["link"]));
    }
}
