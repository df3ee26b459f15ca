using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cfc.Sdk.Orleans.Serialization;

/// <summary>
/// Sits first in the options of Orleans' JSON codec and hands every SDK type to the SDK's own JSON setup, so the
/// SDK's types are written the same whatever options the application gave the codec for its own types.
/// </summary>
internal sealed class CfcSdkJsonConverterFactory : JsonConverterFactory
{
    /// <summary>
    /// Returns a copy of <paramref name="options"/> with this factory first (the application's instance may be
    /// read-only or shared), or <paramref name="options"/> itself when it already has it.
    /// </summary>
    public static JsonSerializerOptions AddTo(JsonSerializerOptions options)
    {
        if (options.Converters.Any(c => c is CfcSdkJsonConverterFactory))
        {
            return options;
        }

        var withSdk = new JsonSerializerOptions(options);
        withSdk.Converters.Insert(0, new CfcSdkJsonConverterFactory());
        return withSdk;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// System.Text.Json refuses a converter in front of a type that asks for populated properties (the SDK's settings
    /// classes, such as MatchingOptions); those plain settings keep the codec's options.
    /// </remarks>
    public override bool CanConvert(Type typeToConvert) =>
        CfcSdkTypes.IsSdkType(typeToConvert) && !typeToConvert.IsDefined(typeof(JsonObjectCreationHandlingAttribute), inherit: false);

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<T>(ref reader, CfcSdkTypes.JsonOptions);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, CfcSdkTypes.JsonOptions);
    }
}
