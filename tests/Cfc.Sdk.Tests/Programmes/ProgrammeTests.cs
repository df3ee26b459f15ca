using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Tests.Programmes;

public sealed class ProgrammeTests
{
    private static readonly LocalDate Today = new(2035, 1, 1);
    private static readonly LocalDate AgreedOn = new(2023, 11, 30);
    private static readonly MinimumCriterion[] All = [MinimumCriterion.Results, MinimumCriterion.Participation, MinimumCriterion.NonDiscrimination];

    internal static Programme Through(ProgrammeRules rules, params (ProgrammePhase Phase, LocalDate On)[] steps) =>
        Programme.FromTransitions(
            rules,
            steps.Select(s => new PhaseTransition(s.Phase, s.On, criteria: s.Phase == ProgrammePhase.Recognised ? All : null)),
            Today);

    /// <summary>Agreement on 2023-11-30 and every phase up to evaluation on 2026-09-01.</summary>
    internal static Programme InEvaluation(ProgrammeRules? rules = null) => Through(
        rules ?? ProgrammeRules.Netherlands,
        (ProgrammePhase.Applied, new(2023, 6, 1)),
        (ProgrammePhase.Agreement, AgreedOn),
        (ProgrammePhase.SituationAnalysis, new(2024, 3, 1)),
        (ProgrammePhase.ActionPlan, new(2024, 10, 1)),
        (ProgrammePhase.Implementation, new(2025, 1, 15)),
        (ProgrammePhase.Evaluation, new(2026, 9, 1)));

    /// <summary>Recognised on 2026-12-01, valid up to and including 2029-11-30 under the Dutch rules.</summary>
    internal static Programme Recognised() =>
        InEvaluation().Transition(new PhaseTransition(ProgrammePhase.Recognised, new(2026, 12, 1), criteria: All), Today);

    private static ProgrammeRuleException Rejected(Programme programme, ProgrammePhase phase, LocalDate on, IReadOnlyList<MinimumCriterion>? criteria = null, LocalDate? today = null) =>
        Assert.Throws<ProgrammeRuleException>(() => programme.Transition(new PhaseTransition(phase, on, criteria: criteria), today ?? Today));

    [Fact]
    public void A_new_programme_has_not_started()
    {
        var programme = new Programme(ProgrammeRules.Netherlands);

        Assert.Null(programme.Phase);
        Assert.Empty(programme.Transitions);
        Assert.Equal("not started", programme.ToString());
    }

