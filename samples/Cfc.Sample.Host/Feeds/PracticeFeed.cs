using System.Globalization;
using System.ServiceModel.Syndication;
using Cfc.Sample.Host.Hosting;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Practices;
using Cfc.Sdk.Practices;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Feeds;

/// <summary>
/// The network's newest good practices as an Atom feed, <c>GET /feeds/practices.atom</c>: anonymous, as the practices are
/// published.
/// </summary>
/// <remarks>
/// The feed holds the <see cref="MaxEntries"/> practices shared last, newest first, read from the network's practices list
/// as far as they go. An entry's id is made of the network's id and the practice's number only (a URN), so that it stays
/// the same whichever address the feed is read through; its links are to the address the request came to.
/// </remarks>
internal static class PracticeFeed
{
    /// <summary>The most practices the feed holds.</summary>
    public const int MaxEntries = 50;

    /// <summary>The feed's path.</summary>
    public const string Path = "/feeds/practices.atom";

    /// <summary>Maps the feed's route.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapPracticeFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ReadAsync).WithTags("Good practices");
        return app;
    }

    /// <summary>The id of practice <paramref name="number"/> of <paramref name="network"/>.</summary>
    /// <param name="network">The network's id.</param>
    /// <param name="number">The practice's number.</param>
    /// <returns>Such as <c>urn:cfc:nl:practice:3</c>.</returns>
    public static string EntryId(string network, int number) => string.Create(CultureInfo.InvariantCulture, $"urn:cfc:{network}:practice:{number}");

    /// <summary>The newest practices as Atom 1.0.</summary>
    private static async Task<AtomResult> ReadAsync(HttpRequest http, IGrainFactory grains, IClock clock, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        var network = options.Value.NetworkId;
        var numbers = new List<int>();
        await foreach (var entry in grains.GoodPracticeList(network).ReadAsync(newestFirst: true, cancellationToken: http.HttpContext.RequestAborted))
        {
            if (EntityIds.Number(entry.Id) is { } number)
            {
                numbers.Add(number);
            }

            if (numbers.Count == MaxEntries)
            {
                break;
            }
        }

        var practices = await Task.WhenAll(numbers.Select(n => grains.GetGoodPractice(network, n).GetAsync()));
        var shared = numbers.Zip(practices).Where(p => p.Second is not null).Select(p => (Id: p.First, Practice: p.Second!)).ToArray();
        var members = await Task.WhenAll(shared.Select(p => p.Practice.Member).Distinct().Select(grains.Network(options).GetMemberAsync));
        var names = members.OfType<RegisteredMember>().ToDictionary(m => m.Id, m => m.Name);

        var site = PublicUrl.Of(http);
        return new AtomResult(Of(
            network,
            shared,
            member => names.GetValueOrDefault(member) ?? member.ToString(),
            site,
            zones[MemberCode.EuropeanNetherlandsZoneId],
            clock.GetCurrentInstant()));
    }

    /// <summary>The feed of <paramref name="practices"/>.</summary>
    /// <param name="network">The network's id, for the ids.</param>
    /// <param name="practices">The practices with their numbers, newest first.</param>
    /// <param name="nameOf">The name of a member, the author of its practices.</param>
    /// <param name="site">The host's address the links start with, ending in <c>/</c>.</param>
    /// <param name="zone">The zone a practice's day starts in (Europe/Amsterdam).</param>
    /// <param name="now">The time an empty feed was last updated.</param>
    /// <returns>The feed.</returns>
    public static SyndicationFeed Of(
        string network, IReadOnlyList<(int Id, GoodPractice Practice)> practices, Func<MemberId, string> nameOf, Uri site, DateTimeZone zone, Instant now)
    {
        var items = practices.Select(p => Item(network, p.Id, p.Practice, nameOf(p.Practice.Member), site, zone)).ToArray();
        var feed = new SyndicationFeed(items)
        {
            Id = $"urn:cfc:{network}:practices",
            Title = new TextSyndicationContent("Child Friendly Cities: good practices"),
            Description = new TextSyndicationContent("The good practices the network's members shared last."),
            // An empty feed was last changed now, as far as a reader can tell; otherwise when its newest practice was shared.
            LastUpdatedTime = items.Length > 0 ? items.Max(i => i.LastUpdatedTime) : now.ToDateTimeOffset(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = "Child Friendly Cities" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(site, Path.TrimStart('/')), AtomResult.MediaType));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(site, "text/html"));
        return feed;
    }

    private static SyndicationItem Item(string network, int number, GoodPractice practice, string member, Uri site, DateTimeZone zone)
    {
        // A practice carries the day it was shared, not a time: the start of that day in the Netherlands.
        var shared = practice.SharedOn.AtStartOfDayInZone(zone).ToDateTimeOffset();
        var item = new SyndicationItem
        {
            Id = EntryId(network, number),
            Title = new TextSyndicationContent(practice.Title),
            Summary = new TextSyndicationContent(practice.WhatWasDone),
            LastUpdatedTime = shared,
            PublishDate = shared,
        };
        item.Authors.Add(new SyndicationPerson { Name = member });
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(site, string.Create(CultureInfo.InvariantCulture, $"practices/{number}")), "text/html"));
        return item;
    }
}
