using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// Refuses a request whose <c>Host</c> header is not one of the <c>AllowedHosts</c> setting (ASP.NET Core's host
/// filtering, <c>;</c>-separated, ports ignored) with a 400 problem naming the setting.
/// </summary>
/// <remarks>
/// ASP.NET Core puts its host filtering first in the pipeline, where a refusal is a bare HTML page; the host moves it
/// behind the exception handler, so that a refused host is answered as every other refusal is.
/// </remarks>
internal static class AllowedHosts
{
    /// <summary>The setting host filtering reads.</summary>
    public const string Setting = "AllowedHosts";

    /// <summary>
    /// Takes ASP.NET Core's own host filtering out of the start of the pipeline; <see cref="UseAllowedHosts"/> puts it
    /// back where the host wants it.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddAllowedHosts(this IServiceCollection services)
    {
        foreach (var filter in services.Where(d => d.ServiceType == typeof(IStartupFilter) && d.ImplementationType?.Name == "HostFilteringStartupFilter").ToList())
        {
            services.Remove(filter);
        }

        // The problem is the answer's body, not the middleware's own HTML.
        services.PostConfigure<HostFilteringOptions>(o => o.IncludeFailureMessage = false);
        return services;
    }

    /// <summary>Refuses a request for another host with a 400 problem.</summary>
    /// <param name="app">The host.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IApplicationBuilder UseAllowedHosts(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        return app.Use(next =>
        {
            var filter = new HostFilteringMiddleware(
                context =>
                {
                    context.Items[typeof(AllowedHosts)] = true;
                    return next(context);
                },
                services.GetRequiredService<ILogger<HostFilteringMiddleware>>(),
                services.GetRequiredService<IOptionsMonitor<HostFilteringOptions>>());
            return async context =>
            {
                await filter.Invoke(context);
                if (!context.Items.ContainsKey(typeof(AllowedHosts)) && !context.Response.HasStarted)
                {
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                    {
                        HttpContext = context,
                        ProblemDetails =
                        {
                            Status = StatusCodes.Status400BadRequest,
                            Title = "The request is for another host.",
                            Detail = $"This host answers only for the hosts of its {Setting} setting; the request's Host header names another.",
                            Extensions = { ["setting"] = Setting },
                        },
                    });
                }
            };
        });
    }
}
