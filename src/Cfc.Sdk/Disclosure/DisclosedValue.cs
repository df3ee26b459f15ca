using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cfc.Sdk.Disclosure;

/// <summary>A value as it may be shown in public: the (possibly rounded) number, or suppressed.</summary>
/// <remarks>
/// Two values are equal when both are suppressed or both show the same number. The default value is
/// suppressed. <see cref="ToString"/> writes <c>.</c> for a suppressed value, as CBS StatLine does, and the
/// number in invariant text otherwise; <see cref="Parse"/> reads both back. JSON writes the number as a JSON number (so
/// that a table's figures stay numbers for its readers), or the string <c>"."</c> when suppressed, and reads back exactly
/// those (a non-finite number is refused).
/// </remarks>
[JsonConverter(typeof(Converter))]
public readonly struct DisclosedValue : IEquatable<DisclosedValue>, IParsable<DisclosedValue>
{
    private const string SuppressedText = ".";
    private readonly double _value;
    private readonly bool _shown;

    private DisclosedValue(double value)
    {
        _value = value;
        _shown = true;
    }

    /// <summary>A suppressed value.</summary>
    public static DisclosedValue Suppressed => default;

    /// <summary>Whether the value is suppressed.</summary>
    public bool IsSuppressed => !_shown;

    /// <summary>The number to show, or <see langword="null"/> when suppressed.</summary>
    public double? Value => _shown ? _value : null;

    /// <summary>A value shown as <paramref name="value"/>.</summary>
    /// <param name="value">The number to show; finite.</param>
    /// <returns>The shown value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or an infinity.</exception>
    public static DisclosedValue Shown(double value) =>
        double.IsFinite(value)
            ? new(value)
            : throw new ArgumentException($"A shown value is a finite number, not {value.ToString(CultureInfo.InvariantCulture)}.", nameof(value));

    /// <summary>Reads the text <see cref="ToString"/> writes: <c>.</c> for a suppressed value, or a finite number in invariant text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is neither <c>.</c> nor a finite number.</exception>
    public static DisclosedValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a disclosed value: write a finite number in invariant text, or '.' when suppressed.");
    }

    /// <summary>Tries to read the text <see cref="ToString"/> writes.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value; suppressed when the text is not one.</param>
    /// <returns>Whether the text is <c>.</c> or a finite number in invariant text.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DisclosedValue value)
    {
        value = Suppressed;
        if (text == SuppressedText)
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            value = new(number);
            return true;
        }

        return false;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Not used: the text is culture-invariant.</param>
    static DisclosedValue IParsable<DisclosedValue>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out DisclosedValue)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Not used: the text is culture-invariant.</param>
    /// <param name="result">The value.</param>
    static bool IParsable<DisclosedValue>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DisclosedValue result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(DisclosedValue other) => _shown == other._shown && _value.Equals(other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DisclosedValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_shown, _value);

    /// <summary>The number in invariant text, or <c>.</c> when suppressed.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _shown ? _value.ToString("R", CultureInfo.InvariantCulture) : SuppressedText;

    /// <summary>Whether two values are equal.</summary>
    public static bool operator ==(DisclosedValue left, DisclosedValue right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    public static bool operator !=(DisclosedValue left, DisclosedValue right) => !left.Equals(right);

    private sealed class Converter : JsonConverter<DisclosedValue>
    {
        public override DisclosedValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetDouble(out var number) && double.IsFinite(number) => new DisclosedValue(number),
            JsonTokenType.String when reader.ValueTextEquals(SuppressedText) => Suppressed,
            _ => throw new JsonException("A disclosed value is a finite JSON number, or the string \".\" when suppressed."),
        };

        public override void Write(Utf8JsonWriter writer, DisclosedValue value, JsonSerializerOptions options)
        {
            if (value._shown)
            {
                writer.WriteNumberValue(value._value);
            }
            else
            {
                writer.WriteStringValue(SuppressedText);
            }
        }
    }
}
