using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cfc.Sdk.Disclosure;

/// <summary>A value as it may be shown in public: the (possibly rounded) number, or suppressed.</summary>
/// <remarks>
/// Two values are equal when both are suppressed or both show the same number. The default value is
/// suppressed. <see cref="ToString"/> writes <c>.</c> for a suppressed value, as CBS StatLine does, and the
/// number in invariant text otherwise. JSON writes the number, or the string <c>"."</c> when suppressed, and
/// reads back exactly those (a non-finite number is refused).
/// </remarks>
[JsonConverter(typeof(DisclosedValueJsonConverter))]
public readonly struct DisclosedValue : IEquatable<DisclosedValue>
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

    private sealed class DisclosedValueJsonConverter : JsonConverter<DisclosedValue>
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
