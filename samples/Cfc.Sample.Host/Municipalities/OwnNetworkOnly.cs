using Cfc.Sample.Host.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Municipalities;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Municipalities;

/// <summary>
/// Keeps a host to its own network where a route names a municipality (<c>/api/municipalities/{code}/…</c>, and
/// <c>/api/issues/{id}/…</c>, whose id starts with its member's code): a municipality registered with another network
/// of the cluster is answered as unknown (404), read or written, so several networks on one cluster stay apart.
/// </summary>
/// <remarks>
/// Registering (<c>PUT /api/municipalities/{code}</c>) is left to the municipality's grain, which refuses another
/// network with a 409 that names it. A municipality not registered yet belongs to no network and passes.
/// </remarks>
internal static class OwnNetworkOnly
{
    private const string Registration = "/api/municipalities/{code}";

    /// <summary>Answers a request for another network's municipality or issue with a 404 problem.</summary>
    /// <param name="app">The application, after routing.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IApplicationBuilder UseOwnNetworkOnly(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (MemberOf(context) is { } code)
        {
            var services = context.RequestServices;
            var own = services.GetRequiredService<IOptions<CfcHostingOptions>>().Value.NetworkId;
            if (await services.GetRequiredService<IGrainFactory>().GetGrain<IMunicipalityGrain>(code.ToString()).GetNetworkAsync() is { } network && network != own)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await services.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                {
                    HttpContext = context,
                    ProblemDetails = { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = $"No municipality {code} in this network." },
                });
                return;
            }
        }

        await next(context);
    });

    // The municipality a route names: its {code}, or the code an issue's {id} starts with (the host's issue ids do).
    private static MemberCode? MemberOf(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: { } pattern })
        {
            return null;
        }

        if (pattern.StartsWith(Registration, StringComparison.Ordinal) && context.GetRouteValue("code") is string code)
        {
            var registering = HttpMethods.IsPut(context.Request.Method) && pattern.TrimEnd('/') == Registration;
            return !registering && MemberCode.TryParse(code, out var member) ? member : null;
        }

        return pattern.StartsWith("/api/issues/{id}", StringComparison.Ordinal)
            && context.GetRouteValue("id") is string id
            && IssueIds.MemberOf(id) is { } holder
                ? holder
                : null;
    }
}
