using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;

namespace Cfc.Sdk.Network;

/// <summary>
/// The CBS code of a Dutch municipality (<c>GM</c> followed by four digits, e.g. <c>GM0518</c> for
/// 's-Gravenhage) or of a Caribbean public body (<c>GM9001</c> Bonaire, <c>GM9002</c> Sint Eustatius,
/// <c>GM9003</c> Saba).
/// </summary>
/// <remarks>
/// <para>
/// The set of municipalities changes by merger every year, so any <c>GM</c> code from <c>GM0001</c> to
/// <c>GM8999</c> is accepted; the <c>GM9xxx</c> range holds only the three Caribbean public bodies.
/// The code is case-sensitive, as CBS writes it.
/// </para>
/// <para>
/// Two codes are equal when their text is equal. The default value is not a valid code
/// (<see cref="ToString"/> returns an empty string); obtain codes through <see cref="Parse"/> or <see cref="TryParse"/>.
/// JSON writes the code as a string (the default value as the empty string, which JSON reads back as the default value; the types
/// that hold a code refuse it).
/// </para>
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<MemberCode>))]
public readonly struct MemberCode : IEquatable<MemberCode>, IParsable<MemberCode>, IComparable<MemberCode>
{
    /// <summary>The zone of the European Netherlands.</summary>
    public const string EuropeanNetherlandsZoneId = "Europe/Amsterdam";

    /// <summary>The zone of Bonaire, Sint Eustatius and Saba (UTC−4, no daylight saving time).</summary>
    public const string CaribbeanNetherlandsZoneId = "America/Kralendijk";

    private readonly ushort _number;

    private MemberCode(int number) => _number = (ushort)number;

    /// <summary>The four-digit number after <c>GM</c>; 0 for the default value.</summary>
    public int Number => _number;

    /// <summary>Whether the code names a Caribbean public body (Bonaire, Sint Eustatius or Saba) rather than a municipality.</summary>
    public bool IsCaribbeanPublicBody => _number is >= 9001 and <= 9003;

    /// <summary>
    /// The IANA id of the member's default time zone: <see cref="CaribbeanNetherlandsZoneId"/> for the
    /// Caribbean public bodies, <see cref="EuropeanNetherlandsZoneId"/> otherwise.
    /// </summary>
    public string DefaultTimeZoneId => IsCaribbeanPublicBody ? CaribbeanNetherlandsZoneId : EuropeanNetherlandsZoneId;

    /// <summary>'s-Gravenhage (Den Haag), <c>GM0518</c>.</summary>
    public static MemberCode DenHaag => new(518);

    /// <summary>Gooise Meren, <c>GM1942</c>.</summary>
    public static MemberCode GooiseMeren => new(1942);

    /// <summary>Bonaire, <c>GM9001</c>.</summary>
    public static MemberCode Bonaire => new(9001);

    /// <summary>Sint Eustatius, <c>GM9002</c>.</summary>
    public static MemberCode SintEustatius => new(9002);

    /// <summary>Saba, <c>GM9003</c>.</summary>
    public static MemberCode Saba => new(9003);

    /// <summary>The member's default time zone from <paramref name="provider"/>.</summary>
    /// <param name="provider">The zone provider, normally TZDB.</param>
    /// <returns>The zone named by <see cref="DefaultTimeZoneId"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is <see langword="null"/>.</exception>
    public DateTimeZone DefaultTimeZone(IDateTimeZoneProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider[DefaultTimeZoneId];
    }

    /// <summary>Parses a CBS member code such as <c>GM0518</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid code; the message says why.</exception>
    public static MemberCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, out var code, out var error) ? code : throw new FormatException(error);
    }

    /// <summary>Tries to parse a CBS member code such as <c>GM0518</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="code">The code, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MemberCode code) => TryParseCore(text, out code, out _);

    private static bool TryParseCore(string? text, out MemberCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (text is null || text.Length != 6 || !text.StartsWith("GM", StringComparison.Ordinal)
            || !int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            error = $"'{text}' is not a CBS member code: expected 'GM' followed by four digits, e.g. 'GM0518'.";
            return false;
        }

        if (number == 0 || (number >= 9000 && number is not (9001 or 9002 or 9003)))
        {
            error = $"'{text}' is not a CBS member code: municipalities are GM0001 to GM8999 and the Caribbean public bodies GM9001 (Bonaire), GM9002 (Sint Eustatius) and GM9003 (Saba).";
            return false;
        }

        code = new MemberCode(number);
        error = null;
        return true;
    }

    /// <inheritdoc />
    static MemberCode IParsable<MemberCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<MemberCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MemberCode result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(MemberCode other) => _number == other._number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MemberCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _number;

    /// <inheritdoc />
    public int CompareTo(MemberCode other) => _number.CompareTo(other._number);

    /// <summary>The code as CBS writes it, e.g. <c>GM0518</c>; an empty string for the default value.</summary>
    /// <returns>The code text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => _number == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"GM{_number:D4}");

    /// <summary>Whether two codes are equal.</summary>
    public static bool operator ==(MemberCode left, MemberCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    public static bool operator !=(MemberCode left, MemberCode right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(MemberCode left, MemberCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(MemberCode left, MemberCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(MemberCode left, MemberCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(MemberCode left, MemberCode right) => left.CompareTo(right) >= 0;
}
