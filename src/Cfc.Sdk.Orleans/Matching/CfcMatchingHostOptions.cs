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

    /// <summary>
    /// How long after its first load a starting silo reloads its replica once more; 30 s by default. A change pushed
    /// while the silo was joining, before the writing grain saw it active, is then in its replica well before the
    /// first <see cref="ResyncInterval"/>. Off when resyncs are off.
    /// </summary>
    public TimeSpan CatchUpDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a change waits for every silo's replica before its call returns anyway; 1 s by default. A healthy push
    /// takes well under a millisecond; a silo that died but is not yet declared dead never answers, and the push to it
    /// goes on in the background until membership declares it dead, so that writes do not wait out the failover.
    /// </summary>
    public TimeSpan PushWait { get; set; } = TimeSpan.FromSeconds(1);
}
