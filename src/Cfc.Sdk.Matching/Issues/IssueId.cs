using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cfc.Sdk.Identifiers;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Matching.Issues;

/// <summary>
/// The identifier of a local issue (vraagstuk): 1 to 64 characters of ASCII letters, digits, <c>-</c>,
/// <c>_</c> and <c>.</c>, starting with a letter or digit, e.g. <c>d001</c> or <c>gm0518-2024-03</c>.
/// </summary>
/// <remarks>
/// Two identifiers are equal when their text is equal (ordinal, case-sensitive); they sort ordinally,
/// which is also how the matcher breaks ties between equal scores. The default value is not a valid
/// identifier (<see cref="ToString"/> returns an empty string). JSON writes the text.
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<IssueId>))]
public readonly struct IssueId : IEquatable<IssueId>, IParsable<IssueId>, IComparable<IssueId>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = TextIdentifier.MaxLength;

    private readonly string? _value;

    private IssueId(string value) => _value = value;

    /// <summary>Whether this is the default value, which identifies no issue.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses an issue identifier.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid identifier.</exception>
    public static IssueId Parse(string text) => new IssueId(TextIdentifier.Parse(text, "an issue id"));

    /// <summary>Tries to parse an issue identifier.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="id">The identifier, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out IssueId id)
    {
        id = TextIdentifier.IsValid(text) ? new IssueId(text) : default;
        return id._value is not null;
    }

    /// <inheritdoc />
    static IssueId IParsable<IssueId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<IssueId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out IssueId result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(IssueId other) => TextIdentifier.Equals(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IssueId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => TextIdentifier.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(IssueId other) => TextIdentifier.Compare(_value, other._value);

    /// <summary>The identifier's text; an empty string for the default value.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Whether two identifiers are equal.</summary>
    public static bool operator ==(IssueId left, IssueId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    public static bool operator !=(IssueId left, IssueId right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    public static bool operator <(IssueId left, IssueId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    public static bool operator >(IssueId left, IssueId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(IssueId left, IssueId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(IssueId left, IssueId right) => left.CompareTo(right) >= 0;
}
