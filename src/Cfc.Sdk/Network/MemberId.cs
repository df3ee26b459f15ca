using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Network;

/// <summary>
/// Who a network member is: a municipality or Caribbean public body by its CBS <see cref="MemberCode"/>, or an
/// organisation by its <see cref="OrganisationId"/>.
/// </summary>
/// <remarks>
/// <para>
/// Text form: the code for a municipality or public body (<c>GM0518</c>), <c>org:</c> followed by the identifier for an
/// organisation (<c>org:kenniscentrum-jeugd</c>); the prefix keeps an organisation named like a code apart from the municipality.
/// </para>
/// <para>
/// Two ids are equal when they name the same code or the same organisation. Codes sort before organisations.
/// The default value names no member (<see cref="ToString"/> returns an empty string). JSON writes the text form, also as a
/// dictionary key; the empty string reads back as the default value, which the types that hold a member id refuse.
/// </para>
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<MemberId>))]
public readonly struct MemberId : IEquatable<MemberId>, IParsable<MemberId>, IComparable<MemberId>
{
    /// <summary>The prefix of an organisation's text form.</summary>
    public const string OrganisationPrefix = "org:";

    private readonly MemberCode _code;
    private readonly OrganisationId _organisation;

    private MemberId(MemberCode code, OrganisationId organisation)
    {
        _code = code;
        _organisation = organisation;
    }

    /// <summary>The municipality's or public body's code; <see langword="null"/> for an organisation or the default value.</summary>
    public MemberCode? Code => _code == default ? null : _code;

    /// <summary>The organisation's identifier; <see langword="null"/> for a municipality, public body or the default value.</summary>
    public OrganisationId? Organisation => _organisation == default ? null : _organisation;

    /// <summary>The id of the municipality or public body with <paramref name="code"/>.</summary>
    /// <param name="code">A valid CBS code.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public static MemberId For(MemberCode code) =>
        code == default ? throw new ArgumentException("The default MemberCode names no member.", nameof(code)) : new(code, default);

    /// <summary>The id of the organisation <paramref name="organisation"/>.</summary>
    /// <param name="organisation">A valid organisation identifier.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is the default value.</exception>
    public static MemberId For(OrganisationId organisation) =>
        organisation == default ? throw new ArgumentException("The default OrganisationId names no organisation.", nameof(organisation)) : new(default, organisation);

    /// <summary>Parses a member id: <c>GM0518</c> or <c>org:kenniscentrum-jeugd</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is neither a CBS code nor <c>org:</c> with an organisation identifier.</exception>
    public static MemberId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not a member id: expected a CBS code such as 'GM0518' or '{OrganisationPrefix}' followed by an organisation id, such as '{OrganisationPrefix}kenniscentrum-jeugd'.");
    }

    /// <summary>Tries to parse a member id: <c>GM0518</c> or <c>org:kenniscentrum-jeugd</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="id">The id, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid member id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MemberId id)
    {
        id = default;
        if (text is null)
        {
            return false;
        }

        if (text.StartsWith(OrganisationPrefix, StringComparison.Ordinal))
        {
            if (OrganisationId.TryParse(text[OrganisationPrefix.Length..], out var organisation))
            {
                id = new(default, organisation);
                return true;
            }

            return false;
        }

        if (MemberCode.TryParse(text, out var code))
        {
            id = new(code, default);
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    static MemberId IParsable<MemberId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<MemberId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MemberId result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(MemberId other) => _code == other._code && _organisation == other._organisation;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MemberId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_code, _organisation);

    /// <inheritdoc />
    public int CompareTo(MemberId other)
    {
        var byKind = (_code == default).CompareTo(other._code == default);
        return byKind != 0 ? byKind : _code != default ? _code.CompareTo(other._code) : _organisation.CompareTo(other._organisation);
    }

    /// <summary>The text form: <c>GM0518</c> or <c>org:kenniscentrum-jeugd</c>; an empty string for the default value.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() =>
        _code != default ? _code.ToString() : _organisation != default ? OrganisationPrefix + _organisation.ToString() : string.Empty;

    /// <summary>Whether two ids are equal.</summary>
    public static bool operator ==(MemberId left, MemberId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    public static bool operator !=(MemberId left, MemberId right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(MemberId left, MemberId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(MemberId left, MemberId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(MemberId left, MemberId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(MemberId left, MemberId right) => left.CompareTo(right) >= 0;
}
