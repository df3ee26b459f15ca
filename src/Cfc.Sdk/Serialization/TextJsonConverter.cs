using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cfc.Sdk.Serialization;

/// <summary>
/// Writes a value as its invariant text and reads it back through <see cref="IParsable{TSelf}"/>, so that
/// JSON accepts exactly what <c>Parse</c> accepts and reports the same message when it does not.
/// </summary>
/// <remarks>
/// The SDK's text-valued types (identifiers, codes, periods, deadlines, the thesaurus) use it through
/// <see cref="JsonConverterAttribute"/>, also as dictionary keys; an application's own identifier types can do the same.
/// Values that are numbers in JSON are not text: a CRC article is written as its number, a disclosed value as its number
/// or <c>"."</c>. A value type whose default value formats as the empty string reads the empty
/// string back as its default value, so that the default round-trips like any other value; the domain types that hold
/// such a value still refuse the default.
/// </remarks>
/// <typeparam name="T">A type whose <see cref="object.ToString"/> round-trips through its <c>Parse</c>.</typeparam>
public sealed class TextJsonConverter<T> : JsonConverter<T>
    where T : IParsable<T>
{
    private static readonly bool s_defaultIsEmpty = typeof(T).IsValueType && default(T)!.ToString()?.Length == 0;

    /// <summary>Reads a JSON string through <see cref="IParsable{TSelf}.Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The value is not a string, or not valid text for <typeparamref name="T"/>; the message says why.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonException($"A {typeof(T).Name} is written as a JSON string.");
        }

        var text = reader.GetString()!;
        if (text.Length == 0 && s_defaultIsEmpty)
        {
            return default!;
        }

        try
        {
            return T.Parse(text, provider: null);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <summary>Writes the value's <see cref="object.ToString"/> as a JSON string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer options.</param>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    /// <summary>Reads a dictionary key through <see cref="IParsable{TSelf}.Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="reader">The reader, on the property name.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>The key.</returns>
    /// <exception cref="JsonException">The name is not valid text for <typeparamref name="T"/>; the message says why.</exception>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <summary>Writes the value's <see cref="object.ToString"/> as a dictionary key.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The key.</param>
    /// <param name="options">The serializer options.</param>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString()!);
}
