using System.Collections.Immutable;
using System.Globalization;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Recognition;

/// <summary>
/// How a national committee judges a recognition dossier, as data (as <see cref="ProgrammeRules"/> are for the
/// programme): how many goal areas need results, which groups a municipality's participation must reach, how soon
/// the children hear what became of their views, how large a gap between the cells of a disaggregated figure counts
/// as identified, and whether a recognition needs a ready dossier.
/// </summary>
/// <remarks>
/// <para>
/// The published CFCI criteria name the evidence but not these numbers; every default here is inferred and meant to
/// be set by the committee: results in <see cref="DefaultResultsGoalAreas"/> goal areas, at least
/// <see cref="DefaultMinimumGroupsReached"/> distinct groups reached (any groups, built-in or the committee's own),
/// feedback within <see cref="DefaultFeedbackWithin"/>, a gap identified from <see cref="DefaultGapThreshold"/>.
/// The presets (<see cref="Preset"/>) differ only in the committee's name.
/// </para>
/// <para>Immutable. Two rule sets are equal when all their values are equal (groups in order).</para>
/// </remarks>
public sealed class ReadinessRules : IEquatable<ReadinessRules>
{
    /// <summary>The default number of goal areas that need a target on track or achieved: 3 (inferred).</summary>
    public const int DefaultResultsGoalAreas = 3;

    /// <summary>The default least number of distinct groups reached: 2 (inferred).</summary>
    public const int DefaultMinimumGroupsReached = 2;

    /// <summary>The default relative gap between the cells of a breakdown from which it is identified: 0.2, the lowest cell 20 % below the highest (inferred).</summary>
    public const double DefaultGapThreshold = 0.2;

