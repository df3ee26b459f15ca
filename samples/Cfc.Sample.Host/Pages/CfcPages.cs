using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;

namespace Cfc.Sample.Host.Pages;

/// <summary>
/// The network's web pages: Razor components rendered on the server (static rendering, no interactivity), Dutch
/// first, English through request localization (<c>?culture=en</c>, <c>Accept-Language</c>); the stylesheet and the
/// draft form's script are served by the host under <see cref="AssetsPath"/>.
/// </summary>
internal static class CfcPages
{
    /// <summary>Where the pages' stylesheet and script are served.</summary>
    public const string AssetsPath = "/assets";

    /// <summary>The pages' cultures, the first the default.</summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [CultureInfo.GetCultureInfo("nl"), CultureInfo.GetCultureInfo("en")];

    /// <summary>Adds the pages' services: Razor components, localization and the cultures.</summary>
    /// <param name="services">The host's services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddCfcPages(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddLocalization();
        services.AddScoped<NetworkReader>();
        services.AddScoped<ActionPlanReader>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = [.. Cultures];
            o.SupportedUICultures = [.. Cultures];
            // ?culture=en, then Accept-Language; no cookie, so that a page is what its address says.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>Maps the pages (<c>/</c>, <c>/municipalities/{code}</c>, <c>/issues/{id}</c>, <c>/match</c>) and their assets.</summary>
    /// <param name="app">The application.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static WebApplication MapCfcPages(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = AssetsPath,
            // Embedded in the assembly, so that the host serves them wherever it runs from.
            FileProvider = new EmbeddedFileProvider(typeof(CfcPages).Assembly, "Cfc.Sample.Host.Pages.Assets"),
        });
        app.UseAntiforgery();
        app.MapRazorComponents<App>();
        return app;
    }
}
