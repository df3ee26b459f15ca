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
}
