using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Storage;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Backups;

/// <summary>
/// The export file of one network (<c>cfc-network-export</c>, version 1): JSON lines in UTF-8, one object a line. The
/// first line is the header, <c>{"format":"cfc-network-export","version":1,"network":"nl","exported":"2026-12-06T02:30:00Z","states":57}</c>
/// (<c>states</c>: how many lines follow); then one line per stored grain state,
/// <c>{"stateName":"meeting","grainType":"meeting","grainKey":"nl/1","stored":{"schemaVersion":2,"state":{...}}}</c>,
/// <c>stored</c> being the JSON the store holds, byte for byte. The same file comes from and goes into either store.
/// </summary>
internal static class NetworkExportFile
{
    /// <summary>The header's <c>format</c>.</summary>
    public const string Format = "cfc-network-export";

    /// <summary>The header's <c>version</c>: the version this host writes and the only one it reads.</summary>
    public const int Version = 1;

    private static readonly JsonWriterOptions s_writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the export of <paramref name="network"/> to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="exported">When the states were read.</param>
    /// <param name="states">The network's states.</param>
    /// <returns>A task that completes when all is written.</returns>
    public static async Task WriteAsync(Stream stream, string network, Instant exported, IReadOnlyList<StoredState> states)
    {
        await WriteLineAsync(stream, writer =>
        {
            writer.WriteString("format", Format);
            writer.WriteNumber("version", Version);
            writer.WriteString("network", network);
            writer.WriteString("exported", InstantPattern.ExtendedIso.Format(exported));
            writer.WriteNumber("states", states.Count);
        });
        foreach (var state in states)
        {
            await WriteLineAsync(stream, writer =>
            {
                writer.WriteString("stateName", state.StateName);
                writer.WriteString("grainType", state.GrainType);
                writer.WriteString("grainKey", state.GrainKey);
                writer.WritePropertyName("stored");
                // The store's JSON as it is: compact, so it stays on its line.
                writer.WriteRawValue(state.Payload);
            });
        }
    }

    /// <summary>
    /// Reads and checks a whole export file: its header, and every line a state of the header's network in an
    /// envelope of a schema version this host reads, each state once, as many as the header says.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The network's id and its states.</returns>
    /// <exception cref="InvalidOperationException">A line is not as it should be; the message names its number.</exception>
    public static async Task<(string Network, IReadOnlyList<StoredState> States)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        var number = 0;
        string? network = null;
        var expected = 0;
        var states = new List<StoredState>();
        var seen = new HashSet<(string, string)>();
        while (await ReadLineAsync(reader, number + 1, cancellationToken) is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                throw Bad(number, "it is empty");
            }

            using var document = Parse(line, number);
            var root = document.RootElement;
            if (network is null)
            {
                (network, expected) = Header(root, number);
                continue;
            }

            var state = State(root, number);
            if (!NetworkStates.Belongs(state, network))
            {
                throw Bad(number, $"state '{state.StateName}' of grain '{state.GrainId}' is not one of network '{network}' (the header's)");
            }

            if (!seen.Add((state.StateName, state.GrainId)))
            {
                throw Bad(number, $"state '{state.StateName}' of grain '{state.GrainId}' is there already, on an earlier line");
            }

            states.Add(state);
        }

        if (network is null)
        {
            throw new InvalidOperationException("line 1: the file is empty; it has no header.");
        }

        if (states.Count != expected)
        {
            throw Bad(number + 1, string.Create(CultureInfo.InvariantCulture,
                $"the file ends after {states.Count} states, but its header announces {expected}: it is incomplete or was changed"));
        }

        return (network, states);
    }

    private static async Task WriteLineAsync(Stream stream, Action<Utf8JsonWriter> properties)
    {
        await using (var writer = new Utf8JsonWriter(stream, s_writer))
        {
            writer.WriteStartObject();
            properties(writer);
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static async Task<string?> ReadLineAsync(StreamReader reader, int number, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadLineAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            throw Bad(number, "it is not UTF-8 text");
        }
    }

    private static JsonDocument Parse(string line, int number)
    {
        try
        {
            var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw Bad(number, "it is not a JSON object");
            }

            return document;
        }
        catch (JsonException e)
        {
            throw Bad(number, $"it is not JSON ({e.Message})");
        }
    }

    private static (string Network, int States) Header(JsonElement header, int number)
    {
        if (Text(header, "format") != Format)
        {
            throw Bad(number, $"it is not the header of a {Format} file: its \"format\" must be \"{Format}\"");
        }

        if (!header.TryGetProperty("version", out var version) || !version.TryGetInt32(out var v) || v != Version)
        {
            throw Bad(number, string.Create(CultureInfo.InvariantCulture,
                $"\"version\" must be {Version}, the version this host reads (it is {(header.TryGetProperty("version", out var given) ? given.GetRawText() : "missing")})"));
        }

        var network = Text(header, "network");
        if (string.IsNullOrWhiteSpace(network) || network.Contains(NetworkKey.Separator, StringComparison.Ordinal))
        {
            throw Bad(number, $"\"network\" must be a network id, without '{NetworkKey.Separator}'");
        }

        if (Text(header, "exported") is not { } exported || !InstantPattern.ExtendedIso.Parse(exported).Success)
        {
            throw Bad(number, "\"exported\" must be an instant in ISO 8601 UTC, such as 2026-12-06T02:30:00Z");
        }

        if (!header.TryGetProperty("states", out var count) || !count.TryGetInt32(out var states) || states < 0)
        {
            throw Bad(number, "\"states\" must be the number of states that follow, 0 or more");
        }

        return (network, states);
    }

    private static StoredState State(JsonElement line, int number)
    {
        var stateName = Text(line, "stateName");
        var grainType = Text(line, "grainType");
        var grainKey = Text(line, "grainKey");
        if (string.IsNullOrEmpty(stateName) || stateName.Contains('/', StringComparison.Ordinal))
        {
            throw Bad(number, "\"stateName\" must be a state's name, without '/'");
        }

        if (string.IsNullOrEmpty(grainType) || grainType.Contains('/', StringComparison.Ordinal))
        {
            throw Bad(number, "\"grainType\" must be a grain's type, without '/'");
        }

        if (string.IsNullOrEmpty(grainKey))
        {
            throw Bad(number, "\"grainKey\" must be a grain's key");
        }

        if (!line.TryGetProperty("stored", out var stored)
            || stored.ValueKind != JsonValueKind.Object
            || !stored.TryGetProperty("schemaVersion", out var version)
            || !version.TryGetInt32(out var schemaVersion)
            || !stored.TryGetProperty("state", out var state)
            || state.ValueKind != JsonValueKind.Object)
        {
            throw Bad(number, "\"stored\" must be a stored state, {\"schemaVersion\":n,\"state\":{...}}");
        }

        if (schemaVersion is < 1 or > SqliteGrainStorage.CurrentSchemaVersion)
        {
            throw Bad(number, string.Create(CultureInfo.InvariantCulture,
                $"\"stored\" has schema version {schemaVersion}; this host reads versions 1 to {SqliteGrainStorage.CurrentSchemaVersion}"));
        }

        return new StoredState(stateName, grainType, grainKey, stored.GetRawText());
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static InvalidOperationException Bad(int number, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"line {number}: {problem}."));
}
