using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Tests.Programmes;

/// <summary>What happens once a recognition runs out, and when a renewal fails.</summary>
public sealed class ProgrammeLifecycleTests
{
    private static readonly LocalDate Today = new(2035, 1, 1);

    private static Programme Then(Programme programme, ProgrammePhase phase, LocalDate on) =>
        programme.Transition(new PhaseTransition(phase, on, criteria: ProgrammeRules.AllCriteria), Today);

    private static ProgrammeRuleException Refused(Programme programme, ProgrammePhase phase, LocalDate on) =>
        Assert.Throws<ProgrammeRuleException>(() => Then(programme, phase, on));

    [Fact]
    public void Recognised_on_2026_12_01_for_three_years_is_valid_up_to_2029_11_30_and_lapsed_from_2029_12_01()
    {
        var programme = ProgrammeTests.Recognised();

        Assert.Equal(new LocalDate(2029, 11, 30), programme.StatusOn(new(2029, 11, 30)).RecognisedUntil);
        Assert.Equal(ProgrammePhase.Recognised, programme.StatusOn(new(2029, 11, 30)).Phase);
        Assert.Equal(ProgrammePhase.Lapsed, programme.StatusOn(new(2029, 12, 1)).Phase);
        Assert.Equal(new LocalDate(2029, 12, 1), programme.StatusOn(new(2029, 12, 1)).Since);
    }

    [Fact]
    public void Resuming_a_suspended_recognition_after_it_ran_out_is_refused_because_the_programme_ended()
    {
        var suspended = Then(ProgrammeTests.Recognised(), ProgrammePhase.Suspended, new(2028, 1, 1));

        var error = Refused(suspended, ProgrammePhase.Recognised, new(2031, 1, 1));

        Assert.Equal(ProgrammeRule.Ended, error.Rule);
        Assert.Equal(ProgrammePhase.Suspended, error.CurrentPhase);
        Assert.Equal(ProgrammePhase.Lapsed, suspended.StatusOn(new(2031, 1, 1)).Phase);
        Assert.Equal(
            ["Recognised 2026-12-01/2028-01-01", "Suspended 2028-01-01/2029-12-01", "Lapsed 2029-12-01/"],
            suspended.StatusOn(new(2031, 1, 1)).History.Skip(6).Select(s => s.ToString()));
    }

    [Theory]
    [InlineData(ProgrammePhase.Suspended)]
    [InlineData(ProgrammePhase.Withdrawn)]
    [InlineData(ProgrammePhase.ActionPlan)]
    public void Suspending_withdrawing_or_renewing_after_the_recognition_ran_out_is_refused(ProgrammePhase phase)
    {
        var programme = ProgrammeTests.Recognised();

        Assert.Equal(ProgrammeRule.Ended, Refused(programme, phase, new(2029, 12, 1)).Rule);
        Assert.Equal(phase, Then(programme, phase, new(2029, 11, 30)).Phase);
    }

    [Fact]
    public void Withdrawing_a_suspended_recognition_after_it_ran_out_is_refused_but_its_lapse_can_be_recorded()
    {
        var suspended = Then(ProgrammeTests.Recognised(), ProgrammePhase.Suspended, new(2028, 1, 1));

        Assert.Equal(ProgrammeRule.Ended, Refused(suspended, ProgrammePhase.Withdrawn, new(2030, 1, 1)).Rule);
        Assert.Equal(ProgrammePhase.Lapsed, Then(suspended, ProgrammePhase.Lapsed, new(2030, 1, 1)).Phase);
    }

    [Fact]
    public void Recording_the_lapse_late_never_moves_the_date_it_began()
    {
        var programme = ProgrammeTests.Recognised();
        var recordedLate = Then(programme, ProgrammePhase.Lapsed, new(2030, 6, 1));

        var status = recordedLate.StatusOn(new(2030, 7, 1));

        Assert.Equal(new LocalDate(2029, 12, 1), status.Since);
        Assert.Equal(["Recognised 2026-12-01/2029-12-01", "Lapsed 2029-12-01/"], status.History.Skip(6).Select(s => s.ToString()));
        Assert.Equal(programme.StatusOn(new(2030, 7, 1)), status);
        Assert.Equal(programme.StatusOn(new(2030, 3, 1)), recordedLate.StatusOn(new(2030, 3, 1)));
    }

    [Fact]
    public void The_recorded_phase_and_the_status_on_the_date_of_the_last_transition_agree()
    {
        var lapsed = Then(ProgrammeTests.Recognised(), ProgrammePhase.Lapsed, new(2030, 6, 1));
        var suspended = Then(ProgrammeTests.Recognised(), ProgrammePhase.Suspended, new(2028, 1, 1));

        Assert.Equal(lapsed.Phase, lapsed.StatusOn(new(2030, 6, 1)).Phase);
        Assert.Equal(suspended.Phase, suspended.StatusOn(new(2028, 1, 1)).Phase);
    }

