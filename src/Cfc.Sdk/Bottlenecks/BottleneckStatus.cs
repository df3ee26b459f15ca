namespace Cfc.Sdk.Bottlenecks;

/// <summary>Whether a bottleneck (knelpunt) still blocks child-friendliness.</summary>
/// <remarks>The default value 0 is not a status.</remarks>
public enum BottleneckStatus
{
    /// <summary>Signalled and not resolved: it can be escalated and resolved.</summary>
    Open = 1,

    /// <summary>Resolved, with an outcome: its history is closed.</summary>
    Resolved = 2,
}