    [Fact]
    public void Creating_a_programme_without_rules_is_rejected() =>
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new Programme(null!)).ParamName);

    [Fact]
    public void A_programme_follows_the_phases_in_order()
    {
        var programme = InEvaluation();

        Assert.Equal(ProgrammePhase.Evaluation, programme.Phase);
        Assert.Equal(6, programme.Transitions.Length);
    }

    [Fact]
    public void A_programme_may_start_with_the_agreement_when_the_rules_allow_skipping_the_application()
    {
        var programme = new Programme(ProgrammeRules.Netherlands).Transition(new PhaseTransition(ProgrammePhase.Agreement, AgreedOn), Today);

        Assert.Equal(ProgrammePhase.Agreement, programme.Phase);
    }

    [Fact]
    public void Starting_with_the_agreement_is_out_of_order_when_the_rules_require_an_application()
    {
        var error = Rejected(new Programme(ProgrammeRules.Germany(40_000)), ProgrammePhase.Agreement, AgreedOn);

        Assert.Equal(ProgrammeRule.OutOfOrder, error.Rule);
        Assert.Contains("starts with Applied under the rules of Kinderfreundliche Kommunen", error.Message, StringComparison.Ordinal);
        Assert.Null(error.CurrentPhase);
    }

    [Theory]
    [InlineData(ProgrammePhase.SituationAnalysis)]
    [InlineData(ProgrammePhase.Recognised)]
    [InlineData(ProgrammePhase.Suspended)]
    public void Starting_with_a_later_phase_is_out_of_order(ProgrammePhase phase) =>
        Assert.Equal(ProgrammeRule.OutOfOrder, Rejected(new Programme(ProgrammeRules.Netherlands), phase, AgreedOn).Rule);

    [Fact]
    public void Skipping_a_phase_is_out_of_order()
    {
        var agreed = Through(ProgrammeRules.Netherlands, (ProgrammePhase.Agreement, AgreedOn));

        var error = Rejected(agreed, ProgrammePhase.ActionPlan, new(2024, 1, 1));

        Assert.Equal(ProgrammeRule.OutOfOrder, error.Rule);
        Assert.Equal(ProgrammePhase.Agreement, error.CurrentPhase);
        Assert.Equal("ActionPlan does not follow Agreement under the rules of UNICEF Nederland; after Agreement come SituationAnalysis, Withdrawn, Suspended.", error.Message);
    }

    [Theory]
    [InlineData(ProgrammePhase.Evaluation)]
    [InlineData(ProgrammePhase.Implementation)]
    [InlineData(ProgrammePhase.Applied)]
    public void Repeating_or_going_back_to_a_phase_is_out_of_order(ProgrammePhase phase) =>
        Assert.Equal(ProgrammeRule.OutOfOrder, Rejected(InEvaluation(), phase, new(2026, 10, 1)).Rule);

    [Fact]
    public void Not_recognised_follows_only_an_evaluation()
    {
        Assert.Equal(ProgrammePhase.NotRecognised, InEvaluation().Transition(new PhaseTransition(ProgrammePhase.NotRecognised, new(2027, 1, 1)), Today).Phase);

        var implementing = Through(ProgrammeRules.Netherlands, (ProgrammePhase.Agreement, AgreedOn), (ProgrammePhase.SituationAnalysis, AgreedOn), (ProgrammePhase.ActionPlan, AgreedOn), (ProgrammePhase.Implementation, AgreedOn));
        Assert.Equal(ProgrammeRule.OutOfOrder, Rejected(implementing, ProgrammePhase.NotRecognised, new(2027, 1, 1)).Rule);
    }

    [Fact]
    public void A_lapse_follows_only_a_recognition() =>
        Assert.Equal(ProgrammeRule.OutOfOrder, Rejected(InEvaluation(), ProgrammePhase.Lapsed, new(2030, 1, 1)).Rule);

    [Theory]
    [InlineData(ProgrammePhase.NotRecognised)]
    [InlineData(ProgrammePhase.Withdrawn)]
    public void No_transition_follows_an_ended_programme(ProgrammePhase exit)
    {
        var ended = InEvaluation().Transition(new PhaseTransition(exit, new(2027, 1, 1)), Today);

        var error = Rejected(ended, ProgrammePhase.Recognised, new(2027, 2, 1), All);

        Assert.Equal(ProgrammeRule.Ended, error.Rule);
        Assert.Equal($"The programme ended with {exit} on 2027-01-01; no transition follows (start a new programme instead).", error.Message);
    }

    [Fact]
    public void No_transition_follows_a_recorded_lapse()
    {
        var lapsed = Recognised().Transition(new PhaseTransition(ProgrammePhase.Lapsed, new(2029, 12, 2)), Today);

        Assert.Equal(ProgrammeRule.Ended, Rejected(lapsed, ProgrammePhase.ActionPlan, new(2030, 1, 1)).Rule);
    }

    [Fact]
    public void A_transition_on_the_same_day_as_the_previous_one_is_allowed()
    {
        var programme = Through(ProgrammeRules.Netherlands, (ProgrammePhase.Applied, AgreedOn), (ProgrammePhase.Agreement, AgreedOn));

        Assert.Equal(ProgrammePhase.Agreement, programme.Phase);
    }

    [Fact]
    public void A_transition_dated_before_the_previous_one_is_rejected()
    {
        var error = Rejected(InEvaluation(), ProgrammePhase.NotRecognised, new(2026, 8, 31));

        Assert.Equal(ProgrammeRule.BeforePreviousTransition, error.Rule);
        Assert.Equal("The transition to NotRecognised on 2026-08-31 is dated before the previous transition (Evaluation on 2026-09-01).", error.Message);
    }

    [Fact]
    public void A_transition_dated_after_today_is_rejected()
    {
        var error = Rejected(new Programme(ProgrammeRules.Netherlands), ProgrammePhase.Applied, new(2024, 1, 2), today: new(2024, 1, 1));

        Assert.Equal(ProgrammeRule.InTheFuture, error.Rule);
        Assert.Equal("The transition to Applied on 2024-01-02 is dated after today (2024-01-01).", error.Message);
    }

    [Fact]
    public void A_transition_dated_today_is_allowed() =>
        Assert.Equal(ProgrammePhase.Applied, new Programme(ProgrammeRules.Netherlands).Transition(new PhaseTransition(ProgrammePhase.Applied, new(2024, 1, 1)), new(2024, 1, 1)).Phase);

    [Fact]
    public void Transition_to_recognised_before_three_years_is_rejected()
    {
        var error = Rejected(InEvaluation(), ProgrammePhase.Recognised, new(2026, 11, 29), All);

        Assert.Equal(ProgrammeRule.TooSoonForRecognition, error.Rule);
        Assert.Equal(
            "A first recognition comes no sooner than P3Y after the agreement (2023-11-30) under the rules of UNICEF Nederland: not before 2026-11-30, so not on 2026-11-29.",
            error.Message);
    }

    [Fact]
    public void Transition_to_recognised_exactly_three_years_after_the_agreement_is_allowed() =>
        Assert.Equal(ProgrammePhase.Recognised, InEvaluation().Transition(new PhaseTransition(ProgrammePhase.Recognised, new(2026, 11, 30), criteria: All), Today).Phase);

    [Fact]
    public void Recognition_without_evidence_for_every_minimum_criterion_is_rejected()
    {
        var error = Rejected(InEvaluation(), ProgrammePhase.Recognised, new(2027, 1, 1), [MinimumCriterion.Results, MinimumCriterion.Participation]);

        Assert.Equal(ProgrammeRule.MissingCriteria, error.Rule);
        Assert.Equal("Recognition needs evidence for Results, Participation, NonDiscrimination; missing: NonDiscrimination.", error.Message);
    }

    [Fact]
    public void Recognition_needs_only_the_criteria_the_rules_require()
    {
        var rules = new ProgrammeRules("Test", Period.Zero, Period.FromYears(5), Period.FromYears(3), [MinimumCriterion.Results]);
        var programme = InEvaluation(rules).Transition(new PhaseTransition(ProgrammePhase.Recognised, new(2026, 9, 1), criteria: [MinimumCriterion.Results]), Today);

        Assert.Equal(ProgrammePhase.Recognised, programme.Phase);
    }

    [Fact]
    public void A_new_action_plan_after_recognition_starts_a_renewal_without_a_minimum_time()
    {
        var renewed = Through(
            ProgrammeRules.Netherlands,
            (ProgrammePhase.Agreement, AgreedOn),
            (ProgrammePhase.SituationAnalysis, AgreedOn),
            (ProgrammePhase.ActionPlan, AgreedOn),
            (ProgrammePhase.Implementation, AgreedOn),
            (ProgrammePhase.Evaluation, AgreedOn),
            (ProgrammePhase.Recognised, new(2026, 12, 1)),
            (ProgrammePhase.ActionPlan, new(2029, 1, 1)),
            (ProgrammePhase.Implementation, new(2029, 1, 2)),
            (ProgrammePhase.Evaluation, new(2029, 1, 3)),
            (ProgrammePhase.Recognised, new(2029, 1, 4)));

        Assert.Equal(ProgrammePhase.Recognised, renewed.Phase);
        Assert.Equal(new LocalDate(2032, 1, 3), renewed.StatusOn(new(2029, 6, 1)).RecognisedUntil);
    }

    [Fact]
    public void A_renewal_needs_evidence_for_the_minimum_criteria_again()
    {
        var renewing = Recognised()
            .Transition(new PhaseTransition(ProgrammePhase.ActionPlan, new(2029, 1, 1)), Today)
            .Transition(new PhaseTransition(ProgrammePhase.Implementation, new(2029, 2, 1)), Today)
            .Transition(new PhaseTransition(ProgrammePhase.Evaluation, new(2029, 9, 1)), Today);

        Assert.Equal(ProgrammeRule.MissingCriteria, Rejected(renewing, ProgrammePhase.Recognised, new(2029, 10, 1)).Rule);
    }

    [Fact]
    public void A_renewal_on_the_last_day_of_the_recognition_is_allowed() =>
        Assert.Equal(ProgrammePhase.ActionPlan, Recognised().Transition(new PhaseTransition(ProgrammePhase.ActionPlan, new(2029, 11, 30)), Today).Phase);

    [Fact]
    public void A_renewal_after_the_recognition_ran_out_is_rejected_because_the_programme_ended()
    {
        var error = Rejected(Recognised(), ProgrammePhase.ActionPlan, new(2029, 12, 1));

        Assert.Equal(ProgrammeRule.Ended, error.Rule);
        Assert.Equal(
            "The recognition ran out after 2029-11-30: the programme has lapsed since 2029-12-01, so ActionPlan on 2029-12-01 cannot follow (only the lapse may be recorded; start a new programme instead).",
            error.Message);
    }

    [Fact]
    public void A_lapse_while_the_recognition_is_valid_is_rejected()
    {
        var error = Rejected(Recognised(), ProgrammePhase.Lapsed, new(2029, 11, 30));

        Assert.Equal(ProgrammeRule.RecognitionStillValid, error.Rule);
        Assert.Equal("The recognition is valid up to and including 2029-11-30; it cannot lapse on 2029-11-30.", error.Message);
    }

    [Fact]
    public void A_lapse_after_the_recognition_ended_is_recorded() =>
        Assert.Equal(ProgrammePhase.Lapsed, Recognised().Transition(new PhaseTransition(ProgrammePhase.Lapsed, new(2029, 12, 1)), Today).Phase);

    [Fact]
    public void A_suspended_programme_resumes_in_the_phase_it_was_suspended_from()
    {
        var suspended = InEvaluation().Transition(new PhaseTransition(ProgrammePhase.Suspended, new(2026, 10, 1), "Gemeenteraad stelt uit"), Today);

        var resumed = suspended.Transition(new PhaseTransition(ProgrammePhase.Evaluation, new(2027, 1, 1)), Today);

        Assert.Equal(ProgrammePhase.Evaluation, resumed.Phase);
        Assert.Equal(ProgrammePhase.Recognised, resumed.Transition(new PhaseTransition(ProgrammePhase.Recognised, new(2027, 2, 1), criteria: All), Today).Phase);
    }

    [Fact]
    public void A_suspended_programme_cannot_resume_in_another_phase()
    {
        var suspended = InEvaluation().Transition(new PhaseTransition(ProgrammePhase.Suspended, new(2026, 10, 1)), Today);

        var error = Rejected(suspended, ProgrammePhase.Recognised, new(2027, 1, 1), All);

        Assert.Equal(ProgrammeRule.NotResumable, error.Rule);
        Assert.Equal("The programme was suspended from Evaluation; it resumes only in Evaluation (or is withdrawn), not in Recognised.", error.Message);
    }

    [Fact]
    public void Suspending_a_suspended_programme_is_out_of_order()
    {
        var suspended = InEvaluation().Transition(new PhaseTransition(ProgrammePhase.Suspended, new(2026, 10, 1)), Today);

        Assert.Equal(ProgrammeRule.OutOfOrder, Rejected(suspended, ProgrammePhase.Suspended, new(2027, 1, 1)).Rule);
    }

    [Fact]
    public void A_suspended_programme_can_be_withdrawn()
    {
        var suspended = InEvaluation().Transition(new PhaseTransition(ProgrammePhase.Suspended, new(2026, 10, 1)), Today);

        Assert.Equal(ProgrammePhase.Withdrawn, suspended.Transition(new PhaseTransition(ProgrammePhase.Withdrawn, new(2027, 1, 1)), Today).Phase);
    }

    [Fact]
    public void Resuming_a_recognition_is_not_a_new_recognition()
    {
        var resumed = Recognised()
            .Transition(new PhaseTransition(ProgrammePhase.Suspended, new(2027, 1, 1)), Today)
            .Transition(new PhaseTransition(ProgrammePhase.Recognised, new(2027, 6, 1)), Today);

        Assert.Equal(new LocalDate(2029, 11, 30), resumed.StatusOn(new(2027, 6, 1)).RecognisedUntil);
    }

    [Fact]
    public void A_rejected_transition_leaves_the_programme_unchanged()
    {
        var programme = InEvaluation();
        var before = programme.StatusOn(Today);

        Rejected(programme, ProgrammePhase.Recognised, new(2026, 10, 1), All);

        Assert.Equal(6, programme.Transitions.Length);
        Assert.Equal(before, programme.StatusOn(Today));
    }

    [Fact]
    public void A_transition_returns_a_new_programme_and_keeps_the_old_one()
    {
        var programme = InEvaluation();

        var next = programme.Transition(new PhaseTransition(ProgrammePhase.Withdrawn, new(2026, 10, 1)), Today);

        Assert.Equal(ProgrammePhase.Evaluation, programme.Phase);
        Assert.Equal(ProgrammePhase.Withdrawn, next.Phase);
        Assert.Same(programme.Rules, next.Rules);
    }

    [Fact]
    public void Can_transition_reports_the_rule_without_throwing()
    {
        var programme = InEvaluation();

        Assert.False(programme.CanTransition(new PhaseTransition(ProgrammePhase.Recognised, new(2026, 10, 1), criteria: All), Today, out var error));
        Assert.Equal(ProgrammeRule.TooSoonForRecognition, error.Rule);
        Assert.True(programme.CanTransition(new PhaseTransition(ProgrammePhase.Withdrawn, new(2026, 10, 1)), Today, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Transition_without_a_transition_is_rejected()
    {
        var programme = new Programme(ProgrammeRules.Netherlands);

        Assert.Equal("transition", Assert.Throws<ArgumentNullException>(() => programme.Transition(null!, Today)).ParamName);
        Assert.Equal("transition", Assert.Throws<ArgumentNullException>(() => programme.CanTransition(null!, Today, out _)).ParamName);
    }

    [Fact]
    public void From_transitions_checks_every_stored_transition()
    {
        PhaseTransition[] stored = [new(ProgrammePhase.Agreement, AgreedOn), new(ProgrammePhase.ActionPlan, new(2024, 1, 1))];

        var error = Assert.Throws<ProgrammeRuleException>(() => Programme.FromTransitions(ProgrammeRules.Netherlands, stored, Today));

        Assert.Equal(ProgrammeRule.OutOfOrder, error.Rule);
        Assert.Same(stored[1], error.Transition);
        Assert.Throws<ArgumentNullException>(() => Programme.FromTransitions(null!, stored, Today));
        Assert.Throws<ArgumentNullException>(() => Programme.FromTransitions(ProgrammeRules.Netherlands, null!, Today));
    }

    [Fact]
    public void The_first_broken_rule_in_rule_order_is_reported()
    {
        var programme = InEvaluation();

        Assert.Equal(ProgrammeRule.OutOfOrder, Rejected(programme, ProgrammePhase.Implementation, new(2040, 1, 1)).Rule);
        Assert.Equal(ProgrammeRule.BeforePreviousTransition, Rejected(programme, ProgrammePhase.Recognised, new(2026, 1, 1)).Rule);
        Assert.Equal(ProgrammeRule.TooSoonForRecognition, Rejected(programme, ProgrammePhase.Recognised, new(2026, 10, 1)).Rule);
    }

    [Fact]
    public void An_application_then_an_agreement_starts_a_programme_under_rules_that_require_it()
    {
        var programme = Through(ProgrammeRules.Germany(40_000), (ProgrammePhase.Applied, new(2023, 1, 1)), (ProgrammePhase.Agreement, AgreedOn));

        Assert.Equal(ProgrammePhase.Agreement, programme.Phase);
    }

    [Fact]
    public void A_programme_reads_as_its_transitions() =>
        Assert.Equal(
            "Applied on 2023-06-01; Agreement on 2023-11-30",
            Through(ProgrammeRules.Netherlands, (ProgrammePhase.Applied, new(2023, 6, 1)), (ProgrammePhase.Agreement, AgreedOn)).ToString());
}
