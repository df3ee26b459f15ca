using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cfc.Sdk.Serialization;

/// <summary>
/// Writes a value type as its invariant text and reads it back through <see cref="IParsable{TSelf}"/>, so that
/// JSON accepts exactly what <c>Parse</c> accepts and reports the same message when it does not.
/// </summary>
/// <typeparam name="T">A type whose <see cref="object.ToString"/> round-trips through its <c>Parse</c>.</typeparam>
internal sealed class TextJsonConverter<T> : JsonConverter<T>
    where T : IParsable<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeof(T).Name} is written as a JSON string.");
        }

        try
        {
            return T.Parse(reader.GetString()!, provider: null);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
