using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cfc.Sdk.Matching.Serialization;

/// <summary>
/// Reads and writes a validated type through a plain record of its stored JSON shape, so that every value read
/// goes through the type's constructor and an invalid one is a <see cref="JsonException"/> that says why.
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
/// <typeparam name="TShape">Its JSON shape: a record whose required properties STJ checks before the constructor runs.</typeparam>
internal abstract class ShapeJsonConverter<T, TShape> : JsonConverter<T>
    where TShape : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = JsonSerializer.Deserialize<TShape>(ref reader, options)
            ?? throw new JsonException($"A {typeof(T).Name} is a JSON object, not null.");
        try
        {
            return FromShape(shape);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"Not a valid {typeof(T).Name}: {e.Message}", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ToShape(value), options);

    protected abstract T FromShape(TShape shape);

    protected abstract TShape ToShape(T value);
}
