using Cfc.Sdk.Orleans.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Cfc.Sample.Host.Storage;

/// <summary>
/// The host's own connection to the cluster's Redis, for <c>/health/ready</c>'s PING: made at its first use without
/// waiting for Redis, and reconnecting by itself, so that a probe while Redis is down answers at once.
/// </summary>
internal sealed class StoreConnection(IOptions<CfcHostingOptions> options) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _redis = new(() =>
    {
        var configuration = ConfigurationOptions.Parse(options.Value.RedisConnectionString!);
        configuration.AbortOnConnectFail = false;

        // Connect waits for its first attempt even so: bounded within the readiness check's own bound of 2 s.
        configuration.ConnectTimeout = 1000;
        return ConnectionMultiplexer.Connect(configuration);
    });

    /// <summary>The connection.</summary>
    public ConnectionMultiplexer Redis => _redis.Value;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_redis.IsValueCreated)
        {
            _redis.Value.Dispose();
        }
    }
}
