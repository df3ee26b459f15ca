using Scalar.AspNetCore;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// The headers every response carries, pages, JSON and problems alike: a <c>Content-Security-Policy</c> that lets a
/// page load only the host's own script, style, images and fonts, run no inline script and be framed by no one
/// (<c>frame-ancestors 'none'</c>); <c>X-Content-Type-Options: nosniff</c>; and <c>Referrer-Policy: no-referrer</c>,
/// so that no page's address (with its query) leaves the host in a link.
/// </summary>
/// <remarks>
/// The interactive API reference (<see cref="ApiDocumentation.ReferencePath"/>, Scalar) and the Orleans dashboard get
/// policies of their own: <see cref="ReferencePolicy"/> and <see cref="DashboardPolicy"/>.
/// </remarks>
internal static class SecurityHeaders
{
    /// <summary>The policy of the pages and the API.</summary>
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The policy of the Orleans dashboard (<see cref="Dashboard.DashboardAccess.Path"/>, but its sign-in page): its script is its own file, as
    /// everywhere; its page puts a <c>&lt;style&gt;</c> element into itself at run time and its icons are fonts in
    /// <c>data:</c> addresses, so styles may be inline and fonts <c>data:</c> here, and nowhere else.
    /// </summary>
    public const string DashboardPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>What <c>Referrer-Policy</c> says.</summary>
    public const string ReferrerPolicy = "no-referrer";

    /// <summary>
    /// The policy of the API reference: its inline scripts (the reference's settings and its start) carry the request's
    /// nonce (<c>WithNonce()</c> in <see cref="ApiDocumentation"/>); its bundle is the host's own file. The bundle puts
    /// its styles into the page as <c>&lt;style&gt;</c> elements and attributes at run time, which carry no nonce: styles,
    /// not scripts, may be inline here. The reference shows the host's own OpenAPI document only.
    /// </summary>
    /// <param name="nonce">The request's nonce for script.</param>
    /// <returns>The policy.</returns>
    public static string ReferencePolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response, once its status and headers are final (so also to error pages).</summary>
    /// <param name="app">The host.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // OnStarting, not now: the exception handler clears the headers of a response it replaces with a problem.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var nonce) && nonce is string value
                    ? ReferencePolicy(value)
                    : IsDashboard(context.Request.Path) ? DashboardPolicy : Policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });

    // The dashboard's own files; its sign-in page is one of the host's pages, with their policy.
    private static bool IsDashboard(PathString path) =>
        path.StartsWithSegments(Dashboard.DashboardAccess.Path, StringComparison.Ordinal)
        && !path.StartsWithSegments(Dashboard.DashboardAccess.SignInPath, StringComparison.Ordinal);
}
