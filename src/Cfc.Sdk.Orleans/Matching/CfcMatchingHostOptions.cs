using Cfc.Sdk.Orleans.Network;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>How a silo keeps its replica of the matching index.</summary>
public sealed class CfcMatchingHostOptions
{
    /// <summary>The key of the network grain whose municipalities and organisations are matched; <see cref="INetworkGrain.DefaultNetworkId"/> by default.</summary>
    public string NetworkId { get; set; } = INetworkGrain.DefaultNetworkId;

    /// <summary>
    /// How often a silo reloads its replica from the network and municipality grains, to repair a change a push did not
    /// bring (a silo that was briefly unreachable, or one that joined while the change was being pushed); 10 minutes by default.
    /// Each resync reads every municipality grain (activating it); <see cref="Timeout.InfiniteTimeSpan"/> turns resyncs off.
    /// </summary>
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromMinutes(10);
}
