using Cfc.Sdk.Orleans.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Hosting;

/// <summary>Ready when the silo answers a grain call: the network grain lists its municipalities.</summary>
internal sealed class SiloReadyCheck(IGrainFactory grains, IOptions<CfcHostingOptions> options) : IHealthCheck
{
    /// <summary>The tag of the checks <c>/health/ready</c> runs.</summary>
    public const string Tag = "ready";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    /// <summary>Calls the network grain and reports whether it answered in time.</summary>
    /// <param name="context">The check's context.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>Healthy when the grain answered; unhealthy with the error otherwise.</returns>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var municipalities = await grains.Network(options)
                .GetMunicipalitiesAsync()
                .WaitAsync(s_timeout, cancellationToken);
            return HealthCheckResult.Healthy($"The silo answers; the network knows {municipalities.Length} municipalities.");
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            return HealthCheckResult.Unhealthy("The silo does not answer grain calls.", e);
        }
    }
}
