using System.Text.Json;
using Cfc.Sdk.Orleans.Entities;

namespace Cfc.Sample.Host.Backups;

/// <summary>
/// Which stored states are one network's, in a store that several networks may share: those of the grains keyed
/// <c>{network}</c> (the register, the newsletter, the programme index) or <c>{network}/…</c> (meetings, practices,
/// lists…), and the municipalities whose state names the network. A municipality's grain is keyed by its member code
/// alone, which it keeps wherever it belongs, so its key cannot tell.
/// </summary>
internal static class NetworkStates
{
    /// <summary>The name of the municipality's state, the one state that names its network inside.</summary>
    public const string MunicipalityStateName = "municipality";

    /// <summary>Whether <paramref name="state"/> is one of <paramref name="network"/>'s.</summary>
    /// <param name="state">The stored state.</param>
    /// <param name="network">The network's id.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool Belongs(StoredState state, string network) =>
        state.StateName == MunicipalityStateName
            ? NetworkOf(state.Payload) == network
            : state.GrainKey == network || state.GrainKey.StartsWith(network + NetworkKey.Separator, StringComparison.Ordinal);

    // The envelope's state.network; null for a municipality not (yet) in a network, or a payload that is no envelope.
    private static string? NetworkOf(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("state", out var state)
                && state.ValueKind == JsonValueKind.Object
                && state.TryGetProperty("network", out var network)
                && network.ValueKind == JsonValueKind.String
                    ? network.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
