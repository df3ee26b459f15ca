using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cfc.Sdk.Identifiers;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Network;

/// <summary>
/// The network's identifier of an organisation (an implementing organisation, knowledge centre or
/// network partner): 1 to 64 characters of ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c>,
/// starting with a letter or digit, e.g. <c>o01</c> or <c>kenniscentrum-jeugd</c>.
/// </summary>
/// <remarks>
/// Two identifiers are equal when their text is equal (ordinal, case-sensitive). The default value is
/// not a valid identifier (<see cref="ToString"/> returns an empty string). JSON writes the text; the empty string reads back as
/// the default value, which the types that hold an identifier refuse.
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<OrganisationId>))]
public readonly struct OrganisationId : IEquatable<OrganisationId>, IParsable<OrganisationId>, IComparable<OrganisationId>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = TextIdentifier.MaxLength;

    private readonly string? _value;

    private OrganisationId(string value) => _value = value;

    /// <summary>Parses an organisation identifier.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid identifier.</exception>
    public static OrganisationId Parse(string text) => new OrganisationId(TextIdentifier.Parse(text, "an organisation id"));

    /// <summary>Tries to parse an organisation identifier.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="id">The identifier, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out OrganisationId id)
    {
        id = TextIdentifier.IsValid(text) ? new OrganisationId(text) : default;
        return id._value is not null;
    }

    /// <inheritdoc />
    static OrganisationId IParsable<OrganisationId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<OrganisationId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OrganisationId result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(OrganisationId other) => TextIdentifier.Equals(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrganisationId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => TextIdentifier.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(OrganisationId other) => TextIdentifier.Compare(_value, other._value);

    /// <summary>The identifier's text; an empty string for the default value.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Whether two identifiers are equal.</summary>
    public static bool operator ==(OrganisationId left, OrganisationId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    public static bool operator !=(OrganisationId left, OrganisationId right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    public static bool operator <(OrganisationId left, OrganisationId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    public static bool operator >(OrganisationId left, OrganisationId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(OrganisationId left, OrganisationId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(OrganisationId left, OrganisationId right) => left.CompareTo(right) >= 0;
}
