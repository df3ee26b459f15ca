using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cfc.Sdk.Serialization;

/// <summary>
/// <see cref="StoredFormJsonConverter{T, TStored}"/> for a value type (which that class cannot take): writes the
/// stored form and reads it back through the type's own constructor, with the same wording for a refusal.
/// </summary>
/// <typeparam name="T">The domain value type.</typeparam>
/// <typeparam name="TStored">Its stored form: a record of what the type needs, nothing derived.</typeparam>
internal abstract class StoredFormStructJsonConverter<T, TStored> : JsonConverter<T>
    where T : struct
    where TStored : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        TStored? stored;
        try
        {
            stored = JsonSerializer.Deserialize<TStored>(ref reader, options);
        }
        catch (JsonException e)
        {
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

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ToStored(value), options);

    protected abstract TStored ToStored(T value);

    protected abstract T FromStored(TStored stored);
}
