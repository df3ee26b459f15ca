using Cfc.Sample.Host.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Municipalities;

namespace Cfc.Sample.Host.Successions;

/// <summary>
/// Makes a succeeded member's routes answer with its successor: a read under the old code
/// (<c>GET /api/municipalities/GM0457/…</c>, the page <c>/municipalities/GM0457</c>) is a 308 redirect to the same
/// route under the member that answers for it now; a write under the old code (or to one of its issues,
/// <c>/api/issues/GM0457-…</c>) is a 409 problem naming the successor (<see cref="MemberSucceededException"/>).
/// </summary>
/// <remarks>
/// <para>
/// A redirect, not the successor's answer under the old URL: a merger is permanent, so a client, a cache or a search
/// engine that follows a 308 learns the one URL that answers from now on, and no answer exists under two URLs. 308 keeps
/// the method and is only given to reads. A write is refused rather than redirected: a change meant for Weesp must not
/// silently land on Amsterdam.
/// </para>
/// <para>
/// Left to the handlers: <see cref="SuccessionEndpoints.Route"/> (recording the same succession again answers 200,
/// another one the grain's 409) and the contact people's routes, so that a succeeded member's people can still be read
/// by those allowed and removed (the grain refuses adding one). An issue's own routes (<c>GET /api/issues/{id}</c>, its
/// matches) keep answering: an issue keeps its id and its member. The member's own evidence (its participation
/// records, action plan and checklist) is read under its own code, not redirected: it belongs to the programme the
/// member ran, which the successor does not continue.
/// </para>
/// </remarks>
internal static class SucceededMembers
{
    private static readonly string[] s_memberRoutes = ["/api/municipalities/{code}", "/municipalities/{code}"];

    private static readonly string[] s_leftToHandlers = [SuccessionEndpoints.Route, "/api/municipalities/{code}/people"];

    // The member's own evidence (participation, action plan, checklist) belongs to its own programme, which the
    // successor does not continue: read under the old code, it answers as it stands; it is not written any more.
    private static readonly string[] s_readUnderOwnCode =
    [
        "/api/municipalities/{code}/participation", "/api/municipalities/{code}/actions", "/api/municipalities/{code}/checklist",
        "/municipalities/{code}/actions", "/municipalities/{code}/checklist",
    ];

    /// <summary>Redirects reads and refuses writes under a succeeded member's code.</summary>
    /// <param name="app">The application, after routing and <c>UseOwnNetworkOnly</c>.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IApplicationBuilder UseSucceededMembers(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (MemberOf(context) is var (code, segment))
        {
            var grains = context.RequestServices.GetRequiredService<IGrainFactory>();
            if (await grains.GetGrain<IMunicipalityGrain>(code.ToString()).GetSuccessionAsync() is { } succession)
            {
                if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
                {
                    // The exception handler answers it: 409, naming the successor and the date.
                    throw new MemberSucceededException(succession);
                }

                if (segment >= 0 && !ReadUnderOwnCode(context))
                {
                    var successor = await Lineage.CurrentSuccessorAsync(grains, succession);
                    var segments = context.Request.Path.Value!.Split('/');
                    segments[segment] = successor.ToString();
                    context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
                    context.Response.Headers.Location = string.Concat(context.Request.PathBase, string.Join('/', segments), context.Request.QueryString);
                    return;
                }
            }
        }

        await next(context);
    });

    private static bool ReadUnderOwnCode(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern }
        && Array.Exists(s_readUnderOwnCode, route => pattern.StartsWith(route, StringComparison.OrdinalIgnoreCase));

    // The member a route names and the index of its code among the path's segments ("/api/municipalities/GM0457" is
    // ["", "api", "municipalities", "GM0457"]); for an issue's write, the code its id starts with and no segment.
    private static (MemberCode Code, int Segment)? MemberOf(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: { } pattern })
        {
            return null;
        }

        if (Array.Exists(s_leftToHandlers, route => pattern.StartsWith(route, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        foreach (var route in s_memberRoutes)
        {
            if (pattern.StartsWith(route, StringComparison.OrdinalIgnoreCase)
                && context.GetRouteValue("code") is string code
                && MemberCode.TryParse(code, out var member))
            {
                return (member, route.Count(c => c == '/'));
            }
        }

        var writing = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
        return writing
            && pattern.StartsWith("/api/issues/{id}", StringComparison.Ordinal)
            && context.GetRouteValue("id") is string id
            && IssueIds.MemberOf(id) is { } holder
                ? (holder, -1)
                : null;
    }
}
