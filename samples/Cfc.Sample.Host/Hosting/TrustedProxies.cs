using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// Behind a TLS-terminating reverse proxy every request comes from the proxy's address: without this, every anonymous
/// reader would share one rate limit (<see cref="WriteProtection.Caller"/>) and every request would look like plain
/// HTTP. With <see cref="ProxySettings"/> set, a request from a trusted proxy takes its client's address from
/// <c>X-Forwarded-For</c> and its scheme from <c>X-Forwarded-Proto</c> (ASP.NET Core's forwarded headers); from any
/// other address, and with no proxy set, those headers are ignored.
/// </summary>
/// <remarks>
/// <c>X-Forwarded-For</c> is read from its end, one entry per trusted proxy, and stops at the first address that is not
/// one: what a client wrote into the header itself, before the proxy appended its address, never counts.
/// <c>X-Forwarded-Host</c> is not taken: the proxy passes the <c>Host</c> header on, which <see cref="AllowedHosts"/> checks.
/// </remarks>
internal static class TrustedProxies
{
    /// <summary>Reads and checks the <c>Cfc:Proxy</c> settings and, when they name a proxy, sets up the forwarded headers.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's settings.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="InvalidOperationException">A <c>Cfc:Proxy</c> value cannot be used; the message names it.</exception>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = new ProxySettings();
        configuration.GetSection(ProxySettings.SectionName).Bind(settings);
        var check = new ProxySettings.Validator().Validate(null, settings);
        if (check.Failed)
        {
            throw new InvalidOperationException($"Invalid Cfc settings: {string.Join(" ", check.Failures)}");
        }

        services.AddSingleton(settings);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core trusts loopback by default; here only what the settings name.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // As many entries as there are trusted proxies in a row (a CDN before the host's own proxy), no more.
            o.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>
    /// Applies the forwarded headers when a proxy is trusted; first in the pipeline, so that everything after it (the
    /// host filtering, authentication, the rate limits, the cookie's <c>Secure</c>) sees the client, not the proxy.
    /// </summary>
    /// <param name="app">The host.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ProxySettings>().Any ? app.UseForwardedHeaders() : app;
}
