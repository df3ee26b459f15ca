using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// What guards the host's writes: bearer tokens (<see cref="TokenLifetime"/>) and <see cref="WriteAccess"/>, the limits
/// of <see cref="HostLimits"/> (body size, list lengths) and a rate limit per caller; and its reads: a rate limit per
/// caller of their own. A write route asks for its part with <see cref="RequireWriteAccess{TBuilder}"/>; every other
/// request is a read, but the health checks, which opt out with <c>DisableRateLimiting()</c>.
/// </summary>
internal static class WriteProtection
{
    /// <summary>The rate limiter policy of the writes.</summary>
    public const string RateLimitPolicy = "cfc-writes";

    /// <summary>
    /// Marks a route as a write: it needs a token that may write the route's member (<see cref="WriteAccess.Policy"/>),
    /// counts towards the caller's rate limit, and its request's lists and texts are limited (<see cref="RequestLimitFilter"/>).
    /// </summary>
    /// <typeparam name="TBuilder">The route's builder.</typeparam>
    /// <param name="route">The route.</param>
    /// <returns><paramref name="route"/>, for chaining.</returns>
    public static TBuilder RequireWriteAccess<TBuilder>(this TBuilder route)
        where TBuilder : IEndpointConventionBuilder
    {
        route.RequireMemberAccess();
        route.RequireRateLimiting(RateLimitPolicy);
        route.AddEndpointFilter<TBuilder, RequestLimitFilter>();
        return route;
    }

    /// <summary>
    /// Adds bearer authentication with <see cref="TokenLifetime"/>, <see cref="WriteAccess"/>, <see cref="HostLimits"/>
    /// and the rate limiters of the writes and the reads;
    /// checks the limits' settings right here, before anything starts, as <c>AddCfc</c> does the other Cfc settings.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's settings.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="InvalidOperationException">A <c>Cfc:Limits</c> setting cannot be used; the message names it.</exception>
    public static IServiceCollection AddWriteProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var check = new HostLimits.Validator().Validate(null, configuration.GetSection(HostLimits.SectionName).Get<HostLimits>() ?? new HostLimits());
        if (check.Failed)
        {
            throw new InvalidOperationException($"Invalid Cfc settings: {string.Join(" ", check.Failures)}");
        }

