using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;

namespace Cfc.Sdk.Network;

/// <summary>
/// The code of a member municipality: the CBS code of a Dutch municipality (<c>GM</c> followed by four digits, e.g.
/// <c>GM0518</c> for 's-Gravenhage) or of a Caribbean public body (<c>GM9001</c> Bonaire, <c>GM9002</c> Sint Eustatius,
/// <c>GM9003</c> Saba), or of a municipality abroad as <c>{ISO 3166-1 alpha-2}-{national code}</c>: <c>DE-05315000</c>
/// (Köln, AGS), <c>ES-28079</c> (Madrid, INE), <c>FR-75056</c> (Paris, INSEE), <c>GB-E08000025</c> (Birmingham, ONS GSS).
/// </summary>
/// <remarks>
/// <para>
/// The set of Dutch municipalities changes by merger every year, so any <c>GM</c> code from <c>GM0001</c> to
/// <c>GM8999</c> is accepted; the <c>GM9xxx</c> range holds only the three Caribbean public bodies. A code abroad is
/// checked against its country's <see cref="NationalCodeFormat"/>; a country without one registered in
/// <see cref="NationalCodeFormats"/> is refused. <c>NL-…</c> is refused too: a Dutch member has one code, its CBS code,
/// so that stored data, grain keys and routes never name it twice. Codes are case-sensitive, as CBS writes them.
/// </para>
/// <para>
/// Two codes are equal when their text is equal. Dutch codes sort by number, before every code abroad; codes abroad sort
/// by their text (country, then national code), ordinal. The default value is not a valid code
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

    /// <summary>The <see cref="Country"/> of a Dutch code: <c>NL</c>.</summary>
    public const string DutchCountry = "NL";

    private const string ExpectedForms =
        "expected a CBS code, 'GM' followed by four digits (e.g. 'GM0518'), or a country's ISO 3166-1 alpha-2 code, a dash and its national code (e.g. 'DE-05315000')";

    private readonly ushort _number;

    // The whole text of a code abroad ("DE-05315000"); null for Dutch codes and the default value.
    private readonly string? _abroad;

    private MemberCode(int number)
    {
        _number = (ushort)number;
        _abroad = null;
    }

    private MemberCode(string abroad)
    {
        _number = 0;
        _abroad = abroad;
    }

    /// <summary>The four-digit number after <c>GM</c>; 0 for a code abroad and for the default value.</summary>
    public int Number => _number;

    /// <summary>Whether the code is a Dutch CBS code (<c>GM0518</c>); <see langword="false"/> for a code abroad and the default value.</summary>
    public bool IsDutch => _number != 0;

    /// <summary>
    /// The ISO 3166-1 alpha-2 code of the member's country: <see cref="DutchCountry"/> for a Dutch code, <c>DE</c> for
    /// <c>DE-05315000</c>; an empty string for the default value.
    /// </summary>
    public string Country => _abroad is not null ? _abroad[..2] : _number != 0 ? DutchCountry : string.Empty;

    /// <summary>
    /// The code the member's country gives it: the CBS code itself for a Dutch code (<c>GM0518</c>), the part after the
    /// dash for a code abroad (<c>05315000</c> for <c>DE-05315000</c>); an empty string for the default value.
    /// </summary>
    public string NationalCode => _abroad is not null ? _abroad[3..] : ToString();

    /// <summary>
    /// The format of a code abroad; <see langword="null"/> for a Dutch code and the default value.
    /// </summary>
    public NationalCodeFormat? Format => _abroad is not null && NationalCodeFormats.TryFind(Country, out var format) ? format : null;

    /// <summary>Whether the code names a Caribbean public body (Bonaire, Sint Eustatius or Saba) rather than a municipality; <see langword="false"/> for a code abroad.</summary>
    public bool IsCaribbeanPublicBody => _number is >= 9001 and <= 9003;

    /// <summary>
    /// The IANA id of the member's default time zone: <see cref="CaribbeanNetherlandsZoneId"/> for the
    /// Caribbean public bodies, the country's <see cref="NationalCodeFormat.DefaultTimeZoneId"/> for a code abroad
    /// (<c>Europe/Berlin</c> for Germany), <see cref="EuropeanNetherlandsZoneId"/> otherwise.
    /// </summary>
    public string DefaultTimeZoneId =>
        Format is { } format ? format.DefaultTimeZoneId : IsCaribbeanPublicBody ? CaribbeanNetherlandsZoneId : EuropeanNetherlandsZoneId;

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

    /// <summary>
    /// Whether the member may be in <paramref name="zoneId"/>: for a Dutch code only its <see cref="DefaultTimeZoneId"/>
    /// (Europe/Amsterdam, or America/Kralendijk for the public bodies); for a code abroad any TZDB zone of its
    /// <see cref="Country"/> (<c>Europe/Berlin</c> or <c>Europe/Busingen</c> for Germany; <c>Atlantic/Canary</c> for Spain).
    /// </summary>
    /// <param name="zoneId">An IANA zone id.</param>
    /// <returns><see langword="true"/> when the zone is one of the member's country's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zoneId"/> is <see langword="null"/>.</exception>
    public bool AllowsTimeZone(string zoneId)
    {
        ArgumentNullException.ThrowIfNull(zoneId);
        return _abroad is not null ? CountryZones.Contains(Country, zoneId) : string.Equals(zoneId, DefaultTimeZoneId, StringComparison.Ordinal);
    }

    /// <summary>The ids of the zones the member may be in (see <see cref="AllowsTimeZone"/>), in ordinal order.</summary>
    /// <returns>The zone ids; for a Dutch code only its <see cref="DefaultTimeZoneId"/>.</returns>
    public ImmutableArray<string> AllowedTimeZoneIds() => _abroad is not null ? CountryZones.Of(Country) : [DefaultTimeZoneId];

    /// <summary>Parses a member code such as <c>GM0518</c> or <c>DE-05315000</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid code; the message says why and names the expected form with an example.</exception>
    public static MemberCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, out var code, out var error) ? code : throw new FormatException(error);
    }

    /// <summary>Tries to parse a member code such as <c>GM0518</c> or <c>DE-05315000</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="code">The code, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MemberCode code) => TryParseCore(text, out code, out _);

    private static bool TryParseCore(string? text, out MemberCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (text is { Length: > 3 } && text[2] == '-' && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]))
        {
            return TryParseAbroad(text, out code, out error);
        }

        if (text is null || text.Length != 6 || !text.StartsWith("GM", StringComparison.Ordinal)
            || !int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            error = $"'{text}' is not a member code: {ExpectedForms}.";
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

    private static bool TryParseAbroad(string text, out MemberCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        var country = text[..2];
        var national = text[3..];
        if (country == DutchCountry)
        {
            error = national.Length == 4 && national.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
                ? $"'{text}' is not a member code: a Dutch member is written as CBS writes it; write GM{national}."
                : $"'{text}' is not a member code: a Dutch member is written as CBS writes it, 'GM' followed by four digits; write GM0518, not NL-0518.";
            return false;
        }

        if (!NationalCodeFormats.TryFind(country, out var format))
        {
            error = $"'{text}' is not a member code: no national code format is registered for {country} "
                + $"(built in: {string.Join(", ", NationalCodeFormats.All.Select(f => f.Country))}); an application registers one with NationalCodeFormats.Register.";
            return false;
        }

        if (!format.Matches(national))
        {
            error = $"'{text}' is not a member code of {country}: expected '{country}-' and the {format.Description}, e.g. '{country}-{format.Example}'.";
            return false;
        }

        code = new MemberCode(text);
        error = null;
        return true;
    }

    /// <inheritdoc />
    static MemberCode IParsable<MemberCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<MemberCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MemberCode result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(MemberCode other) => _number == other._number && string.Equals(_abroad, other._abroad, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MemberCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _abroad is null ? _number : StringComparer.Ordinal.GetHashCode(_abroad);

    /// <inheritdoc />
    public int CompareTo(MemberCode other) =>
        (_abroad, other._abroad) switch
        {
            (null, null) => _number.CompareTo(other._number),
            (null, _) => -1,
            (_, null) => 1,
            _ => string.CompareOrdinal(_abroad, other._abroad),
        };

    /// <summary>The code as written: <c>GM0518</c> as CBS writes it, <c>DE-05315000</c> abroad; an empty string for the default value.</summary>
    /// <returns>The code text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() =>
        _abroad ?? (_number == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"GM{_number:D4}"));

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
