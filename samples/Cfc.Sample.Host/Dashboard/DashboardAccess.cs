using System.Globalization;
using System.Security.Claims;
using Cfc.Sample.Host.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Orleans.Dashboard;
using Orleans.Runtime;

namespace Cfc.Sample.Host.Dashboard;

/// <summary>
/// The Orleans dashboard at <see cref="Path"/>, for coordinators only, and only when <c>Cfc:Dashboard:Enabled</c> is
/// set. Its page fetches its data itself, without a bearer header, so a coordinator signs in once at
/// <see cref="SignInPath"/> with a coordinator's token: the host answers with a cookie for the dashboard's paths only
/// (HttpOnly, SameSite=Strict), which ends when the token does; a sign-in posted from another site's page is refused.
/// A bearer header is taken too. The live log stream is
/// limited to <see cref="DashboardSettings.MaxTraceStreams"/> at once, and a silo address the cluster does not have is
/// a 404 problem before the dashboard looks it up.
/// </summary>
internal static class DashboardAccess
{
    /// <summary>Where the dashboard is served.</summary>
    public const string Path = "/dashboard";

    /// <summary>The page where a coordinator signs in to the dashboard.</summary>
    public const string SignInPath = Path + "/signin";

    /// <summary>Where the sign-in form posts the token; the answer sets the dashboard's cookie.</summary>
    public const string SessionPath = Path + "/session";

    /// <summary>The form field of the token.</summary>
    public const string TokenField = "token";

    /// <summary>The authentication scheme of the dashboard's cookie.</summary>
    public const string CookieScheme = "cfc-dashboard";

    /// <summary>The policy of the dashboard's routes: a coordinator, by cookie or bearer token.</summary>
    public const string Policy = "cfc-dashboard";

    /// <summary>The policy of <see cref="SessionPath"/>: a coordinator's bearer token.</summary>
    public const string SignInPolicy = "cfc-dashboard-signin";

    /// <summary>The rate limiter policy of the live log stream.</summary>
    public const string TraceStreamPolicy = "cfc-dashboard-trace";

    /// <summary>Reads and checks the dashboard's settings.</summary>
    /// <param name="configuration">The host's settings.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="InvalidOperationException">A setting cannot be used; the message names it.</exception>
    public static DashboardSettings Settings(IConfiguration configuration)
    {
        var settings = configuration.GetSection(DashboardSettings.SectionName).Get<DashboardSettings>() ?? new DashboardSettings();
        var check = new DashboardSettings.Validator().Validate(null, settings);
        return check.Failed ? throw new InvalidOperationException($"Invalid Cfc settings: {string.Join(" ", check.Failures)}") : settings;
    }

    /// <summary>
    /// Adds the dashboard to the silo when <paramref name="settings"/> enable it; otherwise the silo collects nothing
    /// for it (no grain call profiling, no log capture).
    /// </summary>
    /// <param name="silo">The silo.</param>
    /// <param name="settings">The dashboard's settings.</param>
    /// <returns><paramref name="silo"/>, for chaining.</returns>
    public static ISiloBuilder AddCfcDashboard(this ISiloBuilder silo, DashboardSettings settings) =>
        settings.Enabled ? silo.AddDashboard() : silo;

