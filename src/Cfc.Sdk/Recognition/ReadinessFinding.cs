using System.Globalization;

namespace Cfc.Sdk.Recognition;

/// <summary>
/// One piece of a criterion's evidence, or one thing it still misses: a <see cref="Kind"/> with the values it speaks
/// of, so that a page can say it in its own language; <see cref="ToString"/> says it in English.
/// </summary>
/// <remarks>Immutable. Two findings are equal when kind and values are equal.</remarks>
public sealed record ReadinessFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="kind">What the finding says.</param>
    /// <param name="subject">What it is about: an indicator, a phase, a group, a kind of participation; <see langword="null"/> when the kind has none.</param>
    /// <param name="detail">A second value: a goal area, a gap, a period; <see langword="null"/> when the kind has none.</param>
    /// <param name="count">A number: records, goal areas, groups; <see langword="null"/> when the kind has none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="count"/> is negative.</exception>
    public ReadinessFinding(ReadinessFindingKind kind, string? subject = null, string? detail = null, int? count = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"'{kind}' is not a kind of readiness finding.");
        }

        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A finding's count is not negative.");
        }

        Kind = kind;
        Subject = subject;
        Detail = detail;
        Count = count;
    }

    /// <summary>What the finding says.</summary>
    public ReadinessFindingKind Kind { get; }

    /// <summary>What it is about (an indicator's id, a phase, a group, a kind of participation); <see langword="null"/> when the kind has none.</summary>
    public string? Subject { get; }

    /// <summary>A second value (a goal area, a gap, an ISO period); <see langword="null"/> when the kind has none.</summary>
    public string? Detail { get; }

    /// <summary>A number (records, goal areas, groups); <see langword="null"/> when the kind has none.</summary>
    public int? Count { get; }

    /// <summary>The finding as an English sentence, e.g. <c>The target of GM-LOW-INCOME (EssentialServices) is achieved.</c></summary>
    /// <returns>The sentence.</returns>
    public override string ToString()
    {
        var count = Count?.ToString(CultureInfo.InvariantCulture) ?? "0";
        return Kind switch
        {
            ReadinessFindingKind.TargetAchieved => $"The target of {Subject} ({Detail}) is achieved.",
            ReadinessFindingKind.TargetOnTrack => $"The target of {Subject} ({Detail}) is on track.",
            ReadinessFindingKind.MoreGoalAreas => $"Targets on track or achieved in {count} more goal area(s).",
            ReadinessFindingKind.PhaseWithParticipation => $"{count} participation record(s) in the phase {Subject}.",
            ReadinessFindingKind.PhaseWithoutParticipation => $"Participation records in the phase {Subject}.",
            ReadinessFindingKind.StandingBody => $"A standing body ({Subject}) met {count} time(s).",
            ReadinessFindingKind.NoStandingBody => "A standing body: a children's council or a youth panel.",
            ReadinessFindingKind.GroupReached => $"The group {Subject} was reached.",
            ReadinessFindingKind.GroupNotReached => $"Reaching the group {Subject}, which the rules require.",
            ReadinessFindingKind.MoreGroups => $"Reaching {count} more group(s).",
            ReadinessFindingKind.FeedbackGiven => $"The children heard what became of their views for {count} record(s).",
            ReadinessFindingKind.FeedbackMissing => $"Feedback to the children for {count} record(s) held more than {Detail} ago.",
            ReadinessFindingKind.NoGapIdentified => $"Disaggregated figures for {count} indicator(s), no gap above the threshold.",
            ReadinessFindingKind.GapAddressed => $"The gap in {Subject} ({Detail}) is addressed by an action point.",
            ReadinessFindingKind.GapNotAddressed => $"An action point addressing the gap in {Subject} ({Detail}).",
            _ => "Disaggregated figures.",
        };
    }
}
