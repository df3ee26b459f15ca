using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cfc.Sdk.Serialization;

/// <summary>
/// Enums by the name of exactly one defined member: numbers, numeric text and comma-separated lists are refused (a stored
/// <c>"Local, Regional"</c> would otherwise read as <c>National</c>), and an undefined value is not written. Names are read
/// ignoring case. <see cref="FlagsAttribute"/> enums keep <see cref="JsonStringEnumConverter"/>'s comma-separated names.
/// </summary>
internal sealed class EnumNameJsonConverterFactory : JsonConverterFactory
{
    private static readonly JsonStringEnumConverter s_flags = new(namingPolicy: null, allowIntegerValues: false);

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert.IsDefined(typeof(FlagsAttribute), inherit: false)
            ? s_flags.CreateConverter(typeToConvert, options)
            : (JsonConverter?)Activator.CreateInstance(typeof(NameConverter<>).MakeGenericType(typeToConvert));

    private sealed class NameConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<string, T> s_byName =
            Enum.GetNames<T>().ToDictionary(name => name, Enum.Parse<T>, StringComparer.OrdinalIgnoreCase);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && s_byName.TryGetValue(reader.GetString()!, out var value)
                ? value
                : throw new JsonException($"{Describe(ref reader)} is not a name of {typeof(T).Name}: expected one of {string.Join(", ", s_byName.Keys)}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(NameOf(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(NameOf(value));

        private static string NameOf(T value) =>
            Enum.IsDefined(value) ? value.ToString() : throw new JsonException($"'{value}' is not a defined {typeof(T).Name} and cannot be written.");

        private static string Describe(ref Utf8JsonReader reader) =>
            reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? $"'{reader.GetString()}'" : $"A JSON {reader.TokenType}";
    }
}
