using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cfc.Sdk.Serialization;

/// <summary>
/// <see cref="TextJsonConverter{T}"/> for a type whose default value writes the empty string: reads the empty string
/// back as the default value, so the default round-trips. Types that hold such a value refuse the default themselves.
/// </summary>
/// <typeparam name="T">A value type whose default's <see cref="object.ToString"/> is the empty string.</typeparam>
internal sealed class TextOrEmptyJsonConverter<T> : JsonConverter<T>
    where T : struct, IParsable<T>
{
    private static readonly TextJsonConverter<T> s_text = new();

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(""u8) ? default : s_text.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => s_text.Write(writer, value, options);

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        s_text.ReadAsPropertyName(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        s_text.WriteAsPropertyName(writer, value, options);
}