    /// <summary>Adds the dashboard's cookie, its policies and the live log stream's limit.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="settings">The dashboard's settings.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddDashboardAccess(this IServiceCollection services, DashboardSettings settings)
    {
        services.AddSingleton(Options.Create(settings));
        services.AddAuthentication().AddCookie(CookieScheme, o =>
        {
            o.Cookie.Name = CookieScheme;
            o.Cookie.Path = Path;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure over HTTPS; the host listens on plain HTTP on loopback by default.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = false;
            // An API's answers: 401 and 403 problems, never a redirect to a login page.
            o.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization(o =>
        {
            o.AddPolicy(Policy, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme, CookieScheme)
                .RequireAuthenticatedUser()
                .RequireRole(WriteAccess.CoordinatorRole));
            o.AddPolicy(SignInPolicy, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireRole(WriteAccess.CoordinatorRole));
        });
        // The sign-in form sends the token as a form field, where the bearer handler then finds it.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            var received = o.Events.OnMessageReceived;
            o.Events.OnMessageReceived = async context =>
            {
                await received(context);
                var request = context.Request;
                if (context.Token is null && HttpMethods.IsPost(request.Method) && request.Path.Equals(SessionPath, StringComparison.Ordinal) && request.HasFormContentType)
                {
                    var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
                    context.Token = form[TokenField].ToString().Trim() is { Length: > 0 } token ? token : null;
                }
            };
        });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure(o => o.AddPolicy<string, TraceStreamLimit>(TraceStreamPolicy));
        return services;
    }

    /// <summary>
    /// Maps the dashboard for coordinators, with the limit on its live log stream and the check of silo addresses, and
    /// the sign-in's <see cref="SessionPath"/>; maps nothing when the dashboard is off.
    /// </summary>
    /// <param name="app">The host.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static WebApplication MapDashboard(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DashboardSettings>>().Value.Enabled)
        {
            return app;
        }

        var dashboard = app.MapOrleansDashboard(Path);
        dashboard.RequireAuthorization(Policy).ExcludeFromDescription();
        ((IEndpointConventionBuilder)dashboard).Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText?.EndsWith("/Trace", StringComparison.Ordinal) == true)
            {
                endpoint.Metadata.Add(new EnableRateLimitingAttribute(TraceStreamPolicy));
            }
        });
        dashboard.AddEndpointFilter(KnownSiloAsync);
        app.MapPost(SessionPath, SignInAsync).RequireAuthorization(SignInPolicy).AddEndpointFilter(SameOriginAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>The startup report's line: where the dashboard is and who may open it, or that it is off.</summary>
    /// <param name="settings">The dashboard's settings.</param>
    /// <param name="address">The host's first address, without a trailing slash.</param>
    /// <returns>The line's text.</returns>
    public static string Describe(DashboardSettings settings, string address) =>
        settings.Enabled
            ? $"{address}{Path} (coordinators only: sign in at {address}{SignInPath}; at most {settings.MaxTraceStreams.ToString(CultureInfo.InvariantCulture)} live log streams)"
            : $"off ({DashboardSettings.Setting(nameof(DashboardSettings.Enabled))}=false)";

    // The coordinator's claims from the bearer token, kept in the dashboard's cookie until the token expires.
    private static async Task<IResult> SignInAsync(HttpContext context, TimeProvider time)
    {
        var bearer = context.User.Identities.First(i => i.IsAuthenticated);
        var identity = new ClaimsIdentity(bearer.Claims, CookieScheme, bearer.NameClaimType, bearer.RoleClaimType);
        var expires = long.TryParse(context.User.FindFirstValue("exp"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : time.GetUtcNow().AddHours(1);
        await context.SignInAsync(CookieScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { ExpiresUtc = expires, IsPersistent = false, AllowRefresh = false });
        return Results.Redirect(Path + "/");
    }

    // Login CSRF: another site's page could post its own coordinator's token here and sign the visitor's browser in to
    // that session. A browser says where a form comes from: Sec-Fetch-Site (Chromium, Firefox, Safari), which wins, as
    // with Referrer-Policy: no-referrer a same-origin form's Origin is "null"; else Origin, which must be the host's own.
    // A request with neither (curl, a script) comes from no other site's page and is taken.
    private static async ValueTask<object?> SameOriginAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var origin = request.Headers.Origin.ToString();
        var crossSite = site.Length > 0
            ? !string.Equals(site, "same-origin", StringComparison.OrdinalIgnoreCase)
            : origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
        return crossSite
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Sign-in from another site.",
                detail: $"The dashboard's sign-in is taken only from its own page, {SignInPath}; this form came from another origin (Sec-Fetch-Site, Origin).")
            : await next(context);
    }

    // The dashboard's silo routes make a grain per address they are given: only the cluster's own silos are asked.
    private static async ValueTask<object?> KnownSiloAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: { } pattern }
            || !(pattern.EndsWith("{*address}", StringComparison.Ordinal) || pattern.EndsWith("/HistoricalStats/{*path}", StringComparison.Ordinal)))
        {
            return await next(context);
        }

        var address = http.Request.RouteValues["address"] as string ?? http.Request.RouteValues["path"] as string ?? "";
        var hosts = await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        if (hosts.Keys.Any(silo => silo.ToParsableString() == address))
        {
            return await next(context);
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "No such silo.",
            detail: $"The cluster has no active silo '{address}'; the dashboard's counters list its silos' addresses.");
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
