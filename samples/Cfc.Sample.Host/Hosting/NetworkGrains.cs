using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Network;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Hosting;

/// <summary>The one network grain the host serves: the one <see cref="CfcHostingOptions.NetworkId"/> names.</summary>
internal static class NetworkGrains
{
    /// <summary>The network's grain.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="options">The host's Cfc settings, which name the network.</param>
    /// <returns>The grain of the network <paramref name="options"/> names.</returns>
    public static INetworkGrain Network(this IGrainFactory grains, IOptions<CfcHostingOptions> options) =>
        grains.GetGrain<INetworkGrain>(options.Value.NetworkId);
}
