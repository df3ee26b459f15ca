using System.Net.Http.Headers;
using Cfc.Sample.Host.Newsletters;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Newsletters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sample.Host.Tests.Newsletters;

/// <summary>
/// Which days an edition's news covers: the first edition nothing from before the schedule's start, a later one
/// everything since the last edition sent. Each test has a host of its own; today is 1 March 2026.
/// </summary>
public sealed class EditionNewsTests
{
    [Fact]
    public async Task The_first_edition_takes_no_news_from_before_the_schedules_start()
    {
        await WithHostAsync(async host =>
        {
            // The first edition is on 8 March; the issue and the practice of today are older than the newsletter.
            await PutAsync(host.Client, "/api/newsletters/schedule", """{"anchor": "2026-03-08"}""");
            await PutAsync(host.Client, "/api/municipalities/GM0518", """{"name": "'s-Gravenhage"}""");
            await PostAsync(host.Client, "/api/municipalities/GM0518/issues", """{"title": "Kinderarmoede in de wijk", "text": "Kinderen in armoede missen sport."}""");
            await PostAsync(host.Client, "/api/practices", """{"member": "GM0518", "title": "Kinderraad", "goalAreas": ["VoiceHeard"], "whatWasDone": "Gedaan.", "challenges": "Uitdagingen.", "lessonsLearned": "Lessen."}""");

            var draft = await host.Anonymous.GetJsonAsync("/api/newsletters/next");

            Assert.Equal(("2026-03-08", "2026-03-08"), ((string?)draft["edition"], (string?)draft["since"]));
            Assert.Empty(draft["issues"]!.AsArray());
            Assert.Empty(draft["practices"]!.AsArray());
            var lines = (await MarkdownAsync(host)).Split('\n');
            Assert.Equal("Dit is de eerste editie: het nieuws begint bij de volgende. Bijeenkomsten van 8 maart 2026 tot en met 18 april 2026.", lines[2]);
        });
    }

    [Fact]
    public async Task A_later_edition_takes_its_news_from_the_last_edition_sent_even_when_one_was_not_sent()
    {
        await WithHostAsync(async host =>
        {
            // Every six weeks from 5 January: 5 January was sent, 16 February was not (no host was sending), 30 March is next.
            await PutAsync(host.Client, "/api/newsletters/schedule", """{"anchor": "2026-01-05"}""");
            await PutAsync(host.Client, "/api/municipalities/GM0518", """{"name": "'s-Gravenhage"}""");
            host.Factory.Clock.Reset(Instant.FromUtc(2026, 2, 10, 12, 0));
            await PostAsync(host.Client, "/api/municipalities/GM0518/issues", """{"title": "Kinderarmoede in de wijk", "text": "Kinderen in armoede missen sport."}""");
            host.Factory.Clock.Reset(HostFactory.Now);
            var grains = host.Factory.Services.GetRequiredService<IGrainFactory>();
            await grains.GetGrain<INewsletterGrain>(INetworkGrain.DefaultNetworkId).RecordEditionAsync(new LocalDate(2026, 1, 5));

            var draft = await host.Anonymous.GetJsonAsync("/api/newsletters/next");

            Assert.Equal(("2026-03-30", "2026-01-05"), ((string?)draft["edition"], (string?)draft["since"]));
            Assert.Equal("Kinderarmoede in de wijk", (string?)Assert.Single(draft["issues"]!.AsArray())!["title"]);
        });
    }

    [Fact]
    public async Task A_zones_name_is_the_one_set_and_a_zone_without_one_is_its_id()
    {
        var names = ZoneNames.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cfc:Newsletter:ZoneNames:America/Kralendijk"] = " Sint Eustatius ",
            ["Cfc:Newsletter:ZoneNames:Asia/Tokyo"] = "Japan",
        }).Build());

        Assert.Equal(("Sint Eustatius", "Japan", "Nederland", "Pacific/Auckland"), (names.Of("America/Kralendijk"), names.Of("Asia/Tokyo"), names.Of("Europe/Amsterdam"), names.Of("Pacific/Auckland")));
    }

    private static async Task WithHostAsync(Func<HostFixture, Task> test)
    {
        var host = new HostFixture();
        await host.InitializeAsync();
        try
        {
            await test(host);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static async Task<string> MarkdownAsync(HostFixture host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/newsletters/next");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        return await (await host.Anonymous.SendAsync(request)).Content.ReadAsStringAsync();
    }

    private static async Task PutAsync(HttpClient client, string uri, string json) =>
        Assert.True((await client.PutJsonAsync(uri, json)).IsSuccessStatusCode, uri);

    private static async Task PostAsync(HttpClient client, string uri, string json)
    {
        var response = await client.PostJsonAsync(uri, json);
        Assert.True(response.IsSuccessStatusCode, $"{uri} {json}: {await response.Content.ReadAsStringAsync()}");
    }
}
