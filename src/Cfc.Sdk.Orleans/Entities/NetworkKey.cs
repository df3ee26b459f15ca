using System.Globalization;

namespace Cfc.Sdk.Orleans.Entities;

/// <summary>
/// The keys of grains that belong to one network: <c>{network}/{local}</c>, such as <c>nl/12</c> for meeting 12 of
/// the Dutch network. Several networks share one cluster and one store without meeting each other's grains.
/// </summary>
public static class NetworkKey
{
    /// <summary>The character between the network id and the rest of a key; a network id never contains it.</summary>
    public const char Separator = '/';

    /// <summary>The key of <paramref name="local"/> in <paramref name="network"/>.</summary>
    /// <param name="network">The network's id, such as <c>nl</c>.</param>
    /// <param name="local">What the grain is within the network, such as an entity's number.</param>
    /// <returns>The grain key.</returns>
    /// <exception cref="ArgumentException"><paramref name="network"/> is empty or contains <see cref="Separator"/>.</exception>
    public static string Of(string network, string local)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(network);
        ArgumentNullException.ThrowIfNull(local);
        if (network.Contains(Separator, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A network id has no '{Separator}': '{network}'.", nameof(network));
        }

        return string.Concat(network, Separator.ToString(), local);
    }

    /// <summary>The key of entity <paramref name="number"/> in <paramref name="network"/>.</summary>
    /// <param name="network">The network's id.</param>
    /// <param name="number">The entity's number (see <see cref="ISequenceGrain"/>).</param>
    /// <returns>The grain key, such as <c>nl/12</c>.</returns>
    public static string Of(string network, int number) => Of(network, number.ToString(CultureInfo.InvariantCulture));

    /// <summary>Splits a key made by <see cref="Of(string, string)"/>.</summary>
    /// <param name="key">The grain key.</param>
    /// <returns>The network's id and the rest.</returns>
    /// <exception cref="FormatException"><paramref name="key"/> names no network.</exception>
    public static (string Network, string Local) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var separator = key.IndexOf(Separator, StringComparison.Ordinal);
        return separator > 0
            ? (key[..separator], key[(separator + 1)..])
            : throw new FormatException($"The grain key '{key}' names no network: it has the form {{network}}{Separator}{{id}}.");
    }

    /// <summary>The entity number in a key made by <see cref="Of(string, int)"/>.</summary>
    /// <param name="key">The grain key.</param>
    /// <returns>The network's id and the entity's number.</returns>
    /// <exception cref="FormatException"><paramref name="key"/> is not <c>{network}/{number}</c> with a number from 1, written plainly (no sign or leading zeros).</exception>
    public static (string Network, int Number) SplitNumber(string key)
    {
        var (network, local) = Split(key);
        return int.TryParse(local, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            && local == number.ToString(CultureInfo.InvariantCulture)
            ? (network, number)
            : throw new FormatException($"The grain key '{key}' is not {{network}}{Separator}{{number}} with a number from 1.");
    }
}