    [Fact]
    public void A_failed_renewal_leaves_the_running_recognition_valid_until_its_own_end()
    {
        var renewing = Then(ProgrammeTests.Recognised(), ProgrammePhase.ActionPlan, new(2029, 1, 1));
        renewing = Then(renewing, ProgrammePhase.Implementation, new(2029, 3, 1));
        renewing = Then(renewing, ProgrammePhase.Evaluation, new(2029, 9, 1));

        var failed = Then(renewing, ProgrammePhase.NotRecognised, new(2029, 10, 1));

        var during = failed.StatusOn(new(2029, 11, 30));
        Assert.Equal(ProgrammePhase.NotRecognised, during.Phase);
        Assert.Equal(new LocalDate(2029, 11, 30), during.RecognisedUntil);
        Assert.False(during.Overdue);
        Assert.Null(during.NextDeadline);
        Assert.Null(failed.StatusOn(new(2029, 12, 1)).RecognisedUntil);
        Assert.Equal(ProgrammeRule.Ended, Refused(failed, ProgrammePhase.Recognised, new(2029, 11, 1)).Rule);
    }

    [Fact]
    public void A_first_programme_that_is_not_recognised_has_no_recognition() =>
        Assert.Null(Then(ProgrammeTests.InEvaluation(), ProgrammePhase.NotRecognised, new(2027, 1, 1)).StatusOn(new(2027, 1, 1)).RecognisedUntil);

    [Fact]
    public void A_renewal_that_started_in_time_is_overdue_not_lapsed_after_the_recognition_ends()
    {
        var renewing = Then(ProgrammeTests.Recognised(), ProgrammePhase.ActionPlan, new(2029, 11, 30));

        var after = renewing.StatusOn(new(2030, 1, 1));

        Assert.Equal(ProgrammePhase.ActionPlan, after.Phase);
        Assert.True(after.Overdue);
        Assert.Equal(ProgrammePhase.Implementation, Then(renewing, ProgrammePhase.Implementation, new(2030, 1, 1)).Phase);
    }

    [Fact]
    public void A_renewal_that_does_not_reach_its_recognition_within_the_maximum_duration_lapses_the_day_after()
    {
        // Dutch rules: a renewal cycle has 5 years from its start (2029-11-29) to reach its recognition: up to 2034-11-29.
        var renewing = Then(ProgrammeTests.Recognised(), ProgrammePhase.ActionPlan, new(2029, 11, 29));

        var last = renewing.StatusOn(new(2034, 11, 29));
        var after = renewing.StatusOn(new(2034, 11, 30));

        Assert.Equal(ProgrammePhase.ActionPlan, last.Phase);
        Assert.True(last.Overdue);
        Assert.Null(last.RecognisedUntil);
        Assert.Equal(ProgrammePhase.Lapsed, after.Phase);
        Assert.Equal(new LocalDate(2034, 11, 30), after.Since);
        Assert.False(after.Overdue);
        Assert.Null(after.RecognisedUntil);
        Assert.Null(after.NextDeadline);
        Assert.Equal(ProgrammeRule.Ended, Refused(renewing, ProgrammePhase.Implementation, new(2034, 11, 30)).Rule);
        Assert.Equal(ProgrammeRule.Ended, Refused(renewing, ProgrammePhase.Withdrawn, new(2034, 12, 1)).Rule);
        Assert.Equal(ProgrammePhase.Implementation, Then(renewing, ProgrammePhase.Implementation, new(2034, 11, 29)).Phase);
    }

    [Fact]
    public void The_lapse_of_a_renewal_can_be_recorded_only_after_its_bound_and_begins_on_the_day_after_it()
    {
        var renewing = Then(ProgrammeTests.Recognised(), ProgrammePhase.ActionPlan, new(2029, 11, 29));
        var suspended = Then(renewing, ProgrammePhase.Suspended, new(2030, 1, 1));
        var far = new LocalDate(2040, 1, 1);

        Assert.Equal(ProgrammeRule.RecognitionStillValid, Refused(renewing, ProgrammePhase.Lapsed, new(2034, 11, 29)).Rule);
        var recorded = renewing.Transition(new PhaseTransition(ProgrammePhase.Lapsed, new(2035, 1, 1)), far);
        Assert.Equal(new LocalDate(2034, 11, 30), recorded.StatusOn(new(2035, 1, 1)).Since);
        Assert.Equal(renewing.StatusOn(new(2035, 1, 1)), recorded.StatusOn(new(2035, 1, 1)));
        Assert.Equal(ProgrammePhase.Lapsed, suspended.StatusOn(new(2034, 11, 30)).Phase);
        Assert.Equal(ProgrammeRule.Ended, Assert.Throws<ProgrammeRuleException>(() => suspended.Transition(new PhaseTransition(ProgrammePhase.ActionPlan, new(2035, 1, 1)), far)).Rule);
    }

