using System.Net;
using Cfc.Sample.Host.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Cfc.Sample.Host.Tests.Telemetry;

/// <summary>
/// What the telemetry settings switch: OTLP export (and tracing, which has nowhere else to go) only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the scrape endpoint unless <c>Cfc:Telemetry:Metrics:Enabled</c> is false.
/// No collector is needed: the exporter is registered whether or not anything answers at its address.
/// </summary>
public sealed class TelemetrySettingsTests
{
    private const string OtlpAssembly = "OpenTelemetry.Exporter.OpenTelemetryProtocol";

    [Fact]
    public async Task Without_OTEL_EXPORTER_OTLP_ENDPOINT_no_OTLP_exporter_and_no_tracing_is_registered()
    {
        var (services, tracing) = await StartAsync(new Dictionary<string, string> { [HostTelemetry.OtlpEndpointSetting] = "" });

        Assert.DoesNotContain(services, IsOtlp);
        Assert.False(tracing);
    }

    [Fact]
    public async Task With_OTEL_EXPORTER_OTLP_ENDPOINT_an_OTLP_exporter_and_tracing_are_registered()
    {
        // Nothing listens there: the exporter is registered all the same, and its failed exports are only counted.
        var (services, tracing) = await StartAsync(new Dictionary<string, string> { [HostTelemetry.OtlpEndpointSetting] = "http://127.0.0.1:9" });

        Assert.Contains(services, IsOtlp);
        Assert.True(tracing);
    }

    [Fact]
    public async Task With_Cfc_Telemetry_Metrics_Enabled_false_there_is_no_metrics_endpoint()
    {
        var directory = Directory.CreateTempSubdirectory("cfc-sample-host-telemetry-").FullName;
        try
        {
            await using var factory = new HostFactory(directory, settings: new Dictionary<string, string> { [MetricsSettings.Setting(nameof(MetricsSettings.Enabled))] = "false" });
            using var client = factory.CreateClient();

            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(HostTelemetry.MetricsPath)).StatusCode);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // The host's service registrations, and whether it has a tracer provider.
    private static async Task<(IReadOnlyList<ServiceDescriptor> Services, bool Tracing)> StartAsync(Dictionary<string, string> settings)
    {
        var directory = Directory.CreateTempSubdirectory("cfc-sample-host-telemetry-").FullName;
        try
        {
            List<ServiceDescriptor> registered = [];
            await using var factory = new HostFactory(directory, settings: settings, services: services => registered.AddRange(services));
            var tracing = factory.Services.GetService<TracerProvider>() is not null;
            return (registered, tracing);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static bool IsOtlp(ServiceDescriptor descriptor) =>
        new[] { descriptor.ServiceType, descriptor.IsKeyedService ? descriptor.KeyedImplementationType : descriptor.ImplementationType }
            .OfType<Type>()
            .SelectMany(type => type.GetGenericArguments().Append(type))
            .Any(type => type.Assembly.GetName().Name == OtlpAssembly);
}
