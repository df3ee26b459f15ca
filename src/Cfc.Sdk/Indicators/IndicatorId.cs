using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Indicators;

/// <summary>
/// The stable identifier of an indicator: dot-separated segments of lower-case ASCII letters and
/// digits joined by single hyphens, e.g. <c>poverty.low-income-minors</c>; at most 100 characters.
/// </summary>
/// <remarks>
/// Two identifiers are equal when their text is equal (ordinal). The default value is not a valid
/// identifier (<see cref="ToString"/> returns an empty string, which <see cref="Parse"/> refuses); it sorts
/// before every identifier. JSON writes the text, and reads the empty string back as the default value,
/// which every type that holds an identifier then refuses.
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<IndicatorId>))]
public readonly struct IndicatorId : IEquatable<IndicatorId>, IParsable<IndicatorId>, IComparable<IndicatorId>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 100;

    private readonly string? _value;

    private IndicatorId(string value) => _value = value;

    /// <summary>Parses an indicator identifier such as <c>poverty.low-income-minors</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid identifier.</exception>
    public static IndicatorId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not an indicator id: expected dot-separated segments of lower-case letters and digits joined by hyphens, e.g. 'poverty.low-income-minors', at most {MaxLength} characters.");
    }

    /// <summary>Tries to parse an indicator identifier.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="id">The identifier, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out IndicatorId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        var previous = '.';
        foreach (var c in text)
        {
            var isWordChar = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
            if (!isWordChar && (c is not ('.' or '-') || previous is '.' or '-'))
            {
                return false;
            }

            previous = c;
        }

        if (previous is '.' or '-')
        {
            return false;
        }

        id = new IndicatorId(text);
        return true;
    }

    /// <inheritdoc />
    static IndicatorId IParsable<IndicatorId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<IndicatorId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out IndicatorId result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(IndicatorId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(IndicatorId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>The identifier's text; an empty string for the default value.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Whether two identifiers are equal.</summary>
    public static bool operator ==(IndicatorId left, IndicatorId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    public static bool operator !=(IndicatorId left, IndicatorId right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    public static bool operator <(IndicatorId left, IndicatorId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    public static bool operator >(IndicatorId left, IndicatorId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(IndicatorId left, IndicatorId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(IndicatorId left, IndicatorId right) => left.CompareTo(right) >= 0;
}