    /// <summary>Creates a rule set.</summary>
    /// <param name="nationalCommittee">The national committee the rules belong to, e.g. <c>UNICEF Nederland</c>.</param>
    /// <param name="resultsGoalAreas">How many goal areas need a target on track or achieved (1 to 5).</param>
    /// <param name="requiredGroups">Groups that must each be reached; <see langword="null"/> or empty for none.</param>
    /// <param name="minimumGroupsReached">The least number of distinct groups reached (0 to turn the count off).</param>
    /// <param name="feedbackWithin">How long after a participation the children must have heard what became of their views; <see langword="null"/> for <see cref="DefaultFeedbackWithin"/>.</param>
    /// <param name="gapThreshold">The relative gap (highest cell − lowest cell) / highest cell from which a breakdown's gap is identified, more than 0 and at most 1.</param>
    /// <param name="recognitionNeedsReadyDossier">Whether a transition to <see cref="ProgrammePhase.Recognised"/> needs a ready dossier or a recorded override.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nationalCommittee"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="nationalCommittee"/> is blank, or <paramref name="feedbackWithin"/> has a time component or a negative part.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of its range, or a required group is the default value.</exception>
    public ReadinessRules(
        string nationalCommittee,
        int resultsGoalAreas = DefaultResultsGoalAreas,
        IEnumerable<ReachedGroup>? requiredGroups = null,
        int minimumGroupsReached = DefaultMinimumGroupsReached,
        Period? feedbackWithin = null,
        double gapThreshold = DefaultGapThreshold,
        bool recognitionNeedsReadyDossier = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nationalCommittee);
        if (resultsGoalAreas is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(resultsGoalAreas), resultsGoalAreas, "Results are needed in 1 to 5 goal areas (the CFCI framework has five).");
        }

        if (minimumGroupsReached < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumGroupsReached), minimumGroupsReached, "The least number of groups reached is not negative.");
        }

        if (!double.IsFinite(gapThreshold) || gapThreshold <= 0 || gapThreshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(gapThreshold), gapThreshold, "The gap threshold is a fraction of the highest cell: more than 0 and at most 1.");
        }

        feedbackWithin ??= DefaultFeedbackWithin;
        var text = PeriodPattern.Roundtrip.Format(feedbackWithin);
        if (feedbackWithin.HasTimeComponent || feedbackWithin.Years < 0 || feedbackWithin.Months < 0 || feedbackWithin.Weeks < 0 || feedbackWithin.Days < 0)
        {
            throw new ArgumentException($"The feedback period {text} has a time component or a negative part; use years, months, weeks and days.", nameof(feedbackWithin));
        }

        var groups = ImmutableArray.CreateBuilder<ReachedGroup>();
        foreach (var group in requiredGroups ?? [])
        {
            if (group == default)
            {
                throw new ArgumentOutOfRangeException(nameof(requiredGroups), "A required group is not the default value.");
            }

            if (!groups.Contains(group))
            {
                groups.Add(group);
            }
        }

        NationalCommittee = nationalCommittee.Trim();
        ResultsGoalAreas = resultsGoalAreas;
        RequiredGroups = groups.ToImmutable();
        MinimumGroupsReached = minimumGroupsReached;
        FeedbackWithin = feedbackWithin;
        GapThreshold = gapThreshold;
        RecognitionNeedsReadyDossier = recognitionNeedsReadyDossier;
    }

    /// <summary>The default time within which the children hear what became of their views: three months (inferred).</summary>
    public static Period DefaultFeedbackWithin { get; } = Period.FromMonths(3);

    /// <summary>The names <see cref="Preset"/> knows, as for the programme rules: <c>Netherlands</c>, <c>UnitedKingdom</c>, <c>Germany</c>, <c>Spain</c>.</summary>
    public static ImmutableArray<string> PresetNames { get; } = ["Netherlands", "UnitedKingdom", "Germany", "Spain"];

    /// <summary>UNICEF Nederland, the default, with the inferred defaults (see the remarks).</summary>
    public static ReadinessRules Netherlands { get; } = new("UNICEF Nederland");

    /// <summary>The default rules: <see cref="Netherlands"/>.</summary>
    public static ReadinessRules Default => Netherlands;

    /// <summary>The national committee the rules belong to.</summary>
    public string NationalCommittee { get; }

    /// <summary>How many goal areas need a target on track or achieved.</summary>
    public int ResultsGoalAreas { get; }

    /// <summary>Groups that must each be reached, each once.</summary>
    public ImmutableArray<ReachedGroup> RequiredGroups { get; }

    /// <summary>The least number of distinct groups reached; 0 when only <see cref="RequiredGroups"/> count.</summary>
    public int MinimumGroupsReached { get; }

    /// <summary>How long after a participation the children must have heard what became of their views.</summary>
    public Period FeedbackWithin { get; }

    /// <summary>The relative gap (highest cell − lowest cell) / highest cell from which a breakdown's gap is identified.</summary>
    public double GapThreshold { get; }

    /// <summary>Whether a transition to <see cref="ProgrammePhase.Recognised"/> needs a ready dossier or a recorded override.</summary>
    public bool RecognitionNeedsReadyDossier { get; }

    /// <summary>The preset called <paramref name="name"/> (one of <see cref="PresetNames"/>, ignoring case).</summary>
    /// <param name="name">The preset's name.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is no preset.</exception>
    public static ReadinessRules Preset(string name) =>
        FindPreset(name) ?? throw new ArgumentException($"'{name}' is not a preset of readiness rules; use one of {string.Join(", ", PresetNames)}.", nameof(name));

    /// <summary>The preset called <paramref name="name"/>, or <see langword="null"/>.</summary>
    internal static ReadinessRules? FindPreset(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return PresetNames.FirstOrDefault(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase)) switch
        {
            "Netherlands" => Netherlands,
            "UnitedKingdom" => new("UNICEF UK"),
            "Germany" => new("Kinderfreundliche Kommunen"),
            "Spain" => new("UNICEF Comité Español"),
            _ => null,
        };
    }

    /// <summary>Whether a participation held on <paramref name="heldOn"/> should have had its feedback by <paramref name="day"/>.</summary>
    internal bool FeedbackDue(LocalDate heldOn, LocalDate day) => heldOn.Plus(FeedbackWithin) < day;

    /// <inheritdoc />
    public bool Equals(ReadinessRules? other) =>
        other is not null
        && string.Equals(NationalCommittee, other.NationalCommittee, StringComparison.Ordinal)
        && ResultsGoalAreas == other.ResultsGoalAreas
        && RequiredGroups.SequenceEqual(other.RequiredGroups)
        && MinimumGroupsReached == other.MinimumGroupsReached
        && FeedbackWithin.Equals(other.FeedbackWithin)
        && GapThreshold.Equals(other.GapThreshold)
        && RecognitionNeedsReadyDossier == other.RecognitionNeedsReadyDossier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReadinessRules);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(NationalCommittee), ResultsGoalAreas, RequiredGroups.Length, MinimumGroupsReached, FeedbackWithin, GapThreshold, RecognitionNeedsReadyDossier);

    /// <summary>The rules as invariant text, e.g. <c>UNICEF Nederland: results in 3 goal areas, at least 2 groups, feedback within P3M, gaps from 0.2, recognition needs a ready dossier</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{NationalCommittee}: results in {ResultsGoalAreas} goal areas, at least {MinimumGroupsReached} groups")
        + (RequiredGroups.IsEmpty ? string.Empty : $" including {string.Join(", ", RequiredGroups)}")
        + string.Create(CultureInfo.InvariantCulture, $", feedback within {PeriodPattern.Roundtrip.Format(FeedbackWithin)}, gaps from {GapThreshold:R}, ")
        + (RecognitionNeedsReadyDossier ? "recognition needs a ready dossier" : "recognition does not need a ready dossier");

    /// <summary>Whether two rule sets are equal.</summary>
    public static bool operator ==(ReadinessRules? left, ReadinessRules? right) => Equals(left, right);

    /// <summary>Whether two rule sets differ.</summary>
    public static bool operator !=(ReadinessRules? left, ReadinessRules? right) => !Equals(left, right);
}
