using Cfc.Sample.Host.Feeds;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Newsletters.Unsubscribing;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Newsletters;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Newsletters.Editions;

/// <summary>
/// The published editions of the newsletter: <c>GET /api/newsletters/editions</c> (newest first),
/// <c>GET /api/newsletters/editions/{date}</c> (one, with its Markdown and HTML), the Atom feed
/// <c>/feeds/newsletter.atom</c> (<see cref="NewsletterFeed"/>), and the unsubscribe routes. Anonymous: an edition is
/// what every subscriber received, without its recipients.
/// </summary>
internal static class EditionEndpoints
{
    /// <summary>Maps the editions' routes, their feed and the unsubscribe routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapNewsletterEditions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/newsletters/editions").WithTags("Newsletter");
        group.MapGet("/", ListAsync).WithListPaging();
        group.MapGet("/{date}", GetAsync);
        app.MapGet(NewsletterFeed.Path, NewsletterFeed.WriteAsync).WithTags("Newsletter").WithTextSchema(AtomResult.MediaType);
        app.MapNewsletterUnsubscribe();
        return app;
    }

    /// <summary>The published editions, newest first.</summary>
    private static async Task<Ok<EditionSummary[]>> ListAsync(IGrainFactory grains, IOptions<CfcHostingOptions> options) =>
        TypedResults.Ok((await ReadAsync(grains, options.Value.NetworkId, int.MaxValue)).Select(EditionSummary.From).ToArray());

    /// <summary>One edition; 400 for a date that is not one, 404 when no edition of that date is published.</summary>
    private static async Task<Results<Ok<EditionResponse>, InvalidProblem, NotFoundProblem>> GetAsync(string date, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        if (LocalDatePattern.Iso.Parse(date) is not { Success: true } parsed)
        {
            return ValidationErrors.For("date", $"'{date}' is not an ISO date such as 2026-03-05.");
        }

        return await grains.GetEdition(options.Value.NetworkId, parsed.Value).GetAsync() is { } edition
            ? TypedResults.Ok(EditionResponse.From(edition))
            : new NotFoundProblem($"No edition of the newsletter of {date} is published.");
    }

    /// <summary>The newest <paramref name="count"/> published editions, newest first.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="count">How many at most.</param>
    /// <returns>The editions.</returns>
    internal static async Task<List<NewsletterEdition>> ReadAsync(IGrainFactory grains, string network, int count)
    {
        var editions = new List<NewsletterEdition>();
        foreach (var date in (await grains.GetGrain<INewsletterGrain>(network).GetEditionsAsync()).Reverse().Take(count))
        {
            if (await grains.GetEdition(network, date).GetAsync() is { } edition)
            {
                editions.Add(edition);
            }
        }

        return editions;
    }
}

/// <summary>A published edition in the list: <c>{"date","subject","published"}</c>.</summary>
/// <param name="Date">The edition's date.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="Published">When it was published.</param>
internal sealed record EditionSummary(LocalDate Date, string Subject, Instant Published)
{
    /// <summary>The summary of <paramref name="edition"/>.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The summary.</returns>
    public static EditionSummary From(NewsletterEdition edition) => new(edition.Date, edition.Subject, edition.Published);
}

/// <summary>A published edition: <c>{"date","subject","published","markdown","html"}</c>.</summary>
/// <param name="Date">The edition's date.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="Published">When it was published.</param>
/// <param name="Markdown">The edition as Markdown, the e-mail's plain text.</param>
/// <param name="Html">The edition as HTML.</param>
internal sealed record EditionResponse(LocalDate Date, string Subject, Instant Published, string Markdown, string Html)
{
    /// <summary>The answer for <paramref name="edition"/>.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The answer.</returns>
    public static EditionResponse From(NewsletterEdition edition) => new(edition.Date, edition.Subject, edition.Published, edition.Markdown, edition.Html);
}
