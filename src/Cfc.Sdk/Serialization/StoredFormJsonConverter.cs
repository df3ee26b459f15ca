using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cfc.Sdk.Serialization;

/// <summary>
/// Writes a validated type as a plain stored form and reads it back through the type's own constructor or factories, so that
/// JSON never makes a value the type would refuse: a refusal becomes a <see cref="JsonException"/> with the type's message.
/// The SDK's own types use it; an application may use it for its own validated types in the same way.
/// </summary>
/// <remarks>
/// <para>
/// The stored form is typically a private nested class with <see langword="required"/> properties, so that the serializer
/// refuses a missing property before <see cref="FromStored"/> runs; messages about it name <typeparamref name="T"/>, not the
/// stored form. Its property names follow the naming policy of the options in use (for example camelCase with
/// <see cref="JsonSerializerDefaults.Web"/>).
/// </para>
/// <para>
/// Reading: JSON <c>null</c> is refused (for a reference type the serializer reads <c>null</c> itself and this converter is
/// not called); an <see cref="ArgumentException"/>, <see cref="FormatException"/> or <see cref="InvalidOperationException"/>
/// thrown by <see cref="FromStored"/> becomes a <see cref="JsonException"/>. Writing: an exception thrown by
/// <see cref="ToStored"/> (such as a <see cref="JsonException"/> for a value that must not be stored) is not wrapped.
/// </para>
/// </remarks>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TStored">Its stored form: a class holding what the type needs; a derived value only where reading checks it.</typeparam>
public abstract class StoredFormJsonConverter<T, TStored> : JsonConverter<T>
    where TStored : class
{
    /// <summary>Reads the stored form and makes the value from it through <see cref="FromStored"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <param name="options">The options in use.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The JSON is not the stored form, is <c>null</c>, or the type refuses the value.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        TStored? stored;
        try
        {
            stored = JsonSerializer.Deserialize<TStored>(ref reader, options);
        }
        catch (JsonException e)
        {
            // The stored form is a private detail: name the validated type instead.
            var message = e.Message.Replace($"'{typeof(TStored).FullName}'", typeof(T).Name, StringComparison.Ordinal);
            throw new JsonException($"The stored {typeof(T).Name} is not valid: {message}", e.Path, e.LineNumber, e.BytePositionInLine, e);
        }

        if (stored is null)
        {
            throw new JsonException($"A {typeof(T).Name} is written as a JSON object, not null.");
        }

        try
        {
            return FromStored(stored);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            throw new JsonException($"The stored {typeof(T).Name} is not valid: {e.Message}", e);
        }
    }

    /// <summary>Writes the stored form of <paramref name="value"/> that <see cref="ToStored"/> gives.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The options in use.</param>
    /// <exception cref="JsonException"><see cref="ToStored"/> refuses the value.</exception>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ToStored(value), options);

    /// <summary>The stored form of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its stored form.</returns>
    /// <exception cref="JsonException">The value must not be stored (for example a default value that could not be read back).</exception>
    protected abstract TStored ToStored(T value);

    /// <summary>Makes the value from its stored form, through the type's validation.</summary>
    /// <param name="stored">The stored form, with every required property present.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The stored form holds an invalid value (also <see cref="ArgumentNullException"/> and <see cref="ArgumentOutOfRangeException"/>).</exception>
    /// <exception cref="FormatException">A text in the stored form is not in its format.</exception>
    /// <exception cref="InvalidOperationException">The values together break a rule of the type.</exception>
    protected abstract T FromStored(TStored stored);
}
