using Cfc.Sdk.Network;

namespace Cfc.Sdk.Orleans.Municipalities;

/// <summary>
/// A municipality already registered with one network was asked to register with another: a municipality belongs to
/// exactly one network. Nothing was changed.
/// </summary>
public sealed class OtherNetworkException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="member"/>, registered with <paramref name="network"/>.</summary>
    /// <param name="member">The municipality.</param>
    /// <param name="network">The network it belongs to.</param>
    /// <param name="refused">The network it was asked to register with.</param>
    public OtherNetworkException(MemberCode member, string network, string refused)
        : this($"{member} belongs to network '{network}', not to '{refused}': a municipality belongs to one network.", member, network)
    {
    }

    /// <summary>Creates the exception with its message, as a grain call brings it back.</summary>
    /// <param name="message">The message.</param>
    /// <param name="member">The municipality.</param>
    /// <param name="network">The network it belongs to.</param>
    public OtherNetworkException(string message, MemberCode member, string network)
        : base(message)
    {
        Member = member;
        Network = network;
    }

    /// <summary>The municipality.</summary>
    public MemberCode Member { get; }

    /// <summary>The id of the network the municipality belongs to.</summary>
    public string Network { get; }
}