        // Bearer tokens from Authentication:Schemes:Bearer (dotnet user-jwts sets them up for development); the default
        // scheme by name, as the dashboard adds a scheme of its own (its cookie).
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // The options are built from those settings once and kept; this makes a change to any settings source (the user
        // secrets `dotnet user-jwts create` writes a key to, a settings file) build them anew for the next request, so a
        // key added while the host runs is trusted without a restart.
        services.AddSingleton<IOptionsChangeTokenSource<JwtBearerOptions>>(
            new ConfigurationChangeTokenSource<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, configuration));
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<HostLimits>>((bearer, limits) => TokenLifetime.Configure(bearer, limits.Value));
        services.AddAuthorization(WriteAccess.AddPolicy);
        services.AddOptions<HostLimits>().Bind(configuration.GetSection(HostLimits.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HostLimits>, HostLimits.Validator>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<HostLimits>>((options, limits) =>
        {
            options.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                Caller(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.Value.WritesPerWindow, Window = limits.Value.WriteWindow, QueueLimit = 0 }));

            // The global limiter sees every request; the writes have their own limit above.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsWrite(context)
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(
                    Caller(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.Value.ReadsPerWindow, Window = limits.Value.ReadWindow, QueueLimit = 0 }));
            options.OnRejected = (context, cancellationToken) => IsWrite(context.HttpContext)
                ? TooManyAsync(context, "Too many writes.", "writes", nameof(HostLimits.WritesPerWindow), limits.Value.WritesPerWindow, nameof(HostLimits.WriteWindow), limits.Value.WriteWindow)
                : TooManyAsync(context, "Too many requests.", "reads", nameof(HostLimits.ReadsPerWindow), limits.Value.ReadsPerWindow, nameof(HostLimits.ReadWindow), limits.Value.ReadWindow);
        });
        return services;
    }

    /// <summary>
    /// Adds the body size limit, authentication, the rate limiters and authorization to the pipeline, in that order: the
    /// rate limits count by the token's subject, so they come after authentication.
    /// </summary>
    /// <param name="app">The host.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IApplicationBuilder UseWriteProtection(this IApplicationBuilder app)
    {
        app.Use(LimitBodyAsync);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Whether any bearer token can be valid: an authority, or signing keys, is configured.</summary>
    /// <param name="services">The host's services.</param>
    /// <returns><see langword="false"/> when every write is bound to be refused.</returns>
    public static bool TokensConfigured(IServiceProvider services)
    {
        var bearer = services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var validation = bearer.TokenValidationParameters;
        return !string.IsNullOrEmpty(bearer.Authority)
            || !string.IsNullOrEmpty(bearer.MetadataAddress)
            || bearer.Configuration is not null
            || bearer.ConfigurationManager is not null
            || validation.IssuerSigningKey is not null
            || validation.IssuerSigningKeys?.Any() == true
            || validation.IssuerSigningKeyResolver is not null;
    }

    /// <summary>What a 401 says when <see cref="TokensConfigured"/> is false.</summary>
    public const string NoTokensDetail =
        "This host trusts no bearer tokens yet, so it refuses every write. Configure Authentication:Schemes:Bearer: an Authority " +
        "(an OpenID Connect identity provider), or ValidIssuer, ValidAudiences:0 and SigningKeys:0:Issuer with SigningKeys:0:Value " +
        "(a base64 HS256 key); in development `dotnet user-jwts create --role coordinator --valid-for 8h` sets up a key and makes a token. " +
        "The host reads these settings again when they change (user secrets, appsettings.json), so send the write again with that token: no restart is needed.";

    /// <summary>
    /// Who a request counts against, for the rate limits: with a valid token its subject, or, for a token without one, a
    /// hash of the token (never the token itself, which would sit in the limiter's memory); without a valid token the
    /// client's address, in partitions of their own, so requests without a token (refused writes among them) never use
    /// up a token holder's quota from the same address. An IPv6 client counts by its /64 (<see cref="Client"/>).
    /// </summary>
    /// <param name="context">The request, after authentication.</param>
    /// <returns>The partition's key: <c>sub:...</c>, <c>token:...</c> or <c>anonymous:...</c>.</returns>
    internal static string Caller(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return $"anonymous:{Client(context.Connection.RemoteIpAddress)}";
        }

        if ((context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.User.FindFirstValue("sub")) is { } subject)
        {
            return $"sub:{subject}";
        }

        var token = context.Request.Headers.Authorization.ToString();
        token = token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? token["Bearer ".Length..].Trim() : token;
        return $"token:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)))}";
    }

    /// <summary>
    /// The client an address counts as: an IPv4 address itself (also when it comes IPv4-mapped, <c>::ffff:a.b.c.d</c>),
    /// an IPv6 address its /64 network, as one subscriber is usually given a whole /64 and could otherwise take a fresh
    /// address, and a fresh quota, for every request.
    /// </summary>
    /// <param name="address">The client's address; none in some test servers.</param>
    /// <returns><c>192.0.2.7</c>, <c>2001:db8:1:2::/64</c>, or an empty text without an address.</returns>
    internal static string Client(IPAddress? address)
    {
        if (address is null)
        {
            return "";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }

    private static bool IsWrite(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RateLimitPolicy;

    private static async ValueTask TooManyAsync(OnRejectedContext rejected, string title, string what, string limitSetting, int limit, string windowSetting, TimeSpan window)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = title,
                Detail = $"A caller may send {limit} {what} per {window.ToString("c", CultureInfo.InvariantCulture)} ({HostLimits.Setting(limitSetting)}, {HostLimits.Setting(windowSetting)}); try again in {seconds} s.",
                Extensions = { ["limit"] = HostLimits.Setting(limitSetting), ["retryAfter"] = seconds },
            },
        });
    }

    // A declared length over the limit is refused before anything reads the body; a chunked body is cut off by the
    // server's own limit (Kestrel), which this sets, and reaches the exception handler as a 413.
    private static async Task LimitBodyAsync(HttpContext context, RequestDelegate next)
    {
        var max = context.RequestServices.GetRequiredService<IOptions<HostLimits>>().Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = $"The body has {context.Request.ContentLength} bytes; at most {max} are taken ({HostLimits.Setting(nameof(HostLimits.MaxRequestBodyBytes))}).",
                    Extensions = { ["limit"] = HostLimits.Setting(nameof(HostLimits.MaxRequestBodyBytes)), ["maxBytes"] = max },
                },
            });
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = max;
        }

        await next(context);
    }
}
