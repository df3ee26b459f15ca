using System.Buffers;
using System.Text.RegularExpressions;

namespace Cfc.Sdk.Network;

/// <summary>
/// How one country outside the Netherlands numbers its municipalities, for member codes of the form
/// <c>{country}-{national code}</c> such as <c>DE-05315000</c>: the country's ISO 3166-1 alpha-2 code, the pattern a
/// national code matches, a description and an example for messages, and the time zone members of the country are in
/// unless they say otherwise.
/// </summary>
/// <remarks>
/// <para>
/// Germany (<see cref="Germany"/>), Spain (<see cref="Spain"/>), France (<see cref="France"/>) and the United Kingdom
/// (<see cref="UnitedKingdom"/>) are built in. An application whose network has members in another country constructs a
/// format and registers it once at startup with <see cref="NationalCodeFormats.Register"/> (or through
/// <c>CfcSdkOptions.NationalCodeFormats</c> in <c>AddCfcSdk</c>); until then <see cref="MemberCode.Parse"/> refuses the
/// country's codes.
/// </para>
/// <para>
/// Whatever the pattern says, a national code is 1 to <see cref="MaxNationalCodeLength"/> capital ASCII letters and
/// digits, so that a member code is safe as it is in a URL path, a grain key or a file name. The pattern is a .NET
/// regular expression matched against the whole national code, without backtracking, so that no input makes it slow.
/// </para>
/// <para>Immutable. Two formats are equal when country, pattern, description, example and zone are equal.</para>
/// </remarks>
public sealed class NationalCodeFormat : IEquatable<NationalCodeFormat>
{
    /// <summary>The longest national code accepted, in characters.</summary>
    public const int MaxNationalCodeLength = 16;

    private static readonly SearchValues<char> s_capitalsAndDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private readonly Regex _regex;

    /// <summary>A country's format of national municipality codes.</summary>
    /// <param name="country">The ISO 3166-1 alpha-2 code, in capitals, e.g. <c>AT</c>; any country with a time zone of its own but the Netherlands.</param>
    /// <param name="pattern">A .NET regular expression the whole national code matches, e.g. <c>[0-9]{5}</c>.</param>
    /// <param name="description">What the national code is, for messages, e.g. <c>Gemeindekennziffer, 5 digits</c>.</param>
    /// <param name="example">A national code that matches, for messages, e.g. <c>90001</c> (Wien).</param>
    /// <param name="defaultTimeZoneId">The IANA id of the zone a member of the country is in unless it says otherwise; one of the country's zones.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="country"/> is not two capital letters, is <c>NL</c> or has no time zone in TZDB;
    /// <paramref name="pattern"/> is not a regular expression; <paramref name="description"/> is blank;
    /// <paramref name="example"/> does not match or is not capital letters and digits; or <paramref name="defaultTimeZoneId"/>
    /// is not a zone of <paramref name="country"/>.
    /// </exception>
    public NationalCodeFormat(string country, string pattern, string description, string example, string defaultTimeZoneId)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(defaultTimeZoneId);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (country.Length != 2 || !char.IsAsciiLetterUpper(country[0]) || !char.IsAsciiLetterUpper(country[1]))
        {
            throw new ArgumentException($"'{country}' is not an ISO 3166-1 alpha-2 country code: two capital letters, such as 'AT'.", nameof(country));
        }

        if (country == MemberCode.DutchCountry)
        {
            throw new ArgumentException("Dutch members keep their CBS codes (GM0518); the Netherlands takes no national code format.", nameof(country));
        }

        var zones = CountryZones.Of(country);
        if (zones.IsEmpty)
        {
            throw new ArgumentException($"'{country}' is no country with a time zone of its own in TZDB.", nameof(country));
        }

