using System.Text.Json;

namespace Cfc.Sdk.Programmes;

/// <summary>
/// How the programme types read their stored form: a plain data object first, then the type's own validating
/// constructor or factory, whose refusal becomes a <see cref="JsonException"/> with the same message.
/// </summary>
internal static class ProgrammeJson
{
    public static T ReadObject<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
        where T : class
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A {typeof(T).DeclaringType?.Name ?? typeof(T).Name} is written as a JSON object.");
        }

        return JsonSerializer.Deserialize<T>(ref reader, options)
            ?? throw new JsonException($"A {typeof(T).DeclaringType?.Name ?? typeof(T).Name} is written as a JSON object.");
    }

    public static T Create<T>(Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException(e.Message, e);
        }
    }
}
