using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Orleans.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Orleans.Hosting;

/// <summary>Registers matching on a silo: a replica of the index per silo, read by <see cref="IMatchingGrain"/>.</summary>
public static class CfcMatchingSiloBuilderExtensions
{
    /// <summary>
    /// Registers a replica of the matching index on this silo, kept current by the municipality and network grains
    /// and rebuilt from them when the silo starts; the index is the <see cref="Cfc.Sdk.Matching.IssueIndex"/> of
    /// <c>AddCfcMatching</c> (registered with the default options unless the services already have one).
    /// </summary>
    /// <param name="builder">The silo builder; every silo of the cluster must call this.</param>
    /// <param name="configure">Sets the options, such as the network's key; <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static ISiloBuilder AddCfcSdkMatching(this ISiloBuilder builder, Action<CfcMatchingHostOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<CfcMatchingHostOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.AddCfcMatching();
        CfcInstruments.Register(builder.Services);
        builder.Services.AddSingleton<MatchingReplica>();
        builder.Services.AddSingleton<MatchingReplicaPublisher>();
        builder.Services.AddSingleton<IMatchingPublisher>(services => services.GetRequiredService<MatchingReplicaPublisher>());
        builder.Services.AddSingleton<MatchingReplicaLoader>();
        builder.AddGrainService<MatchingReplicaService>();
        return builder;
    }
}
