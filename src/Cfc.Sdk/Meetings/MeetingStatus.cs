namespace Cfc.Sdk.Meetings;

/// <summary>Where a meeting (bijeenkomst) is in its life: planned, or cancelled with a reason.</summary>
/// <remarks>The default value 0 is not a status.</remarks>
public enum MeetingStatus
{
    /// <summary>Planned: it can still be corrected, rescheduled or cancelled.</summary>
    Planned = 1,

    /// <summary>Cancelled, with a reason: it stays readable but can no longer change.</summary>
    Cancelled = 2,
}
