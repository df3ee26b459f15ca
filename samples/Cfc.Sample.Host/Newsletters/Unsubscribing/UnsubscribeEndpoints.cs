using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Newsletters.Sending;
using Cfc.Sample.Host.Pages;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Orleans.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Newsletters.Unsubscribing;

/// <summary>
/// Unsubscribing from the newsletter by the link in each e-mail, <c>/newsletter/unsubscribe?token=…</c>: <c>GET</c>
/// shows a page (Dutch, or English with <c>?culture=en</c>) whose button posts; <c>POST</c> with the form field
/// <c>List-Unsubscribe=One-Click</c> unsubscribes (RFC 8058's one-click unsubscribe, which mail clients send, and the
/// page's button).
/// </summary>
/// <remarks>
/// Both are anonymous: the token (<see cref="Cfc.Sdk.Orleans.Newsletters.INewsletterGrain.GetUnsubscribeTokenAsync"/>)
/// is the subscriber's proof, and names the subscriber without the address ever being in a URL. A GET never
/// unsubscribes (mail scanners follow links). The POST is exempt from antiforgery, as RFC 8058 requires (a mail client
/// posts without a page), and counts towards the write rate limit of its client's address.
/// </remarks>
internal static class UnsubscribeEndpoints
{
    private const string TokenField = "token";
    private const string OneClickField = "List-Unsubscribe";
    private const int MaxTokenLength = 64;

    /// <summary>Maps the unsubscribe routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapNewsletterUnsubscribe(this IEndpointRouteBuilder app)
    {
        app.MapGet(EditionMessage.UnsubscribePath, PageAsync).WithTags("Newsletter").Produces(StatusCodes.Status200OK, contentType: "text/html").WithTextSchema("text/html");
        app.MapPost(EditionMessage.UnsubscribePath, UnsubscribeAsync)
            .WithTags("Newsletter")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .WithTextSchema("text/html")
            .DisableAntiforgery()
            .RequireRateLimiting(WriteProtection.RateLimitPolicy);
        return app;
    }

    /// <summary>The page with the button; 400 without a token, 403 when it names no subscriber.</summary>
    private static async Task<Results<RazorComponentResult<UnsubscribePage>, InvalidProblem, ForbiddenProblem>> PageAsync(
        string? token,
        IGrainFactory grains,
        IOptions<CfcHostingOptions> options)
    {
        if (Invalid(token) is { } invalid)
        {
            return invalid;
        }

        return await grains.Newsletter(options).FindByUnsubscribeTokenAsync(token!) is { } address
            ? Page(address, token!, done: false)
            : Unknown();
    }

    /// <summary>Unsubscribes the token's subscriber (200, the page saying so); 400 without the token or the one-click field, 403 when the token names no subscriber; nothing changes then.</summary>
    private static async Task<Results<RazorComponentResult<UnsubscribePage>, InvalidProblem, ForbiddenProblem>> UnsubscribeAsync(
        HttpRequest request,
        IGrainFactory grains,
        IOptions<CfcHostingOptions> options)
    {
        var token = request.Query[TokenField].Count == 1 ? request.Query[TokenField][0] : null;
        if (Invalid(token) is { } invalid)
        {
            return invalid;
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted) : null;
        if (form?[OneClickField] is not ["One-Click"])
        {
            return ValidationErrors.For(OneClickField, "The form field List-Unsubscribe must be \"One-Click\" (RFC 8058), sent as application/x-www-form-urlencoded or multipart/form-data.");
        }

        return await grains.Newsletter(options).UnsubscribeByTokenAsync(token!) is { } address
            ? Page(address, token!, done: true)
            : Unknown();
    }

    private static InvalidProblem? Invalid(string? token) =>
        string.IsNullOrWhiteSpace(token) ? ValidationErrors.For(TokenField, "The unsubscribe token is required: open the link in the newsletter's e-mail.")
        : token.Length > MaxTokenLength ? ValidationErrors.For(TokenField, $"An unsubscribe token has at most {MaxTokenLength} characters.")
        : null;

    private static ForbiddenProblem Unknown() =>
        new("This unsubscribe link names no subscriber: it is not a link from the newsletter, or its address is unsubscribed already.");

    private static RazorComponentResult<UnsubscribePage> Page(string address, string token, bool done) =>
        new(new Dictionary<string, object?>
        {
            [nameof(UnsubscribePage.Address)] = address,
            [nameof(UnsubscribePage.Token)] = token,
            [nameof(UnsubscribePage.Done)] = done,
        });
}
