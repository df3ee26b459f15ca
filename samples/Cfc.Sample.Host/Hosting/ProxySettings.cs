using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// The reverse proxies the host trusts, from the <c>Cfc:Proxy</c> settings: a request that comes from one of them has
/// its client's address taken from <c>X-Forwarded-For</c> and its scheme from <c>X-Forwarded-Proto</c>
/// (<see cref="TrustedProxies"/>). None by default: then those headers are ignored, as any client can send them.
/// </summary>
internal sealed class ProxySettings
{
    /// <summary>The settings' section.</summary>
    public const string SectionName = "Cfc:Proxy";

    /// <summary>The proxies' own addresses (<c>127.0.0.1</c>, <c>::1</c>, <c>10.0.0.5</c>); none by default.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of proxies, in CIDR (<c>10.0.0.0/24</c>, <c>fd00::/64</c>); none by default.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>Whether any proxy is trusted.</summary>
    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>The setting's full name, for messages: <c>Cfc:Proxy:KnownProxies</c>.</summary>
    /// <param name="property">The property's name.</param>
    /// <returns>The setting's name.</returns>
    public static string Setting(string property) => $"{SectionName}:{property}";

    /// <summary>Reads an address of <see cref="KnownProxies"/>: IPv4 in its four dotted parts, or IPv6.</summary>
    /// <param name="value">The setting's value.</param>
    /// <param name="address">The address.</param>
    /// <returns>Whether <paramref name="value"/> is one.</returns>
    public static bool TryParseAddress(string? value, out IPAddress address)
    {
        // IPAddress.TryParse also takes "10" or "10.1" (as 0.0.0.10, 10.0.0.1): a typo must not trust another address.
        if (IPAddress.TryParse(value, out var parsed)
            && (parsed.AddressFamily == AddressFamily.InterNetworkV6 || value.Count(c => c == '.') == 3 && value.All(c => c == '.' || char.IsAsciiDigit(c))))
        {
            address = parsed;
            return true;
        }

        address = IPAddress.None;
        return false;
    }

    // A network in CIDR notation whose address is its first (IPNetwork itself takes 10.0.0.1/8 as 10.0.0.0/8).
    private static bool IsNetwork(string value) =>
        IPNetwork.TryParse(value, out var network)
        && value.Split('/')[0] is var address
        && TryParseAddress(address, out var written)
        && written.Equals(network.BaseAddress);

    /// <summary>Checks the settings when the host starts, naming the value that cannot be used.</summary>
    internal sealed class Validator : IValidateOptions<ProxySettings>
    {
        /// <summary>Checks <paramref name="options"/>.</summary>
        /// <param name="name">The options' name (not used).</param>
        /// <param name="options">The settings.</param>
        /// <returns>Success, or a failure per value that cannot be used.</returns>
        public ValidateOptionsResult Validate(string? name, ProxySettings options)
        {
            var failures = new List<string>();
            for (var i = 0; i < options.KnownProxies.Count; i++)
            {
                if (!TryParseAddress(options.KnownProxies[i], out _))
                {
                    failures.Add($"{Setting(nameof(KnownProxies))}:{i} '{options.KnownProxies[i]}' is not an IP address (such as 127.0.0.1 or ::1).");
                }
            }

            for (var i = 0; i < options.KnownNetworks.Count; i++)
            {
                // An address with bits past its prefix (10.0.0.1/8) is most likely a mistake: refused, not rounded down.
                if (!IsNetwork(options.KnownNetworks[i]))
                {
                    failures.Add($"{Setting(nameof(KnownNetworks))}:{i} '{options.KnownNetworks[i]}' is not a network in CIDR notation (such as 10.0.0.0/24 or fd00::/64).");
                }
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
