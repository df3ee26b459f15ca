using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Programmes;

/// <summary>
/// A municipality's Child Friendly Cities programme under a national committee's <see cref="ProgrammeRules"/>:
/// the transitions so far, the rules that admit the next one and its status on any date.
/// </summary>
/// <remarks>
/// <para>
/// The rules, checked by <see cref="Transition"/> in the order of <see cref="ProgrammeRule"/>:
/// a programme starts with <see cref="ProgrammePhase.Applied"/> (or <see cref="ProgrammePhase.Agreement"/> when the
/// rules let the application be skipped) and follows the rules' <see cref="ProgrammeRules.Steps"/> in order. At the
/// step before <see cref="ProgrammePhase.Recognised"/> it may be not recognised instead. While it holds a recognition
/// (at or after the recognition in the cycle) a new <see cref="ProgrammePhase.ActionPlan"/> starts a renewal cycle.
/// Any phase that has not ended may be withdrawn or suspended; a suspended programme resumes only in the phase it
/// was suspended from.
/// </para>
/// <para>
/// A recognition is valid from its date up to and including the day before its date plus the rules'
/// <see cref="ProgrammeRules.RecognitionValidity"/>. Once it has run out without a renewal the programme has ended:
/// it reads <see cref="ProgrammePhase.Lapsed"/> from the day after the last valid day, and the only transition that
/// follows is recording that lapse (which never moves the day it began). A renewal keeps the recognition until its
/// end; a failed renewal (<see cref="ProgrammePhase.NotRecognised"/>) too. A renewal reaches its new recognition within
/// the rules' <see cref="ProgrammeRules.MaximumDuration"/> from its start (the new action plan), or by the end of the
/// recognition it renews if that is later; past that day it has lapsed in the same way, and is refused as
/// <see cref="ProgrammeRule.Ended"/>.
/// <see cref="ProgrammePhase.NotRecognised"/>, <see cref="ProgrammePhase.Withdrawn"/> and <see cref="ProgrammePhase.Lapsed"/> end the programme.
/// Transitions are dated no earlier than the previous one (the same day is allowed) and never after today.
/// A first recognition needs the rules' minimum time after the agreement; every recognition needs evidence for the
/// rules' required criteria.
/// </para>
/// <para>
/// Immutable: <see cref="Transition"/> returns a new programme, and a rejected transition leaves this one as it was.
/// Two programmes are equal when their rules and transitions are equal. In JSON a programme is its rules, its
/// transitions and its recorded phase; reading it back checks every transition against the rules again.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class Programme : IEquatable<Programme>
{
    private readonly ImmutableArray<PhaseTransition> _transitions;
    private readonly State _state;

    /// <summary>Creates a programme that has not started, under <paramref name="rules"/>.</summary>
    /// <param name="rules">The national committee's rules, e.g. <see cref="ProgrammeRules.Netherlands"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    public Programme(ProgrammeRules rules)
        : this(rules ?? throw new ArgumentNullException(nameof(rules)), [], default)
    {
    }

    private Programme(ProgrammeRules rules, ImmutableArray<PhaseTransition> transitions, State state)
    {
        Rules = rules;
        _transitions = transitions;
        _state = state;
    }

    /// <summary>The rules the programme follows.</summary>
    public ProgrammeRules Rules { get; }

    /// <summary>The transitions so far, oldest first.</summary>
    public ImmutableArray<PhaseTransition> Transitions => _transitions;

    /// <summary>The phase of the last transition; <see langword="null"/> before the programme started.</summary>
    /// <remarks>
    /// This is the recorded phase, which <see cref="StatusOn"/> gives on the date of the last transition too; on a
    /// later date a recognition that ran out reads as <see cref="ProgrammePhase.Lapsed"/> in <see cref="StatusOn"/>.
    /// </remarks>
    public ProgrammePhase? Phase => _state.Phase;

    /// <summary>Rebuilds a programme from stored transitions, checking each one as <see cref="Transition"/> does.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="transitions">The transitions, oldest first.</param>
    /// <param name="today">Today, in the municipality's zone.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or <paramref name="transitions"/> (or one of them) is <see langword="null"/>.</exception>
    /// <exception cref="ProgrammeRuleException">A transition breaks a rule.</exception>
    public static Programme FromTransitions(ProgrammeRules rules, IEnumerable<PhaseTransition> transitions, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(transitions);
        var programme = new Programme(rules);
        foreach (var transition in transitions)
        {
            ArgumentNullException.ThrowIfNull(transition, nameof(transitions));
            programme = programme.Transition(transition, today);
        }

        return programme;
    }

    /// <summary>The programme after <paramref name="transition"/>, if the rules allow it.</summary>
    /// <param name="transition">The transition.</param>
    /// <param name="today">Today, in the municipality's zone (from the caller's clock): a transition may not be dated later.</param>
    /// <returns>A new programme with the transition added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ProgrammeRuleException">The transition breaks a rule; <see cref="ProgrammeRuleException.Rule"/> names it.</exception>
    public Programme Transition(PhaseTransition transition, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(transition);
        var error = Check(transition, today);
        return error is null
            ? new Programme(Rules, _transitions.Add(transition), _state.Apply(transition, Rules))
            : throw error;
    }

    /// <summary>Whether the rules allow <paramref name="transition"/>, and if not, which rule it breaks.</summary>
    /// <param name="transition">The transition.</param>
    /// <param name="today">Today, in the municipality's zone.</param>
    /// <param name="error">The exception <see cref="Transition"/> would throw; <see langword="null"/> when allowed.</param>
    /// <returns><see langword="true"/> when the transition is allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is <see langword="null"/>.</exception>
    public bool CanTransition(PhaseTransition transition, LocalDate today, [NotNullWhen(false)] out ProgrammeRuleException? error)
    {
        ArgumentNullException.ThrowIfNull(transition);
        error = Check(transition, today);
        return error is null;
    }

    /// <summary>The programme's status on <paramref name="date"/>, from the transitions dated up to and including it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status; later transitions never change it.</returns>
    public ProgrammeStatus StatusOn(LocalDate date)
    {
        var state = default(State);
        var history = ImmutableArray.CreateBuilder<PhaseSpan>();
        var count = 0;
        foreach (var transition in _transitions)
        {
            if (transition.On > date)
            {
                break;
            }

            count++;

            // A lapse recorded late began the day after the recognition's last day, not on the day it was recorded.
            var from = transition.Phase == ProgrammePhase.Lapsed ? state.LastDay(Rules)!.Value.PlusDays(1) : transition.On;
            if (history.Count > 0)
            {
                history[^1] = new PhaseSpan(history[^1].Phase, history[^1].From, from);
            }

            history.Add(new PhaseSpan(transition.Phase, from, null));
            state = state.Apply(transition, Rules);
        }

        // What the status is derived from (and stored as): the transitions up to the date.
        var source = count == _transitions.Length ? this : new Programme(Rules, _transitions[..count], state);
        if (state.Phase is null)
        {
            return new ProgrammeStatus(source, date, [], default, candidate: false, recognisedUntil: null, overdue: false, renewalDue: false, nextDeadline: null);
        }

        var until = state.RecognisedUntil;
        if (state.LastDay(Rules) is { } lastDay && lastDay < date)
        {
            var lapsedFrom = lastDay.PlusDays(1);
            history[^1] = new PhaseSpan(history[^1].Phase, history[^1].From, lapsedFrom);
            history.Add(new PhaseSpan(ProgrammePhase.Lapsed, lapsedFrom, null));
            return new ProgrammeStatus(source, date, history.ToImmutable(), state.Dates(Rules, ended: true), candidate: false, recognisedUntil: null, overdue: false, renewalDue: false, nextDeadline: null);
        }

        var phase = state.Phase.Value;
        var dates = state.Dates(Rules, ProgrammePhases.IsTerminal(phase));
        if (ProgrammePhases.IsTerminal(phase))
        {
            var stillRecognised = phase == ProgrammePhase.NotRecognised && state.Renewing && until >= date ? until : null;
            return new ProgrammeStatus(source, date, history.ToImmutable(), dates, candidate: false, stillRecognised, overdue: false, renewalDue: false, nextDeadline: null);
        }

        var candidate = state.RecognisedOn is null && phase is not (ProgrammePhase.Applied or ProgrammePhase.Suspended);
        var deadlines = new List<ProgrammeDeadline>(2);
        if (!state.FirstCycleCompleted && state.Agreement is { } agreement)
        {
            var kind = Rules.LastPhase == ProgrammePhase.Recognised ? ProgrammeDeadlineKind.RecognitionDue : ProgrammeDeadlineKind.CompletionDue;

            // The cycle is completed while the recognition it reached holds (or after a renewal): never later than its last day.
            var due = agreement.Plus(Rules.MaximumDuration);
            deadlines.Add(new ProgrammeDeadline(kind, until < due ? until.Value : due));
        }

        if (until is { } end)
        {
            deadlines.Add(new ProgrammeDeadline(state.Renewing ? ProgrammeDeadlineKind.RecognitionDue : ProgrammeDeadlineKind.RenewalDue, end));
        }

        var passed = deadlines.Where(d => d.On < date).OrderBy(d => d.On).ToList();
        ProgrammeDeadline? deadline = passed.Count > 0 ? passed[0] : deadlines.Count > 0 ? deadlines.MinBy(d => d.On) : null;
        var renewalDue = state.Holds(Rules) && phase != ProgrammePhase.Suspended && until is { } last && date >= last.Minus(Rules.RenewalWindow);
        return new ProgrammeStatus(source, date, history.ToImmutable(), dates, candidate, until >= date ? until : null, passed.Count > 0, renewalDue, deadline);
    }

    /// <inheritdoc />
    public bool Equals(Programme? other) =>
        other is not null && (ReferenceEquals(this, other) || (Rules.Equals(other.Rules) && _transitions.SequenceEqual(other._transitions)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Programme);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rules, _transitions.Length, _transitions.IsEmpty ? null : _transitions[^1]);

    /// <summary>The programme's transitions as invariant text, e.g. <c>Agreement on 2023-11-30; SituationAnalysis on 2024-03-01</c>.</summary>
    /// <returns>The text; <c>not started</c> for a programme without transitions.</returns>
    public override string ToString() => _transitions.IsEmpty ? "not started" : string.Join("; ", _transitions);

    /// <summary>Whether two programmes are equal.</summary>
    public static bool operator ==(Programme? left, Programme? right) => Equals(left, right);

    /// <summary>Whether two programmes differ.</summary>
    public static bool operator !=(Programme? left, Programme? right) => !Equals(left, right);

    private ProgrammeRuleException? Check(PhaseTransition transition, LocalDate today)
    {
        var current = _state.Phase;
        var next = transition.Phase;
        var on = LocalDatePattern.Iso.Format(transition.On);
        ProgrammeRuleException Broken(ProgrammeRule rule, string message) => new(rule, transition, current, message);

        if (current is { } ended && ProgrammePhases.IsTerminal(ended))
        {
            return Broken(ProgrammeRule.Ended, $"The programme ended with {ended} on {LocalDatePattern.Iso.Format(_transitions[^1].On)}; no transition follows (start a new programme instead).");
        }

        if (_state.LastDay(Rules) is { } lastDay && transition.On > lastDay && next != ProgrammePhase.Lapsed)
        {
            var what = _state.Holds(Rules)
                ? "The recognition ran out"
                : $"The renewal started on {LocalDatePattern.Iso.Format(_state.RenewalStart!.Value)} did not reach its recognition within {PeriodPattern.Roundtrip.Format(Rules.MaximumDuration)} nor while the recognition held; it ran out";
            return Broken(ProgrammeRule.Ended, $"{what} after {LocalDatePattern.Iso.Format(lastDay)}: the programme has lapsed since {LocalDatePattern.Iso.Format(lastDay.PlusDays(1))}, so {next} on {on} cannot follow (only the lapse may be recorded; start a new programme instead).");
        }

        // OutOfOrder and NotResumable exclude each other: a suspended programme breaks NotResumable with any phase but Suspended.
        var successors = Successors();
        if (!successors.Contains(next))
        {
            return current switch
            {
                null => Broken(ProgrammeRule.OutOfOrder, $"A programme starts with Applied{(Rules.ApplicationMayBeSkipped ? " or Agreement" : string.Empty)} under the rules of {Rules.NationalCommittee}, not with {next}."),
                ProgrammePhase.Suspended when next == ProgrammePhase.Suspended => Broken(ProgrammeRule.OutOfOrder, "The programme is already suspended."),
                ProgrammePhase.Suspended => Broken(ProgrammeRule.NotResumable, $"The programme was suspended from {_state.SuspendedFrom}; it resumes only in {_state.SuspendedFrom} (or is withdrawn), not in {next}."),
                _ => Broken(ProgrammeRule.OutOfOrder, $"{next} does not follow {current} under the rules of {Rules.NationalCommittee}; after {current} come {string.Join(", ", successors)}."),
            };
        }

        if (_transitions.Length > 0 && transition.On < _transitions[^1].On)
        {
            return Broken(ProgrammeRule.BeforePreviousTransition, $"The transition to {next} on {on} is dated before the previous transition ({_transitions[^1]}).");
        }

        if (transition.On > today)
        {
            return Broken(ProgrammeRule.InTheFuture, $"The transition to {next} on {on} is dated after today ({LocalDatePattern.Iso.Format(today)}).");
        }

        if (next == ProgrammePhase.Lapsed && _state.LastDay(Rules) is { } validUntil && transition.On <= validUntil)
        {
            return Broken(ProgrammeRule.RecognitionStillValid, _state.Holds(Rules)
                ? $"The recognition is valid up to and including {LocalDatePattern.Iso.Format(validUntil)}; it cannot lapse on {on}."
                : $"The renewal may reach its recognition up to and including {LocalDatePattern.Iso.Format(validUntil)}; it cannot lapse on {on}.");
        }

        var resuming = current == ProgrammePhase.Suspended;
        if (!resuming && next == ProgrammePhase.Recognised)
        {
            if (_state.EarliestFirstRecognition(Rules) is { } earliest && transition.On < earliest)
            {
                return Broken(ProgrammeRule.TooSoonForRecognition, $"A first recognition comes no sooner than {PeriodPattern.Roundtrip.Format(Rules.MinimumToRecognition)} after the agreement ({LocalDatePattern.Iso.Format(_state.Agreement!.Value)}) under the rules of {Rules.NationalCommittee}: not before {LocalDatePattern.Iso.Format(earliest)}, so not on {on}.");
            }

            var missing = Rules.RequiredCriteria.Except(transition.Criteria).ToList();
            if (missing.Count > 0)
            {
                return Broken(ProgrammeRule.MissingCriteria, $"Recognition needs evidence for {string.Join(", ", Rules.RequiredCriteria)}; missing: {string.Join(", ", missing)}.");
            }
        }

        return null;
    }

    /// <summary>The phases that may follow the current one, in the order messages list them.</summary>
    private List<ProgrammePhase> Successors()
    {
        var successors = new List<ProgrammePhase>(5);
        if (_state.Phase is not { } current)
        {
            successors.Add(ProgrammePhase.Applied);
            if (Rules.ApplicationMayBeSkipped)
            {
                successors.Add(ProgrammePhase.Agreement);
            }

            return successors;
        }

        if (current == ProgrammePhase.Suspended)
        {
            successors.Add(_state.SuspendedFrom!.Value);
        }
        else
        {
            if (Rules.After(current) is { } step)
            {
                successors.Add(step);
            }

            if (current == Rules.DecisionPhase)
            {
                successors.Add(ProgrammePhase.NotRecognised);
            }

            if (_state.Holds(Rules) && !successors.Contains(ProgrammePhase.ActionPlan))
            {
                successors.Add(ProgrammePhase.ActionPlan);
            }
        }

        if (_state.LastDay(Rules) is not null)
        {
            successors.Add(ProgrammePhase.Lapsed);
        }

        successors.Add(ProgrammePhase.Withdrawn);
        if (current != ProgrammePhase.Suspended)
        {
            successors.Add(ProgrammePhase.Suspended);
        }

        return successors;
    }

    /// <summary>What the transitions so far add up to; a value, so that a programme can fold its history cheaply.</summary>
    private readonly record struct State(
        ProgrammePhase? Phase,
        ProgrammePhase? SuspendedFrom,
        LocalDate? Agreement,
        LocalDate? RecognisedOn,
        LocalDate? RecognisedUntil,
        bool Renewing,
        bool FirstCycleCompleted,
        LocalDate? RenewalStart = null)
    {
        /// <summary>
        /// Whether the programme holds a recognition that lapses when it runs out: it is (or was suspended) at or
        /// after the recognition in the cycle and has not started a renewal.
        /// </summary>
        [MemberNotNullWhen(true, nameof(RecognisedUntil))]
        public bool Holds(ProgrammeRules rules) =>
            RecognisedUntil is not null && !Renewing
            && (Phase == ProgrammePhase.Suspended ? SuspendedFrom : Phase) is { } phase && rules.IsAtOrAfterRecognition(phase);

        /// <summary>
        /// The last day the programme lives without a new recognition: while it holds one, that recognition's last day;
        /// during a renewal (also suspended), the later of that day and the renewal's start plus the rules'
        /// <see cref="ProgrammeRules.MaximumDuration"/>. <see langword="null"/> when nothing runs out.
        /// </summary>
        public LocalDate? LastDay(ProgrammeRules rules)
        {
            if (Holds(rules))
            {
                return RecognisedUntil;
            }

            if (Renewing && RenewalStart is { } start && RecognisedUntil is { } until && Phase is { } phase && !ProgrammePhases.IsTerminal(phase))
            {
                var bound = start.Plus(rules.MaximumDuration);
                return bound > until ? bound : until;
            }

            return null;
        }

        /// <summary>
        /// The earliest date of a first recognition: the agreement plus the rules' <see cref="ProgrammeRules.MinimumToRecognition"/>;
        /// <see langword="null"/> before the agreement and once the programme has been recognised.
        /// </summary>
        public LocalDate? EarliestFirstRecognition(ProgrammeRules rules) =>
            RecognisedOn is null && Agreement is { } agreement ? agreement.Plus(rules.MinimumToRecognition) : null;

        /// <summary>The dates a status shows: the agreement, the earliest first recognition (while it is to come and the programme has not <paramref name="ended"/>) and the last day of the latest recognition.</summary>
        public ProgrammeStatus.KeyDates Dates(ProgrammeRules rules, bool ended) =>
            new(Agreement, ended ? null : EarliestFirstRecognition(rules), RecognisedUntil);

        public State Apply(PhaseTransition transition, ProgrammeRules rules)
        {
            var next = transition.Phase;
            var state = this;
            if (Phase == ProgrammePhase.Suspended && next == SuspendedFrom)
            {
                return this with { Phase = next, SuspendedFrom = null };
            }

            if (next == rules.LastPhase)
            {
                state = state with { FirstCycleCompleted = true };
            }

            return next switch
            {
                ProgrammePhase.Suspended => state with { Phase = next, SuspendedFrom = Phase },
                ProgrammePhase.Agreement => state with { Phase = next, Agreement = transition.On },
                ProgrammePhase.ActionPlan when Holds(rules) => state with { Phase = next, Renewing = true, RenewalStart = transition.On },
                ProgrammePhase.Recognised => state with
                {
                    Phase = next,
                    RecognisedOn = transition.On,
                    RecognisedUntil = transition.On.Plus(rules.RecognitionValidity).PlusDays(-1),
                    Renewing = false,
                    RenewalStart = null,
                },
                _ => state with { Phase = next },
            };
        }
    }

    /// <summary>
    /// Stored form: <c>{"rules": {…}, "transitions": […], "phase": "…"}</c>; reading checks every transition against the rules.
    /// The phase is derived, and stored only so that a reader of the stored JSON sees it and so that reading can check it: a
    /// stored phase that the transitions do not give is refused.
    /// </summary>
    private sealed class Converter : StoredFormJsonConverter<Programme, Stored>
    {
        protected override Stored ToStored(Programme value) => new() { Rules = value.Rules, Transitions = value._transitions, Phase = value.Phase };

        protected override Programme FromStored(Stored stored)
        {
            Programme programme;
            try
            {
                // Stored transitions were checked against "today" when they were made; the date is no longer known.
                programme = FromTransitions(stored.Rules ?? throw new ArgumentException("The rules are missing."), stored.Transitions, LocalDate.MaxIsoValue);
            }
            catch (ProgrammeRuleException e)
            {
                throw new ArgumentException($"It breaks its rules ({e.Rule}): {e.Message}", e);
            }

            return stored.Phase == programme.Phase
                ? programme
                : throw new ArgumentException($"Its phase ({stored.Phase?.ToString() ?? "null"}) is not the phase of its transitions ({programme.Phase?.ToString() ?? "null"}).");
        }
    }

    private sealed class Stored
    {
        public required ProgrammeRules Rules { get; init; }

        public required ImmutableArray<PhaseTransition> Transitions { get; init; }

        public ProgrammePhase? Phase { get; init; }
    }
}
