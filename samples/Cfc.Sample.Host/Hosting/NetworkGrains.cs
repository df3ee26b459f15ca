using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Newsletters;
using Cfc.Sdk.Orleans.Organisations;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Hosting;

/// <summary>The grains of the one network the host serves: the one <see cref="CfcHostingOptions.NetworkId"/> names.</summary>
internal static class NetworkGrains
{
    /// <summary>The network's grain.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="options">The host's Cfc settings, which name the network.</param>
    /// <returns>The grain of the network <paramref name="options"/> names.</returns>
    public static INetworkGrain Network(this IGrainFactory grains, IOptions<CfcHostingOptions> options) =>
        grains.GetGrain<INetworkGrain>(options.Value.NetworkId);

    /// <summary>The network's newsletter.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="options">The host's Cfc settings, which name the network.</param>
    /// <returns>The newsletter grain of the network <paramref name="options"/> names.</returns>
    public static INewsletterGrain Newsletter(this IGrainFactory grains, IOptions<CfcHostingOptions> options) =>
        grains.GetGrain<INewsletterGrain>(options.Value.NetworkId);

    /// <summary>An organisation of the network.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="options">The host's Cfc settings, which name the network.</param>
    /// <param name="organisation">The organisation's id.</param>
    /// <returns>The organisation's grain in the network <paramref name="options"/> names.</returns>
    public static IOrganisationGrain Organisation(this IGrainFactory grains, IOptions<CfcHostingOptions> options, OrganisationId organisation) =>
        grains.GetGrain<IOrganisationGrain>(NetworkKey.Of(options.Value.NetworkId, organisation.ToString()));
}
