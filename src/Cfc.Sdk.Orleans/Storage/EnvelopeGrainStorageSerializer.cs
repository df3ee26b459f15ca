using System.Text.Json;
using Orleans.Storage;

namespace Cfc.Sdk.Orleans.Storage;

/// <summary>
/// A grain storage serializer (for Orleans' Redis storage) that writes each state in the <see cref="StateEnvelope"/>,
/// as readable JSON of the SDK's setup, the same as <see cref="SqliteGrainStorage"/> stores it.
/// </summary>
internal sealed class EnvelopeGrainStorageSerializer(JsonSerializerOptions json) : IGrainStorageSerializer
{
    /// <inheritdoc/>
    public BinaryData Serialize<T>(T? input) => new(StateEnvelope.Write(input, json));

    /// <inheritdoc/>
    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return StateEnvelope.Read<T>(input.ToMemory(), json, "A stored grain state")!;
    }
}