        try
        {
            _regex = new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"'{pattern}' is not a .NET regular expression: {e.Message}", nameof(pattern), e);
        }

        if (!IsSafe(example) || !_regex.IsMatch(example))
        {
            throw new ArgumentException(
                $"The example '{example}' must match '{pattern}' and be 1 to {MaxNationalCodeLength} capital letters and digits.", nameof(example));
        }

        if (!CountryZones.Contains(country, defaultTimeZoneId))
        {
            throw new ArgumentException(
                $"'{defaultTimeZoneId}' is not a time zone of {country}; its zones are {string.Join(", ", zones)}.", nameof(defaultTimeZoneId));
        }

        Country = country;
        Pattern = pattern;
        Description = description.Trim();
        Example = example;
        DefaultTimeZoneId = defaultTimeZoneId;
    }

    /// <summary>Germany: the AGS (Amtlicher Gemeindeschlüssel), 8 digits, e.g. <c>DE-05315000</c> (Köln); Europe/Berlin.</summary>
    public static NationalCodeFormat Germany { get; } =
        new("DE", "[0-9]{8}", "AGS (Amtlicher Gemeindeschlüssel), 8 digits", "05315000", "Europe/Berlin");

    /// <summary>Spain: the INE municipality code, 5 digits, e.g. <c>ES-28079</c> (Madrid); Europe/Madrid.</summary>
    public static NationalCodeFormat Spain { get; } =
        new("ES", "[0-9]{5}", "INE municipality code, 5 digits", "28079", "Europe/Madrid");

    /// <summary>
    /// France: the INSEE commune code, 5 characters (the département, 2 digits or <c>2A</c>/<c>2B</c> for Corsica, then 3 digits),
    /// e.g. <c>FR-75056</c> (Paris) or <c>FR-2A004</c> (Ajaccio); Europe/Paris.
    /// </summary>
    public static NationalCodeFormat France { get; } =
        new("FR", "(?:[0-9]{2}|2[AB])[0-9]{3}", "INSEE commune code, 5 characters: 2 digits or 2A/2B, then 3 digits", "75056", "Europe/Paris");

    /// <summary>The United Kingdom: the ONS GSS code, a letter and 8 digits, e.g. <c>GB-E08000025</c> (Birmingham); Europe/London.</summary>
    public static NationalCodeFormat UnitedKingdom { get; } =
        new("GB", "[A-Z][0-9]{8}", "ONS GSS code, a letter and 8 digits", "E08000025", "Europe/London");

    /// <summary>The ISO 3166-1 alpha-2 code of the country, e.g. <c>DE</c>.</summary>
    public string Country { get; }

    /// <summary>The regular expression the whole national code matches, e.g. <c>[0-9]{8}</c>.</summary>
    public string Pattern { get; }

    /// <summary>What the national code is, e.g. <c>AGS (Amtlicher Gemeindeschlüssel), 8 digits</c>.</summary>
    public string Description { get; }

    /// <summary>A national code that matches, e.g. <c>05315000</c>.</summary>
    public string Example { get; }

    /// <summary>The IANA id of the zone members of the country are in unless they say otherwise, e.g. <c>Europe/Berlin</c>.</summary>
    public string DefaultTimeZoneId { get; }

    /// <summary>Whether <paramref name="nationalCode"/> (without the country) is a national code of this format.</summary>
    /// <param name="nationalCode">The national code, e.g. <c>05315000</c>.</param>
    /// <returns><see langword="true"/> when it is 1 to <see cref="MaxNationalCodeLength"/> capital letters and digits and matches <see cref="Pattern"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nationalCode"/> is <see langword="null"/>.</exception>
    public bool Matches(string nationalCode)
    {
        ArgumentNullException.ThrowIfNull(nationalCode);
        return IsSafe(nationalCode) && _regex.IsMatch(nationalCode);
    }

    /// <inheritdoc />
    public bool Equals(NationalCodeFormat? other) =>
        other is not null
        && string.Equals(Country, other.Country, StringComparison.Ordinal)
        && string.Equals(Pattern, other.Pattern, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && string.Equals(Example, other.Example, StringComparison.Ordinal)
        && string.Equals(DefaultTimeZoneId, other.DefaultTimeZoneId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NationalCodeFormat);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Country, Pattern, Description, Example, DefaultTimeZoneId);

    /// <summary>The format as text, e.g. <c>DE: AGS (Amtlicher Gemeindeschlüssel), 8 digits, e.g. DE-05315000</c>.</summary>
    /// <returns>The country, the description and the example.</returns>
    public override string ToString() => $"{Country}: {Description}, e.g. {Country}-{Example}";

    /// <summary>Whether two formats are equal.</summary>
    public static bool operator ==(NationalCodeFormat? left, NationalCodeFormat? right) => Equals(left, right);

    /// <summary>Whether two formats differ.</summary>
    public static bool operator !=(NationalCodeFormat? left, NationalCodeFormat? right) => !Equals(left, right);

    private static bool IsSafe(string nationalCode) =>
        nationalCode.Length is > 0 and <= MaxNationalCodeLength
        && nationalCode.AsSpan().IndexOfAnyExcept(s_capitalsAndDigits) < 0;
}
