using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Cfc.Sdk.Network;

/// <summary>
/// The national code formats <see cref="MemberCode"/> accepts besides the Dutch CBS codes: the built-in
/// <see cref="NationalCodeFormat.Germany"/>, <see cref="NationalCodeFormat.Spain"/>, <see cref="NationalCodeFormat.France"/>
/// and <see cref="NationalCodeFormat.UnitedKingdom"/>, and those an application registers.
/// </summary>
/// <remarks>
/// The formats are process-wide, as <see cref="MemberCode.Parse"/> is static and codes are read from JSON, grain keys
/// and routes everywhere: register once at startup, before codes of the country are read (<c>AddCfcSdk</c> registers
/// <c>CfcSdkOptions.NationalCodeFormats</c> when its services are built). A format is never removed or replaced, so a
/// code that was read once stays valid for the life of the process. Thread-safe.
/// </remarks>
public static class NationalCodeFormats
{
    private static readonly Lock s_lock = new();

    private static ImmutableSortedDictionary<string, NationalCodeFormat> s_formats =
        new[] { NationalCodeFormat.Germany, NationalCodeFormat.Spain, NationalCodeFormat.France, NationalCodeFormat.UnitedKingdom }
            .ToImmutableSortedDictionary(format => format.Country, format => format, StringComparer.Ordinal);

    /// <summary>Every format accepted, in the order of their countries.</summary>
    public static ImmutableArray<NationalCodeFormat> All => [.. Volatile.Read(ref s_formats).Values];

    /// <summary>Registers <paramref name="format"/>, so that member codes of its country are accepted from now on.</summary>
    /// <param name="format">The format.</param>
    /// <returns><see langword="true"/> when it was added; <see langword="false"/> when an equal format was registered already.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Another format is registered for the same country (a built-in one included).</exception>
    public static bool Register(NationalCodeFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        lock (s_lock)
        {
            if (s_formats.TryGetValue(format.Country, out var registered))
            {
                return registered == format
                    ? false
                    : throw new InvalidOperationException(
                        $"A different national code format is registered for {format.Country} ({registered}); a country has one format for the life of the process.");
            }

            Volatile.Write(ref s_formats, s_formats.Add(format.Country, format));
            return true;
        }
    }

    /// <summary>The format registered for <paramref name="country"/>.</summary>
    /// <param name="country">An ISO 3166-1 alpha-2 code, e.g. <c>DE</c>.</param>
    /// <param name="format">The format; <see langword="null"/> when none is registered.</param>
    /// <returns>Whether one is registered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is <see langword="null"/>.</exception>
    public static bool TryFind(string country, [NotNullWhen(true)] out NationalCodeFormat? format)
    {
        ArgumentNullException.ThrowIfNull(country);
        return Volatile.Read(ref s_formats).TryGetValue(country, out format);
    }
}
