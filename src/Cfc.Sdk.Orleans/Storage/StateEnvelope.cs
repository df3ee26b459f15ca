using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Orleans.Storage;

/// <summary>
/// The stored form of every grain state, in SQLite and in Redis alike: <c>{"schemaVersion":1,"state":{...}}</c>. The
/// version says which release's shapes the state has, so that a later release can read older states and a state
/// written by a newer release is refused with a clear error rather than misread.
/// </summary>
internal static class StateEnvelope
{
    /// <summary>
    /// The schema version this release writes, and the newest it reads. Version 2 keeps a network in a register grain,
    /// a grain per member and a newsletter grain; the network state of version 1 (one state holding all of it) reads
    /// as it was written and is converted by the network grain when it activates. Every other state of version 1 reads
    /// unchanged as version 2.
    /// </summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>
    /// The default JSON setup of stored state: camelCase property names, unescaped non-ASCII text (stored in a database,
    /// never embedded in HTML, so Dutch text stays readable: "één") and the SDK's own setup (NodaTime as ISO text, enums by name).
    /// </summary>
    public static JsonSerializerOptions CreateDefaultJsonSerializerOptions() =>
        new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }.ConfigureForCfcSdk();

    /// <summary>Writes <paramref name="state"/> in the envelope as UTF-8 JSON.</summary>
    public static ReadOnlyMemory<byte> Write<T>(T? state, JsonSerializerOptions json)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = json.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", CurrentSchemaVersion);
            writer.WritePropertyName("state");
            JsonSerializer.Serialize(writer, state, json);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    /// <summary>Reads a state from its envelope.</summary>
    /// <param name="payload">The stored UTF-8 JSON.</param>
    /// <param name="json">The JSON setup the state was written with.</param>
    /// <param name="what">What is read, for error messages, such as <c>The stored state 'x' of grain 'y' in 'file'</c>.</param>
    /// <exception cref="JsonException">The payload is not an envelope, or its state does not read as <typeparamref name="T"/>.</exception>
    /// <exception cref="NotSupportedException">The state was written with a newer schema version.</exception>
    public static T? Read<T>(ReadOnlyMemory<byte> payload, JsonSerializerOptions json, string what)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("schemaVersion", out var version)
            || !version.TryGetInt32(out var schemaVersion)
            || !root.TryGetProperty("state", out var state))
        {
            throw new JsonException($"{what} is not a {{\"schemaVersion\":n,\"state\":...}} envelope.");
        }

        if (schemaVersion > CurrentSchemaVersion || schemaVersion < 1)
        {
            throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture,
                $"{what} has schema version {schemaVersion}; this version of Cfc.Sdk.Orleans reads versions 1 to {CurrentSchemaVersion}. Was it written by a newer release?"));
        }

        try
        {
            return state.Deserialize<T>(json);
        }
        catch (JsonException e)
        {
            throw new JsonException($"{what} does not read as {typeof(T)}: {e.Message}", e);
        }
    }
}
