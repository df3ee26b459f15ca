using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Newsletters;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Newsletters;

/// <summary>
/// The newsletter's subscribers: <c>GET</c> and <c>POST /api/newsletters/subscribers</c>, and
/// <c>POST /api/newsletters/subscribers/removals</c>, which unsubscribes the address in the body.
/// </summary>
/// <remarks>
/// E-mail addresses are personal data: every route needs a coordinator's token (the routes name no member, so
/// <see cref="WriteAccess"/> lets no member's token through), and an address is only ever in a body, never in a URL,
/// which the request logs would hold. The newsletter takes subscribers once it has a schedule.
/// </remarks>
internal static class SubscriberEndpoints
{
    /// <summary>Maps the subscribers' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapNewsletterSubscribers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/newsletters/subscribers").WithTags("Newsletter");
        group.MapGet("/", ListAsync).RequireMemberAccess().WithListPaging();
        group.MapPost("/", SubscribeAsync).RequireWriteAccess();
        group.MapPost("/removals", UnsubscribeAsync).RequireWriteAccess();
        return app;
    }

    /// <summary>The subscribers' addresses, sorted ignoring case.</summary>
    private static async Task<Ok<Subscriber[]>> ListAsync(IGrainFactory grains, IOptions<CfcHostingOptions> options) =>
        TypedResults.Ok((await grains.Newsletter(options).GetSubscribersAsync()).Select(a => new Subscriber(a)).ToArray());

    /// <summary>Subscribes an address (201), or answers 200 when it already is (ignoring case), with the address as kept; 404 while the newsletter has no schedule.</summary>
    private static async Task<Results<Ok<Subscriber>, Created<Subscriber>, InvalidProblem, NotFoundProblem>> SubscribeAsync(
        Subscriber request,
        IGrainFactory grains,
        IOptions<CfcHostingOptions> options)
    {
        if (string.IsNullOrWhiteSpace(request.Address))
        {
            return Required();
        }

        NewsletterSubscription subscription;
        try
        {
            subscription = await grains.Newsletter(options).SubscribeAsync(request.Address);
        }
        catch (ArgumentException e)
        {
            // The newsletter refused the address (the grain stored nothing).
            return ValidationErrors.For("address", ValidationErrors.MessageOf(e));
        }
        catch (InvalidOperationException)
        {
            return NoNewsletter();
        }

        var body = new Subscriber(subscription.Address);
        return subscription.IsNew ? TypedResults.Created("/api/newsletters/subscribers", body) : TypedResults.Ok(body);
    }

    /// <summary>Unsubscribes an address (204), or 404 when it is not subscribed.</summary>
    private static async Task<Results<NoContent, InvalidProblem, NotFoundProblem>> UnsubscribeAsync(
        Subscriber request,
        IGrainFactory grains,
        IOptions<CfcHostingOptions> options)
    {
        if (string.IsNullOrWhiteSpace(request.Address))
        {
            return Required();
        }

        return await grains.Newsletter(options).UnsubscribeAsync(request.Address)
            ? TypedResults.NoContent()
            : new NotFoundProblem("This address is not subscribed to the newsletter.");
    }

    private static InvalidProblem Required() =>
        ValidationErrors.For("address", "The e-mail address is required, e.g. \"jeugd@gooisemeren.nl\".");

    private static NotFoundProblem NoNewsletter() =>
        new NotFoundProblem("The newsletter takes subscribers once it has a schedule: set it with PUT /api/newsletters/schedule.");
}
