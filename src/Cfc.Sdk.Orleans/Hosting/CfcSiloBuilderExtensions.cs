using System.Net;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Providers;

namespace Orleans.Hosting;

/// <summary>Sets up a silo that hosts the Cfc.Sdk grains, from configuration, in one call.</summary>
public static class CfcSiloBuilderExtensions
{
    /// <summary>
    /// Sets up the silo from <paramref name="configuration"/> (see <see cref="CfcHostingOptions"/>): the SDK's types on
    /// the wire, the domain services with the settings of the <c>Cfc</c> section, matching with those of
    /// <c>Cfc:Matching</c>, retries of idempotent grain calls, and the cluster of <c>Cfc:Cluster:Mode</c>:
    /// <list type="bullet">
    /// <item><description><see cref="CfcClusterMode.Localhost"/> (the default): one silo on the loopback address with every
    /// grain's state in the SQLite file <see cref="CfcHostingOptions.DatabasePath"/>.</description></item>
    /// <item><description><see cref="CfcClusterMode.Redis"/>: Orleans' Redis membership and the SDK's Redis grain storage on
    /// <c>ConnectionStrings:Redis</c>, with liveness probes tuned so that a small cluster declares a dead silo dead
    /// within about 3 s.</description></item>
    /// </list>
    /// The silo opens no gateway unless <see cref="CfcClusterOptions.GatewayEnabled"/>, and with a certificate
    /// (<see cref="CfcClusterOptions.Tls"/>, required in Redis mode and for a gateway) its silo port and gateway take
    /// only peers that present a trusted certificate, over TLS. Every operation of the grains' storage ends within
    /// <see cref="CfcStorageOptions.Timeout"/>, and a failure of the store reaches the grain as a
    /// <see cref="StoreFaultException"/> (<c>Cfc:Storage</c>). The grains' limits (<c>Cfc:Limits</c>,
    /// <see cref="CfcLimitsOptions"/>) apply to this silo's grains. The checked <see cref="CfcHostingOptions"/> are
    /// registered as <see cref="Microsoft.Extensions.Options.IOptions{TOptions}"/>.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configuration">The application's configuration (its root, holding <c>Cfc</c> and <c>ConnectionStrings</c>).</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A setting cannot be used; the message names it.</exception>
    /// <remarks>Orleans' own options can still be changed after this call, e.g. <c>builder.Configure&lt;ClusterMembershipOptions&gt;(...)</c>.</remarks>
    public static ISiloBuilder AddCfc(this ISiloBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = builder.Services.AddCfcHosting(configuration);
        var cluster = options.Cluster;

        builder.Services.AddCfcSdk(configuration.GetSection(CfcHostingOptions.SectionName));
        builder.Services.Configure<CfcLimitsOptions>(o => o.MaxIssuesPerMember = options.Limits.MaxIssuesPerMember);
        builder.Services.AddCfcMatching(configuration.GetSection(CfcHostingOptions.SectionName + ":Matching"));
        builder.AddCfcSdkMatching(matching => matching.NetworkId = options.NetworkId);
        builder.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
        builder.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = cluster.ResponseTimeout);

        // Code co-hosted with the silo calls grains in process; a gateway is opened only for clients in other processes.
        var gatewayPort = cluster.GatewayEnabled ? cluster.GatewayPort : 0;
        if (cluster.Mode == CfcClusterMode.Redis)
        {
            var connectionString = options.RedisConnectionString!;
            builder.UseRedisClustering(connectionString)
                .AddCfcSdkRedisGrainStorageAsDefault(connectionString)
                .ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedAddress), cluster.SiloPort, gatewayPort, listenOnAnyHostAddress: false)
                .Configure<ClusterMembershipOptions>(o =>
                {
                    o.ProbeTimeout = cluster.ProbeTimeout;
                    o.MaxProbeTimeout = cluster.ProbeTimeout * 2;
                    o.NumMissedProbesLimit = 2;
                    o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
                    o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
                });
        }
        else
        {
            builder.UseLocalhostClustering(cluster.SiloPort, gatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId)
                .Configure<EndpointOptions>(o =>
                {
                    // Stated, not left to Orleans' default (the advertised address, which UseLocalhostClustering sets to loopback), so
                    // that the ports stay on this machine whatever that default becomes.
                    o.SiloListeningEndpoint = new IPEndPoint(IPAddress.Loopback, cluster.SiloPort);
                    o.GatewayListeningEndpoint = cluster.GatewayEnabled ? new IPEndPoint(IPAddress.Loopback, cluster.GatewayPort) : null;
                })
                .AddSqliteGrainStorageAsDefault(options.DatabasePath);
        }

        StoreBounds.Bound(builder.Services, ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, cluster.Mode == CfcClusterMode.Redis ? "Redis" : "SQLite", options.Storage.Timeout);

        if (ClusterCertificates.Load(cluster.Tls, server: true) is { } certificates)
        {
            builder.UseTls(certificates.Configure);
        }

        return builder;
    }
}
