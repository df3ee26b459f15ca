namespace Cfc.Sdk.Bottlenecks;

/// <summary>The agenda a bottleneck (knelpunt) is on, from local to national.</summary>
/// <remarks>Levels order by value. The default value 0 is not a level.</remarks>
public enum EscalationLevel
{
    /// <summary>The member's own (municipal) agenda: where every bottleneck starts.</summary>
    Local = 1,

    /// <summary>A regional agenda, such as a youth-care region or the province.</summary>
    Regional = 2,

    /// <summary>The national agenda.</summary>
    National = 3,
}
