namespace Cfc.Sdk.ActionPlans;

/// <summary>Where an <see cref="ActionPoint"/> of a member's action plan stands.</summary>
/// <remarks>The default value 0 is not a status. <see cref="Done"/> and <see cref="Dropped"/> close a point; only <see cref="ActionPoint.Reopen"/> opens it again.</remarks>
public enum ActionPointStatus
{
    /// <summary>Planned, not started: every point starts here.</summary>
    Planned = 1,

    /// <summary>Being carried out.</summary>
    InProgress = 2,

    /// <summary>Carried out: the point is closed.</summary>
    Done = 3,

    /// <summary>Given up, and not carried out: the point is closed.</summary>
    Dropped = 4,
}