    [Fact]
    public void A_renewal_never_ends_before_the_recognition_it_renews()
    {
        // A recognition valid 10 years with a 2-year cycle: a renewal started early still keeps the recognition to its end.
        var rules = new ProgrammeRules("Long validity", Period.Zero, Period.FromYears(2), Period.FromYears(10), renewalWindow: Period.Zero);
        var recognised = ProgrammeTests.Through(rules, (ProgrammePhase.Agreement, new(2020, 1, 1)), (ProgrammePhase.SituationAnalysis, new(2020, 2, 1)), (ProgrammePhase.ActionPlan, new(2020, 3, 1)), (ProgrammePhase.Implementation, new(2020, 4, 1)), (ProgrammePhase.Evaluation, new(2020, 5, 1)), (ProgrammePhase.Recognised, new(2020, 6, 1)));
        var renewing = Then(recognised, ProgrammePhase.ActionPlan, new(2021, 1, 1));

        Assert.Equal(new LocalDate(2030, 5, 31), renewing.StatusOn(new(2030, 5, 31)).RecognisedUntil);
        Assert.Equal(ProgrammePhase.ActionPlan, renewing.StatusOn(new(2030, 5, 31)).Phase);
        Assert.Equal(ProgrammePhase.Lapsed, renewing.StatusOn(new(2030, 6, 1)).Phase);
    }

    [Fact]
    public void A_renewed_recognition_after_an_overdue_renewal_starts_a_new_validity()
    {
        var renewing = Then(ProgrammeTests.Recognised(), ProgrammePhase.ActionPlan, new(2029, 11, 29));
        renewing = Then(renewing, ProgrammePhase.Implementation, new(2031, 1, 1));
        renewing = Then(renewing, ProgrammePhase.Evaluation, new(2032, 1, 1));

        var renewed = Then(renewing, ProgrammePhase.Recognised, new(2033, 1, 1));

        Assert.Equal(new LocalDate(2035, 12, 31), renewed.StatusOn(new(2034, 12, 1)).RecognisedUntil);
        Assert.False(renewed.StatusOn(new(2034, 12, 1)).Overdue);
    }

    [Fact]
    public void Germany_with_a_fast_seal_reports_completion_due_no_later_than_the_seal_ends()
    {
        // 4 years for fewer than 50,000 inhabitants: completion due 2027-11-30 by the agreement, but the seal of 2024-06-01 ends on 2027-05-31.
        var sealed_ = ProgrammeTests.Through(
            ProgrammeRules.Germany(40_000),
            (ProgrammePhase.Applied, new(2023, 6, 1)),
            (ProgrammePhase.Agreement, new(2023, 11, 30)),
            (ProgrammePhase.SituationAnalysis, new(2024, 1, 1)),
            (ProgrammePhase.ActionPlan, new(2024, 5, 1)),
            (ProgrammePhase.Recognised, new(2024, 6, 1)),
            (ProgrammePhase.Implementation, new(2024, 7, 1)));

        var before = sealed_.StatusOn(new(2024, 1, 15));
        var implementing = sealed_.StatusOn(new(2025, 1, 1));
        var lastDay = sealed_.StatusOn(new(2027, 5, 31));

        Assert.Equal(new ProgrammeDeadline(ProgrammeDeadlineKind.CompletionDue, new(2027, 11, 30)), before.NextDeadline);
        Assert.Equal(new ProgrammeDeadline(ProgrammeDeadlineKind.CompletionDue, new(2027, 5, 31)), implementing.NextDeadline);
        Assert.Equal(new ProgrammeDeadline(ProgrammeDeadlineKind.CompletionDue, new(2027, 5, 31)), lastDay.NextDeadline);
        Assert.False(lastDay.Overdue);
        Assert.Equal(ProgrammePhase.Evaluation, Then(sealed_, ProgrammePhase.Evaluation, new(2027, 5, 31)).Phase);
        Assert.Equal(ProgrammePhase.Lapsed, sealed_.StatusOn(new(2027, 6, 1)).Phase);
        Assert.Equal(ProgrammeRule.Ended, Refused(sealed_, ProgrammePhase.Evaluation, new(2027, 6, 1)).Rule);
    }
}
