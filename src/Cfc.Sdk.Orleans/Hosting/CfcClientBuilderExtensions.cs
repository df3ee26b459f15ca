using Cfc.Sdk.Orleans.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Orleans.Hosting;

/// <summary>Sets up an Orleans client of a Cfc cluster, from configuration, in one call.</summary>
public static class CfcClientBuilderExtensions
{
    /// <summary>
    /// Sets up the client from the same settings as <see cref="CfcSiloBuilderExtensions.AddCfc"/>: the SDK's types on
    /// the wire, retries of idempotent grain calls, the cluster's ids and its gateways: the gateway port on the
    /// loopback address in <see cref="CfcClusterMode.Localhost"/> mode, the silos listed in Redis in
    /// <see cref="CfcClusterMode.Redis"/> mode; and mutual TLS with the certificate of <see cref="CfcClusterOptions.Tls"/>,
    /// which a client requires unless <see cref="CfcClusterTlsOptions.AllowPlaintext"/>.
    /// </summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="configuration">The application's configuration (its root, holding <c>Cfc</c> and <c>ConnectionStrings</c>).</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A setting cannot be used; the message names it.</exception>
    public static IClientBuilder AddCfc(this IClientBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = builder.Services.AddCfcHosting(configuration);
        var cluster = options.Cluster;
        builder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = cluster.ResponseTimeout);
        if (cluster.Mode == CfcClusterMode.Redis)
        {
            builder.UseRedisClustering(options.RedisConnectionString!)
                .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId))
                .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        }
        else
        {
            builder.UseLocalhostClustering(cluster.GatewayPort, cluster.ServiceId, cluster.ClusterId);
        }

        if (ClusterCertificates.Load(cluster.Tls, server: false) is { } certificates)
        {
            builder.UseTls(certificates.Configure);
        }
        else if (!cluster.Tls.AllowPlaintext)
        {
            throw new InvalidOperationException("Invalid Cfc settings: Cfc:Cluster:Tls:CertificatePath is required for a client: gateways take only clients "
                + "that authenticate with it (or set Cfc:Cluster:Tls:AllowPlaintext=true for a gateway that accepts unauthenticated, unencrypted Orleans traffic).");
        }

        return builder;
    }
}
