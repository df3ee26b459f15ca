using System.ServiceModel.Syndication;
using Cfc.Sample.Host.Feeds;
using Cfc.Sample.Host.Hosting;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Newsletters;
using Microsoft.Extensions.Options;
using NodaTime.Text;

namespace Cfc.Sample.Host.Newsletters.Editions;

/// <summary>
/// The Atom feed of the newsletter's published editions, <c>/feeds/newsletter.atom</c>: the newest
/// <see cref="MaxEntries"/>, newest first, each with its HTML as content and a link to its edition in the API.
/// </summary>
/// <remarks>
/// An entry's id is <c>urn:cfc:{network}:newsletter:{date}</c>, the same under every host name and address; the links
/// are absolute, from the request (its scheme, host and path base, which the trusted-proxy middleware corrects).
/// </remarks>
internal static class NewsletterFeed
{
    /// <summary>The feed's path.</summary>
    public const string Path = "/feeds/newsletter.atom";

    /// <summary>How many editions the feed holds.</summary>
    public const int MaxEntries = 20;

    /// <summary>The feed.</summary>
    /// <param name="request">The request, whose address the links are built from.</param>
    /// <param name="grains">The grain factory.</param>
    /// <param name="options">The host's options, with the network's id.</param>
    /// <returns>The feed as Atom.</returns>
    public static async Task<AtomResult> WriteAsync(HttpRequest request, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        var network = options.Value.NetworkId;
        var root = PublicUrl.Of(request).AbsoluteUri.TrimEnd('/');
        var editions = await EditionEndpoints.ReadAsync(grains, network, MaxEntries);
        var feed = new SyndicationFeed(
            NewsletterMarkdown.Name,
            "Edities van de nieuwsbrief van het netwerk Kindvriendelijke Gemeenten.",
            new Uri($"{root}/api/newsletters/editions"),
            $"urn:cfc:{network}:newsletter",
            // An empty feed still has an updated time (RFC 4287); the epoch says it never changed.
            editions.Count > 0 ? editions[0].Published.ToDateTimeOffset() : DateTimeOffset.UnixEpoch)
        {
            Language = "nl",
            Items = [.. editions.Select(e => Entry(e, root, network))],
        };
        feed.Links.Add(new SyndicationLink(new Uri($"{root}{Path}"), "self", null, AtomResult.MediaType, 0));
        // RFC 4287 wants an author of the feed, or of every entry: the network writes each edition.
        feed.Authors.Add(new SyndicationPerson { Name = NewsletterMarkdown.Name });
        return new AtomResult(feed);
    }

    private static SyndicationItem Entry(NewsletterEdition edition, string root, string network)
    {
        var date = LocalDatePattern.Iso.Format(edition.Date);
        var published = edition.Published.ToDateTimeOffset();
        return new SyndicationItem(
            edition.Subject,
            SyndicationContent.CreateHtmlContent(edition.Html),
            new Uri($"{root}/api/newsletters/editions/{date}"),
            $"urn:cfc:{network}:newsletter:{date}",
            published)
        {
            PublishDate = published,
        };
    }
}
