using System.Collections.Immutable;
using System.Globalization;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Targets;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Recognition;

/// <summary>
/// How ready a member's recognition dossier is on a day: per minimum criterion its programme's rules require, in
/// order, the status, the evidence and what is missing; <see cref="Ready"/> when every one of them is met.
/// </summary>
/// <remarks>
/// <para><see cref="Assess"/> works it out, from the evidence only:</para>
/// <list type="bullet">
/// <item>
/// <b>Results</b>: the goal areas with a target on track or achieved. Met in at least
/// <see cref="ReadinessRules.ResultsGoalAreas"/> of them, partly in fewer, not met in none.
/// </item>
/// <item>
/// <b>Participation</b>, from the records held up to the day: records in every phase of the programme so far (from
/// the agreement to the phase on the day, as its history says); at least one standing body (a
/// <see cref="ParticipationKind.Council"/> or <see cref="ParticipationKind.Panel"/>); every required group and at
/// least the rules' number of groups reached; and feedback given, by the day, for every record held longer ago than
/// <see cref="ReadinessRules.FeedbackWithin"/>. Met when all hold, not met without records, partly otherwise.
/// </item>
/// <item>
/// <b>NonDiscrimination</b>: of the latest disaggregated tables, each dimension whose shown cells differ by at least
/// <see cref="ReadinessRules.GapThreshold"/> of the highest has a gap identified; it is addressed by an action point
/// linked to that indicator that is not <see cref="ActionPointStatus.Dropped"/> on the day. Met when every gap is
/// addressed (or none is identified), partly when some are, not met when none are or no disaggregated figures exist.
/// </item>
/// </list>
/// <para>
/// Another record with its feedback, another action point or another target on track never lowers a status; a record
/// still waiting for its feedback past <see cref="ReadinessRules.FeedbackWithin"/> does.
/// </para>
/// <para>Immutable. Two readiness values are equal when day, rules and criteria are equal.</para>
/// </remarks>
public sealed class Readiness : IEquatable<Readiness>
{
    /// <summary>Creates a readiness.</summary>
    /// <param name="on">The day it holds for.</param>
    /// <param name="rules">The rules it was judged by.</param>
    /// <param name="criteria">Per criterion, its readiness, each criterion once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or <paramref name="criteria"/> (or one of them) is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A criterion comes twice.</exception>
    public Readiness(LocalDate on, ReadinessRules rules, IEnumerable<CriterionReadiness> criteria)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(criteria);
        var list = criteria.ToImmutableArray();
        foreach (var item in list)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(criteria));
        }

        if (list.Select(c => c.Criterion).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("A readiness holds each criterion once.", nameof(criteria));
        }

        On = on;
        Rules = rules;
        Criteria = list;
    }

    /// <summary>The day it holds for.</summary>
    public LocalDate On { get; }

    /// <summary>The rules it was judged by.</summary>
    public ReadinessRules Rules { get; }

    /// <summary>Per criterion the programme's rules require, in order: its readiness.</summary>
    public ImmutableArray<CriterionReadiness> Criteria { get; }

    /// <summary>Whether every criterion is met.</summary>
    public bool Ready => Criteria.All(c => c.Status == CriterionStatus.Met);

    /// <summary>Works out the readiness from <paramref name="evidence"/> under <paramref name="rules"/>; see the remarks of <see cref="Readiness"/>.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="rules">The committee's readiness rules.</param>
    /// <returns>The readiness on the evidence's day, for the criteria the programme's rules require.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Readiness Assess(RecognitionEvidence evidence, ReadinessRules rules)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(rules);
        return new(evidence.On, rules, evidence.Programme.Rules.RequiredCriteria.Select(criterion => criterion switch
        {
            MinimumCriterion.Results => Results(evidence, rules),
            MinimumCriterion.Participation => Participation(evidence, rules),
            _ => NonDiscrimination(evidence, rules),
        }));
    }

    /// <inheritdoc />
    public bool Equals(Readiness? other) => other is not null && On == other.On && Rules == other.Rules && Criteria.SequenceEqual(other.Criteria);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Readiness);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(On, Rules, Criteria.Length);

    /// <summary>The readiness as invariant text, e.g. <c>not ready on 2026-03-01: Results: Met; Participation: Partly (missing: …)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(Ready ? "ready" : "not ready")} on {LocalDatePattern.Iso.Format(On)}: {string.Join("; ", Criteria)}";

    /// <summary>Whether two readiness values are equal.</summary>
    public static bool operator ==(Readiness? left, Readiness? right) => Equals(left, right);

    /// <summary>Whether two readiness values differ.</summary>
    public static bool operator !=(Readiness? left, Readiness? right) => !Equals(left, right);

    private static CriterionReadiness Results(RecognitionEvidence evidence, ReadinessRules rules)
    {
        var shown = evidence.Reports
            .Where(r => r.Target is not null && r.Assessment?.Status is AssessmentStatus.Achieved or AssessmentStatus.OnTrack)
            .OrderBy(r => r.Indicator.GoalArea)
            .ThenBy(r => r.Indicator.Id)
            .ToList();
        var evidenceFound = shown.Select(r => new ReadinessFinding(
            r.Assessment!.Status == AssessmentStatus.Achieved ? ReadinessFindingKind.TargetAchieved : ReadinessFindingKind.TargetOnTrack,
            r.Indicator.Id.ToString(),
            r.Indicator.GoalArea.ToString()));
        var areas = shown.Select(r => r.Indicator.GoalArea).Distinct().Count();
        var lacking = Math.Max(0, rules.ResultsGoalAreas - areas);
        var status = lacking == 0 ? CriterionStatus.Met : areas == 0 ? CriterionStatus.NotMet : CriterionStatus.Partly;
        return new(MinimumCriterion.Results, status, evidenceFound, lacking == 0 ? [] : [new ReadinessFinding(ReadinessFindingKind.MoreGoalAreas, count: lacking)]);
    }

    private static CriterionReadiness Participation(RecognitionEvidence evidence, ReadinessRules rules)
    {
        var day = evidence.On;
        var records = evidence.Participation.Where(r => r.HeldOn <= day).ToList();
        var found = new List<ReadinessFinding>();
        var missing = new List<ReadinessFinding>();

        // The phases so far, from the agreement on (an application precedes the programme; exits are no phases of the cycle).
        var programmeRules = evidence.Programme.Rules;
        var phases = evidence.Programme.StatusOn(day).History
            .Select(s => s.Phase)
            .Where(p => p != ProgrammePhase.Applied && programmeRules.HasStep(p))
            .Distinct()
            .ToList();
        foreach (var phase in phases)
        {
            var count = records.Count(r => r.Phase == phase);
            (count > 0 ? found : missing).Add(new ReadinessFinding(
                count > 0 ? ReadinessFindingKind.PhaseWithParticipation : ReadinessFindingKind.PhaseWithoutParticipation, phase.ToString(), count: count > 0 ? count : null));
        }

        var phasesHold = phases.All(p => records.Any(r => r.Phase == p));

        var bodies = records.Where(r => r.Kind is ParticipationKind.Council or ParticipationKind.Panel).GroupBy(r => r.Kind).OrderBy(g => g.Key).ToList();
        found.AddRange(bodies.Select(g => new ReadinessFinding(ReadinessFindingKind.StandingBody, g.Key.ToString(), count: g.Count())));
        if (bodies.Count == 0)
        {
            missing.Add(new ReadinessFinding(ReadinessFindingKind.NoStandingBody));
        }

        var groups = records.SelectMany(r => r.GroupsReached).Distinct().OrderBy(g => g.ToString(), StringComparer.Ordinal).ToList();
        found.AddRange(groups.Select(g => new ReadinessFinding(ReadinessFindingKind.GroupReached, g.ToString())));
        var requiredMissing = rules.RequiredGroups.Where(g => !groups.Contains(g)).ToList();
        missing.AddRange(requiredMissing.Select(g => new ReadinessFinding(ReadinessFindingKind.GroupNotReached, g.ToString())));
        var moreGroups = Math.Max(0, rules.MinimumGroupsReached - groups.Count);
        if (moreGroups > 0)
        {
            missing.Add(new ReadinessFinding(ReadinessFindingKind.MoreGroups, count: moreGroups));
        }

        var withFeedback = records.Count(r => r.Feedback is { } feedback && feedback.GivenOn <= day);
        if (withFeedback > 0)
        {
            found.Add(new ReadinessFinding(ReadinessFindingKind.FeedbackGiven, count: withFeedback));
        }

        var feedbackMissing = records.Count(r => rules.FeedbackDue(r.HeldOn, day) && !(r.Feedback is { } feedback && feedback.GivenOn <= day));
        if (feedbackMissing > 0)
        {
            missing.Add(new ReadinessFinding(ReadinessFindingKind.FeedbackMissing, detail: PeriodPattern.Roundtrip.Format(rules.FeedbackWithin), count: feedbackMissing));
        }

        var allHold = phasesHold && bodies.Count > 0 && requiredMissing.Count == 0 && moreGroups == 0 && feedbackMissing == 0;
        var status = records.Count == 0 ? CriterionStatus.NotMet : allHold ? CriterionStatus.Met : CriterionStatus.Partly;
        return new(MinimumCriterion.Participation, status, found, missing);
    }

    private static CriterionReadiness NonDiscrimination(RecognitionEvidence evidence, ReadinessRules rules)
    {
        var tables = evidence.Breakdowns.Where(IsComparable).ToList();
        if (tables.Count == 0)
        {
            return new(MinimumCriterion.NonDiscrimination, CriterionStatus.NotMet, [], [new ReadinessFinding(ReadinessFindingKind.NoDisaggregatedFigures)]);
        }

        var found = new List<ReadinessFinding>();
        var missing = new List<ReadinessFinding>();
        foreach (var table in tables)
        {
            var addressed = evidence.ActionPoints.Any(a => Addresses(a, table.Indicator, evidence.On));
            foreach (var gap in Gaps(table, rules.GapThreshold))
            {
                (addressed ? found : missing).Add(new ReadinessFinding(
                    addressed ? ReadinessFindingKind.GapAddressed : ReadinessFindingKind.GapNotAddressed, table.Indicator.ToString(), gap));
            }
        }

        if (found.Count == 0 && missing.Count == 0)
        {
            return new(MinimumCriterion.NonDiscrimination, CriterionStatus.Met, [new ReadinessFinding(ReadinessFindingKind.NoGapIdentified, count: tables.Count)], []);
        }

        var status = missing.Count == 0 ? CriterionStatus.Met : found.Count == 0 ? CriterionStatus.NotMet : CriterionStatus.Partly;
        return new(MinimumCriterion.NonDiscrimination, status, found, missing);
    }

    /// <summary>
    /// Whether <paramref name="table"/> shows two cells of one dimension: only then can a gap be seen. A table whose
    /// breakdowns disclosure control suppressed shows nothing to compare, and is no disaggregated figure.
    /// </summary>
    private static bool IsComparable(DisclosedTable table) =>
        ShownCells(table).Any(dimension => dimension.Count() >= 2);

    private static IEnumerable<IGrouping<DisaggregationDimension, KeyValuePair<Disaggregation, DisclosedValue>>> ShownCells(DisclosedTable table) =>
        table.Cells.Where(c => c.Value.Value is not null).GroupBy(c => c.Key.Dimensions.First()).OrderBy(g => g.Key);

    /// <summary>Per dimension of <paramref name="table"/> whose shown cells differ by at least the threshold: the gap as text.</summary>
    private static IEnumerable<string> Gaps(DisclosedTable table, double threshold)
    {
        foreach (var dimension in ShownCells(table))
        {
            var cells = dimension.OrderBy(c => c.Value.Value!.Value).ToList();
            if (cells.Count < 2)
            {
                continue;
            }

            var (low, high) = (cells[0], cells[^1]);
            var highest = high.Value.Value!.Value;
            var lowest = low.Value.Value!.Value;
            if (highest > 0 && (highest - lowest) / highest >= threshold)
            {
                yield return string.Create(
                    CultureInfo.InvariantCulture,
                    $"{table.Period}: {low.Key} {lowest:0.##}, {high.Key} {highest:0.##}");
            }
        }
    }

    private static bool Addresses(ActionPoint point, IndicatorId indicator, LocalDate day) =>
        point.Indicators.Contains(indicator) && point.StatusOn(day) is { } status && status != ActionPointStatus.Dropped;
}
