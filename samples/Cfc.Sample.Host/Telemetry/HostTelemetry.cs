using Cfc.Sdk.Orleans.Telemetry;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;

namespace Cfc.Sample.Host.Telemetry;

/// <summary>
/// The host's telemetry with OpenTelemetry: metrics of ASP.NET Core, Orleans, the .NET runtime and the SDK, scraped by
/// Prometheus at <c>/metrics</c>; and, when the standard variable <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, traces,
/// metrics and logs sent over OTLP (configured by OpenTelemetry's other <c>OTEL_*</c> variables). Without it nothing
/// leaves the host and no trace is recorded.
/// </summary>
internal static class HostTelemetry
{
    /// <summary>The path of the Prometheus scrape endpoint.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>OpenTelemetry's variable of the OTLP collector's address; OTLP export is on when it is set.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>OpenTelemetry's variable of the service's name; the host calls itself <see cref="ServiceName"/> otherwise.</summary>
    public const string ServiceNameSetting = "OTEL_SERVICE_NAME";

    /// <summary>The service's name in telemetry unless <see cref="ServiceNameSetting"/> says otherwise.</summary>
    public const string ServiceName = "cfc-sample-host";

    // Orleans' meter; its activity sources are ActivitySources.AllActivitySourceName ("Microsoft.Orleans.*": runtime,
    // application grains, storage, lifecycle).
    private const string OrleansMeterName = "Microsoft.Orleans";

    /// <summary>
    /// Reads <c>Cfc:Telemetry:Metrics</c> and registers the metrics, with the Prometheus exporter, and the OTLP exporter
    /// when <see cref="OtlpEndpointSetting"/> is set.
    /// </summary>
    /// <param name="services">The host's services, where <c>UseOrleans</c> has added the silo already.</param>
    /// <param name="configuration">The host's settings.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="InvalidOperationException">A setting of <c>Cfc:Telemetry:Metrics</c> cannot be read.</exception>
    public static IServiceCollection AddCfcTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var metrics = configuration.GetSection(MetricsSettings.SectionName).Get<MetricsSettings>() ?? new MetricsSettings();
        services.AddSingleton(Options.Create(metrics));
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]);

        if (!metrics.Enabled && !otlp)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrWhiteSpace(configuration[ServiceNameSetting]))
                {
                    resource.AddService(ServiceName);
                }
            })
            .WithMetrics(meters =>
            {
                meters
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(OrleansMeterName)
                    .AddMeter(CfcTelemetry.MeterName);
                if (metrics.Enabled)
                {
                    meters.AddPrometheusExporter();
                }
            });

        if (otlp)
        {
            // Traces go nowhere but to a collector: without one, recording them would only cost.
            telemetry.WithTracing(traces => traces
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbeOrScrape(context.Request.Path))
                .AddSource(ActivitySources.AllActivitySourceName)
                .AddSource(CfcTelemetry.ActivitySourceName));
            telemetry.UseOtlpExporter();

            // Orleans starts its activities of a grain call only when the caller's activity travels with the call.
            services.AddOrleans(silo => silo.AddActivityPropagation());
        }

        return services;
    }

    /// <summary>
    /// Serves the Prometheus scrape endpoint at <see cref="MetricsPath"/> unless <c>Cfc:Telemetry:Metrics:Enabled</c> is
    /// <see langword="false"/>: anonymous, never rate limited (a scrape that fails looks like a host that is down) and
    /// not in the OpenAPI document.
    /// </summary>
    /// <param name="app">The host.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapCfcMetrics(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IOptions<MetricsSettings>>().Value.Enabled)
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath).DisableRateLimiting().ExcludeFromDescription();
        }

        return app;
    }

    private static bool IsProbeOrScrape(PathString path) =>
        path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health");
}
