namespace Cfc.Sdk.Recognition;

/// <summary>What a <see cref="ReadinessFinding"/> says: a piece of evidence found, or something still missing.</summary>
/// <remarks>The default value 0 is not a kind.</remarks>
public enum ReadinessFindingKind
{
    /// <summary>Evidence: a target is achieved (<see cref="ReadinessFinding.Subject"/> the indicator, <see cref="ReadinessFinding.Detail"/> its goal area).</summary>
    TargetAchieved = 1,

    /// <summary>Evidence: a target is on track (<see cref="ReadinessFinding.Subject"/> the indicator, <see cref="ReadinessFinding.Detail"/> its goal area).</summary>
    TargetOnTrack = 2,

    /// <summary>Missing: targets on track or achieved in <see cref="ReadinessFinding.Count"/> more goal areas.</summary>
    MoreGoalAreas = 3,

    /// <summary>Evidence: <see cref="ReadinessFinding.Count"/> participation records fed the phase <see cref="ReadinessFinding.Subject"/>.</summary>
    PhaseWithParticipation = 4,

    /// <summary>Missing: participation records in the phase <see cref="ReadinessFinding.Subject"/>.</summary>
    PhaseWithoutParticipation = 5,

    /// <summary>Evidence: a standing body (<see cref="ReadinessFinding.Subject"/>: <c>Council</c> or <c>Panel</c>) met <see cref="ReadinessFinding.Count"/> times.</summary>
    StandingBody = 6,

    /// <summary>Missing: a standing body (a children's council or youth panel).</summary>
    NoStandingBody = 7,

    /// <summary>Evidence: the group <see cref="ReadinessFinding.Subject"/> was reached.</summary>
    GroupReached = 8,

    /// <summary>Missing: the group <see cref="ReadinessFinding.Subject"/>, which the rules require, was not reached.</summary>
    GroupNotReached = 9,

    /// <summary>Missing: <see cref="ReadinessFinding.Count"/> more groups reached.</summary>
    MoreGroups = 10,

    /// <summary>Evidence: the children heard what became of their views for <see cref="ReadinessFinding.Count"/> records.</summary>
    FeedbackGiven = 11,

    /// <summary>Missing: feedback for <see cref="ReadinessFinding.Count"/> records held longer ago than <see cref="ReadinessFinding.Detail"/> (an ISO period).</summary>
    FeedbackMissing = 12,

    /// <summary>Evidence: disaggregated figures of <see cref="ReadinessFinding.Count"/> indicators, none with a gap above the threshold.</summary>
    NoGapIdentified = 13,

    /// <summary>Evidence: the gap identified in <see cref="ReadinessFinding.Subject"/> (<see cref="ReadinessFinding.Detail"/>) is addressed by an action point.</summary>
    GapAddressed = 14,

    /// <summary>Missing: an action point addressing the gap identified in <see cref="ReadinessFinding.Subject"/> (<see cref="ReadinessFinding.Detail"/>).</summary>
    GapNotAddressed = 15,

    /// <summary>Missing: disaggregated figures, without which no gap can be identified.</summary>
    NoDisaggregatedFigures = 16,
}
