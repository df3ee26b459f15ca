using Cfc.Sample.Host.Hosting;
using Cfc.Sdk.Orleans.Hosting;

namespace Cfc.Sample.Host.Storage;

/// <summary>Registers what the host knows and checks about its store: the Redis check at start, the ready check and the startup report's line.</summary>
internal static class StoreServices
{
    /// <summary>
    /// Reads the store's settings and, in Redis mode, asks Redis at once whether it keeps acknowledged writes
    /// (<see cref="RedisDurability"/>), before the silo starts; registers <see cref="StoreReadyCheck"/> for
    /// <c>/health/ready</c> and the <see cref="StoreReport"/>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="InvalidOperationException">A setting is invalid, Redis cannot be reached, or it can lose acknowledged writes and that is not accepted; the message says what to change.</exception>
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = StoreSettings.Read(configuration);
        var hosting = CfcHostingOptions.Read(configuration);
        string? redisWarning = null;
        RedisDurability? redis = null;
        if (hosting.Cluster.Mode == CfcClusterMode.Redis)
        {
            redis = RedisDurability.Ask(hosting.RedisConnectionString!);
            redisWarning = redis.Warning(settings.AcceptLosingWrites, hosting.RedisConnectionString!);
        }

        services.AddSingleton(settings);
        services.AddSingleton<StoreConnection>();
        services.AddSingleton(new StoreReport(hosting, settings, redis, redisWarning));
        services.AddHealthChecks().AddCheck<StoreReadyCheck>("store", tags: [SiloReadyCheck.Tag]);
        return services;
    }
}
