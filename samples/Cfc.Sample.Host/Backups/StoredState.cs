namespace Cfc.Sample.Host.Backups;

/// <summary>
/// One grain state as a grain store keeps it: the state's name (<c>[PersistentState("meeting")]</c>), the grain's type
/// and key (grain <c>meeting/nl/1</c>: type <c>meeting</c>, key <c>nl/1</c>) and the stored JSON, the
/// <c>{"schemaVersion":n,"state":{...}}</c> envelope both stores write.
/// </summary>
/// <param name="StateName">The state's name.</param>
/// <param name="GrainType">The grain's type, such as <c>meeting</c>.</param>
/// <param name="GrainKey">The grain's key, such as <c>nl/1</c>.</param>
/// <param name="Payload">The stored JSON, unchanged.</param>
internal sealed record StoredState(string StateName, string GrainType, string GrainKey, string Payload)
{
    /// <summary>The grain's id as Orleans writes it, <c>{type}/{key}</c>: the stores' key with the state's name.</summary>
    public string GrainId => $"{GrainType}/{GrainKey}";

    /// <summary>Splits a grain id (<c>meeting/nl/1</c>) into its type and key at the first <c>/</c>.</summary>
    /// <param name="stateName">The state's name.</param>
    /// <param name="grainId">The grain's id.</param>
    /// <param name="payload">The stored JSON.</param>
    /// <returns>The state; <see langword="null"/> when the id has no type.</returns>
    public static StoredState? FromGrainId(string stateName, string grainId, string payload)
    {
        var separator = grainId.IndexOf('/', StringComparison.Ordinal);
        return separator > 0 ? new(stateName, grainId[..separator], grainId[(separator + 1)..], payload) : null;
    }
}
