using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
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
/// rules let the application be skipped) and follows the phases in order. From <see cref="ProgrammePhase.Evaluation"/>
/// it is recognised or not recognised; from <see cref="ProgrammePhase.Recognised"/> a new
/// <see cref="ProgrammePhase.ActionPlan"/> starts a renewal cycle (no later than the recognition's last day), or a
/// lapse is recorded (only after that day). Any phase that has not ended may be withdrawn or suspended; a suspended
/// programme resumes only in the phase it was suspended from. <see cref="ProgrammePhase.NotRecognised"/>,
/// <see cref="ProgrammePhase.Withdrawn"/> and <see cref="ProgrammePhase.Lapsed"/> end the programme.
/// Transitions are dated no earlier than the previous one (the same day is allowed) and never after today.
/// A first recognition needs the rules' minimum time after the agreement; every recognition needs evidence for the
/// rules' required criteria.
/// </para>
/// <para>
/// Immutable: <see cref="Transition"/> returns a new programme, and a rejected transition leaves this one as it was.
/// Equality is by reference.
/// </para>
/// </remarks>
public sealed class Programme
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
    public IReadOnlyList<PhaseTransition> Transitions => _transitions;

    /// <summary>The phase of the last transition; <see langword="null"/> before the programme started.</summary>
    /// <remarks>This is the recorded phase; a recognition that ran out reads as lapsed only in <see cref="StatusOn"/>.</remarks>
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
        var history = new List<PhaseSpan>();
        foreach (var transition in _transitions)
        {
            if (transition.On > date)
            {
                break;
            }

            if (history.Count > 0)
            {
                history[^1] = new PhaseSpan(history[^1].Phase, history[^1].From, transition.On);
            }

            history.Add(new PhaseSpan(transition.Phase, transition.On, null));
            state = state.Apply(transition, Rules);
        }

        if (state.Phase is null)
        {
            return new ProgrammeStatus(date, [], candidate: false, recognisedUntil: null, overdue: false, renewalDue: false, nextDeadline: null);
        }

        var until = state.RecognisedUntil;
        if (state.Phase == ProgrammePhase.Recognised && until < date)
        {
            var lapsedFrom = until.Value.PlusDays(1);
            history[^1] = new PhaseSpan(ProgrammePhase.Recognised, history[^1].From, lapsedFrom);
            history.Add(new PhaseSpan(ProgrammePhase.Lapsed, lapsedFrom, null));
            return new ProgrammeStatus(date, history, candidate: false, recognisedUntil: null, overdue: false, renewalDue: false, nextDeadline: null);
        }

        var phase = state.Phase.Value;
        if (ProgrammePhases.IsTerminal(phase))
        {
            return new ProgrammeStatus(date, history, candidate: false, recognisedUntil: null, overdue: false, renewalDue: false, nextDeadline: null);
        }

        var candidate = state.RecognisedOn is null && phase is >= ProgrammePhase.Agreement and <= ProgrammePhase.Evaluation;
        ProgrammeDeadline? deadline = (state.Agreement, until, state.Renewing) switch
        {
            (null, _, _) => null,
            (var agreement, null, _) => new ProgrammeDeadline(ProgrammeDeadlineKind.RecognitionDue, agreement.Value.Plus(Rules.MaximumToRecognition)),
            (_, var end, true) => new ProgrammeDeadline(ProgrammeDeadlineKind.RecognitionDue, end.Value),
            (_, var end, false) => new ProgrammeDeadline(ProgrammeDeadlineKind.RenewalDue, end.Value),
        };
        var overdue = deadline is { Kind: ProgrammeDeadlineKind.RecognitionDue } due && date > due.On;
        var renewalDue = phase == ProgrammePhase.Recognised && deadline is { Kind: ProgrammeDeadlineKind.RenewalDue } renewal && date <= renewal.On && date >= renewal.On.Minus(Rules.RenewalWindow);
        return new ProgrammeStatus(date, history, candidate, until >= date ? until : null, overdue, renewalDue, deadline);
    }

    /// <summary>The programme's transitions as invariant text, e.g. <c>Agreement on 2023-11-30; SituationAnalysis on 2024-03-01</c>.</summary>
    /// <returns>The text; <c>not started</c> for a programme without transitions.</returns>
    public override string ToString() => _transitions.IsEmpty ? "not started" : string.Join("; ", _transitions);

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

        if (current == ProgrammePhase.Suspended)
        {
            if (next != _state.SuspendedFrom && next != ProgrammePhase.Withdrawn)
            {
                return next == ProgrammePhase.Suspended
                    ? Broken(ProgrammeRule.OutOfOrder, "The programme is already suspended.")
                    : Broken(ProgrammeRule.NotResumable, $"The programme was suspended from {_state.SuspendedFrom}; it resumes only in {_state.SuspendedFrom} (or is withdrawn), not in {next}.");
            }
        }
        else if (!Follows(current, next))
        {
            return Broken(ProgrammeRule.OutOfOrder, current is null
                ? $"A programme starts with Applied{(Rules.ApplicationMayBeSkipped ? " or Agreement" : string.Empty)} under the rules of {Rules.NationalCommittee}, not with {next}."
                : $"{next} does not follow {current}; after {current} come {string.Join(", ", Successors(current.Value))}.");
        }

        if (_transitions.Length > 0 && transition.On < _transitions[^1].On)
        {
            return Broken(ProgrammeRule.BeforePreviousTransition, $"The transition to {next} on {on} is dated before the previous transition ({_transitions[^1]}).");
        }

        if (transition.On > today)
        {
            return Broken(ProgrammeRule.InTheFuture, $"The transition to {next} on {on} is dated after today ({LocalDatePattern.Iso.Format(today)}).");
        }

        var resuming = current == ProgrammePhase.Suspended;
        if (!resuming && current == ProgrammePhase.Recognised && next == ProgrammePhase.ActionPlan && transition.On > _state.RecognisedUntil)
        {
            return Broken(ProgrammeRule.RecognitionLapsed, $"The recognition ended on {LocalDatePattern.Iso.Format(_state.RecognisedUntil.Value)}; a renewal on {on} comes too late: the programme has lapsed.");
        }

        if (next == ProgrammePhase.Lapsed && transition.On <= _state.RecognisedUntil)
        {
            return Broken(ProgrammeRule.RecognitionStillValid, $"The recognition is valid up to and including {LocalDatePattern.Iso.Format(_state.RecognisedUntil.Value)}; it cannot lapse on {on}.");
        }

        if (!resuming && next == ProgrammePhase.Recognised)
        {
            if (_state.RecognisedOn is null && _state.Agreement is { } agreement && transition.On < agreement.Plus(Rules.MinimumToRecognition))
            {
                return Broken(ProgrammeRule.TooSoonForRecognition, $"A first recognition comes no sooner than {PeriodPattern.Roundtrip.Format(Rules.MinimumToRecognition)} after the agreement ({LocalDatePattern.Iso.Format(agreement)}) under the rules of {Rules.NationalCommittee}: not before {LocalDatePattern.Iso.Format(agreement.Plus(Rules.MinimumToRecognition))}, so not on {on}.");
            }

            var missing = Rules.RequiredCriteria.Except(transition.Criteria).ToList();
            if (missing.Count > 0)
            {
                return Broken(ProgrammeRule.MissingCriteria, $"Recognition needs evidence for {string.Join(", ", Rules.RequiredCriteria)}; missing: {string.Join(", ", missing)}.");
            }
        }

        return null;
    }

    private bool Follows(ProgrammePhase? current, ProgrammePhase next) => current is null
        ? next == ProgrammePhase.Applied || (next == ProgrammePhase.Agreement && Rules.ApplicationMayBeSkipped)
        : Successors(current.Value).Contains(next);

    private static ProgrammePhase[] Successors(ProgrammePhase current) => current switch
    {
        ProgrammePhase.Evaluation => [ProgrammePhase.Recognised, ProgrammePhase.NotRecognised, ProgrammePhase.Withdrawn, ProgrammePhase.Suspended],
        ProgrammePhase.Recognised => [ProgrammePhase.ActionPlan, ProgrammePhase.Lapsed, ProgrammePhase.Withdrawn, ProgrammePhase.Suspended],
        < ProgrammePhase.Evaluation => [current + 1, ProgrammePhase.Withdrawn, ProgrammePhase.Suspended],
        _ => [],
    };

    /// <summary>What the transitions so far add up to; a value, so that a programme can fold its history cheaply.</summary>
    private readonly record struct State(
        ProgrammePhase? Phase,
        ProgrammePhase? SuspendedFrom,
        LocalDate? Agreement,
        LocalDate? RecognisedOn,
        LocalDate? RecognisedUntil,
        bool Renewing)
    {
        public State Apply(PhaseTransition transition, ProgrammeRules rules)
        {
            var next = transition.Phase;
            if (Phase == ProgrammePhase.Suspended && next == SuspendedFrom)
            {
                return this with { Phase = next, SuspendedFrom = null };
            }

            return next switch
            {
                ProgrammePhase.Suspended => this with { Phase = next, SuspendedFrom = Phase },
                ProgrammePhase.Agreement => this with { Phase = next, Agreement = transition.On },
                ProgrammePhase.ActionPlan when Phase == ProgrammePhase.Recognised => this with { Phase = next, Renewing = true },
                ProgrammePhase.Recognised => this with
                {
                    Phase = next,
                    RecognisedOn = transition.On,
                    RecognisedUntil = transition.On.Plus(rules.RecognitionValidity),
                    Renewing = false,
                },
                _ => this with { Phase = next },
            };
        }
    }
}
