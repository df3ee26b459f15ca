using Cfc.Sdk.Orleans.Network;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>How a silo keeps its replica of the matching index.</summary>
public sealed class CfcMatchingHostOptions
{
    /// <summary>The key of the network grain whose municipalities and organisations are matched; <see cref="INetworkGrain.DefaultNetworkId"/> by default.</summary>
    public string NetworkId { get; set; } = INetworkGrain.DefaultNetworkId;
}
