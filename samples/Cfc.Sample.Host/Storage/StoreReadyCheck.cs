using Cfc.Sample.Host.Hosting;
using Cfc.Sdk.Orleans.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Cfc.Sample.Host.Storage;

/// <summary>
/// Whether the store takes writes, for <c>/health/ready</c>: in Redis mode Redis must answer a PING (unhealthy, 503,
/// while it cannot be reached: a load balancer should send requests elsewhere, as this host cannot store anything); in
/// Localhost mode the data directory's file system is checked for free space, and less than
/// <c>Cfc:Storage:LowFreeSpaceBytes</c> is <em>degraded</em> (still 200: reads go on and writes that fit still succeed,
/// so a load balancer should keep the host, but monitoring should act).
/// </summary>
internal sealed class StoreReadyCheck(IOptions<CfcHostingOptions> options, StoreSettings settings, StoreConnection connection) : IHealthCheck
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    /// <summary>Checks the store.</summary>
    /// <param name="context">The check's context.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>Healthy, degraded (low free space) or unhealthy (Redis cannot be reached).</returns>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.Cluster.Mode == CfcClusterMode.Redis)
        {
            try
            {
                var latency = await connection.Redis.GetDatabase().PingAsync().WaitAsync(s_timeout, cancellationToken);
                return HealthCheckResult.Healthy($"Redis answers ({latency.TotalMilliseconds:0.#} ms).");
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy("Redis (ConnectionStrings:Redis) cannot be reached: nothing can be stored.", e);
            }
        }

        return FreeSpace.Warning(options.Value.DataDirectoryPath, settings.LowFreeSpaceBytes) is { } warning
            ? HealthCheckResult.Degraded(warning)
            : HealthCheckResult.Healthy("The data directory's file system has space.");
    }
}
