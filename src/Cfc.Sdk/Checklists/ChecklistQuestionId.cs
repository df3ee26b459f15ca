using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cfc.Sdk.Identifiers;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Checklists;

/// <summary>
/// The stable identifier of a question of a <see cref="Checklist"/>, which answers refer to across versions of the
/// questionnaire: 1 to 64 characters of ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, starting with a letter or
/// digit, e.g. <c>voice-02</c>.
/// </summary>
/// <remarks>
/// Two identifiers are equal when their text is equal (ordinal, case-sensitive). The default value is
/// not a valid identifier (<see cref="ToString"/> returns an empty string). JSON writes the text; the empty string reads back as
/// the default value, which the types that hold an identifier refuse.
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<ChecklistQuestionId>))]
public readonly struct ChecklistQuestionId : IEquatable<ChecklistQuestionId>, IParsable<ChecklistQuestionId>, IComparable<ChecklistQuestionId>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = TextIdentifier.MaxLength;

    private readonly string? _value;

    private ChecklistQuestionId(string value) => _value = value;

    /// <summary>Parses a question identifier.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid identifier.</exception>
    public static ChecklistQuestionId Parse(string text) => new ChecklistQuestionId(TextIdentifier.Parse(text, "a checklist question id"));

    /// <summary>Tries to parse a question identifier.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="id">The identifier, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ChecklistQuestionId id)
    {
        id = TextIdentifier.IsValid(text) ? new ChecklistQuestionId(text) : default;
        return id._value is not null;
    }

    /// <inheritdoc />
    static ChecklistQuestionId IParsable<ChecklistQuestionId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<ChecklistQuestionId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ChecklistQuestionId result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(ChecklistQuestionId other) => TextIdentifier.Equals(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ChecklistQuestionId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => TextIdentifier.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(ChecklistQuestionId other) => TextIdentifier.Compare(_value, other._value);

    /// <summary>The identifier's text; an empty string for the default value.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Whether two identifiers are equal.</summary>
    public static bool operator ==(ChecklistQuestionId left, ChecklistQuestionId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    public static bool operator !=(ChecklistQuestionId left, ChecklistQuestionId right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    public static bool operator <(ChecklistQuestionId left, ChecklistQuestionId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    public static bool operator >(ChecklistQuestionId left, ChecklistQuestionId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(ChecklistQuestionId left, ChecklistQuestionId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(ChecklistQuestionId left, ChecklistQuestionId right) => left.CompareTo(right) >= 0;
}
