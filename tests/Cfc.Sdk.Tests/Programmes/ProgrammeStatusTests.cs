using Cfc.Sdk.Programmes;
using Cfc.Testing;
using NodaTime;
using NodaTime.Testing;

namespace Cfc.Sdk.Tests.Programmes;

public sealed class ProgrammeStatusTests
{
    private static readonly LocalDate Today = new(2035, 1, 1);

    [Fact]
    public void Before_the_first_transition_the_programme_has_not_started()
    {
        var status = ProgrammeTests.InEvaluation().StatusOn(new(2023, 5, 31));

        Assert.Null(status.Phase);
        Assert.Null(status.Since);
        Assert.Null(status.TimeInPhase);
        Assert.Null(status.NextDeadline);
        Assert.Empty(status.History);
        Assert.False(status.Candidate);
        Assert.Equal("2023-05-31: not started", status.ToString());
    }

    [Fact]
    public void Status_gives_the_phase_since_and_time_in_phase()
    {
        var status = ProgrammeTests.InEvaluation().StatusOn(new(2025, 3, 20));

        Assert.Equal(ProgrammePhase.Implementation, status.Phase);
        Assert.Equal(new LocalDate(2025, 1, 15), status.Since);
        Assert.Equal(Period.FromMonths(2) + Period.FromDays(5), status.TimeInPhase);
        Assert.Equal(new LocalDate(2025, 3, 20), status.On);
    }

    [Fact]
    public void A_transition_counts_from_its_own_date()
    {
        var programme = ProgrammeTests.InEvaluation();

        Assert.Equal(ProgrammePhase.Implementation, programme.StatusOn(new(2026, 8, 31)).Phase);
        Assert.Equal(ProgrammePhase.Evaluation, programme.StatusOn(new(2026, 9, 1)).Phase);
    }

    [Fact]
    public void History_lists_the_phases_up_to_the_date_with_the_current_one_open()
    {
        var status = ProgrammeTests.InEvaluation().StatusOn(new(2024, 5, 1));

        Assert.Equal(
            ["Applied 2023-06-01/2023-11-30", "Agreement 2023-11-30/2024-03-01", "SituationAnalysis 2024-03-01/"],
            status.History.Select(s => s.ToString()));
    }

    [Fact]
    public void The_municipality_is_a_candidate_from_the_agreement_until_recognition()
    {
        var programme = ProgrammeTests.Recognised();

        Assert.False(programme.StatusOn(new(2023, 11, 29)).Candidate);
        Assert.True(programme.StatusOn(new(2023, 11, 30)).Candidate);
        Assert.True(programme.StatusOn(new(2026, 11, 30)).Candidate);
        Assert.False(programme.StatusOn(new(2026, 12, 1)).Candidate);
    }

    [Fact]
    public void A_municipality_is_no_candidate_after_an_exit()
    {
        var suspended = ProgrammeTests.InEvaluation().Transition(new PhaseTransition(ProgrammePhase.Suspended, new(2026, 10, 1)), Today);
        var withdrawn = ProgrammeTests.InEvaluation().Transition(new PhaseTransition(ProgrammePhase.Withdrawn, new(2026, 10, 1)), Today);

        Assert.False(suspended.StatusOn(new(2026, 10, 1)).Candidate);
        Assert.False(withdrawn.StatusOn(new(2026, 10, 1)).Candidate);
    }

    [Fact]
    public void A_renewing_municipality_is_no_candidate()
    {
        var renewing = ProgrammeTests.Recognised().Transition(new PhaseTransition(ProgrammePhase.ActionPlan, new(2029, 1, 1)), Today);

        Assert.False(renewing.StatusOn(new(2029, 1, 1)).Candidate);
    }

    [Fact]
    public void A_recognition_is_valid_three_years_in_the_netherlands()
    {
        var status = ProgrammeTests.Recognised().StatusOn(new(2027, 1, 1));

        Assert.Equal(ProgrammePhase.Recognised, status.Phase);
        Assert.Equal(new LocalDate(2029, 11, 30), status.RecognisedUntil);
        Assert.Equal(new ProgrammeDeadline(ProgrammeDeadlineKind.RenewalDue, new(2029, 11, 30)), status.NextDeadline);
        Assert.False(status.Overdue);
        Assert.Equal("2027-01-01: Recognised since 2026-12-01, recognised until 2029-11-30", status.ToString());
    }

    [Fact]
    public void A_renewal_is_due_in_the_last_six_months_of_the_recognition()
    {
        var programme = ProgrammeTests.Recognised();

        Assert.False(programme.StatusOn(new(2029, 5, 29)).RenewalDue);
        Assert.True(programme.StatusOn(new(2029, 5, 30)).RenewalDue);
        Assert.True(programme.StatusOn(new(2029, 11, 30)).RenewalDue);
        Assert.False(programme.StatusOn(new(2029, 12, 1)).RenewalDue);
        Assert.EndsWith(", renewal due", programme.StatusOn(new(2029, 6, 1)).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_started_renewal_is_no_longer_due()
    {
        var renewing = ProgrammeTests.Recognised().Transition(new PhaseTransition(ProgrammePhase.ActionPlan, new(2029, 7, 1)), Today);

        Assert.True(renewing.StatusOn(new(2029, 6, 30)).RenewalDue);
        Assert.False(renewing.StatusOn(new(2029, 7, 1)).RenewalDue);
    }

    [Fact]
    public void A_recognition_is_valid_four_years_in_spain()
    {
        var programme = ProgrammeTests.InEvaluation(ProgrammeRules.Spain)
            .Transition(new PhaseTransition(ProgrammePhase.Recognised, new(2026, 12, 1), criteria: ProgrammeRules.AllCriteria), Today);

        Assert.Equal(new LocalDate(2030, 11, 30), programme.StatusOn(new(2027, 1, 1)).RecognisedUntil);
    }

    [Fact]
    public void An_expired_recognition_without_renewal_reads_as_lapsed_after_its_end()
    {
        var programme = ProgrammeTests.Recognised();

        var lastDay = programme.StatusOn(new(2029, 11, 30));
        var after = programme.StatusOn(new(2029, 12, 1));

        Assert.Equal(ProgrammePhase.Recognised, lastDay.Phase);
        Assert.Equal(ProgrammePhase.Lapsed, after.Phase);
        Assert.Equal(new LocalDate(2029, 12, 1), after.Since);
        Assert.Null(after.RecognisedUntil);
        Assert.Null(after.NextDeadline);
        Assert.False(after.Overdue);
        Assert.Equal(["Recognised 2026-12-01/2029-12-01", "Lapsed 2029-12-01/"], after.History.Skip(6).Select(s => s.ToString()));
    }

    [Fact]
    public void A_renewal_keeps_the_recognition_until_its_end_and_is_overdue_after_it()
    {
        var renewing = ProgrammeTests.Recognised()
            .Transition(new PhaseTransition(ProgrammePhase.ActionPlan, new(2029, 1, 1)), Today)
            .Transition(new PhaseTransition(ProgrammePhase.Implementation, new(2029, 3, 1)), Today);

        var before = renewing.StatusOn(new(2029, 11, 30));
        var after = renewing.StatusOn(new(2029, 12, 1));

        Assert.Equal(new LocalDate(2029, 11, 30), before.RecognisedUntil);
        Assert.False(before.Overdue);
        Assert.Equal(new ProgrammeDeadline(ProgrammeDeadlineKind.RecognitionDue, new(2029, 11, 30)), before.NextDeadline);
        Assert.Equal(ProgrammePhase.Implementation, after.Phase);
        Assert.Null(after.RecognisedUntil);
        Assert.True(after.Overdue);
    }

    [Fact]
    public void A_programme_past_five_years_without_recognition_is_overdue()
    {
        var programme = ProgrammeTests.InEvaluation();

        Assert.False(programme.StatusOn(new(2028, 11, 30)).Overdue);
        Assert.True(programme.StatusOn(new(2028, 12, 1)).Overdue);
        Assert.Equal(new ProgrammeDeadline(ProgrammeDeadlineKind.RecognitionDue, new(2028, 11, 30)), programme.StatusOn(new(2028, 12, 1)).NextDeadline);
    }

    [Fact]
    public void The_programme_length_follows_the_population_band_in_germany_and_runs_to_the_final_review()
    {
        var sealed_ = ProgrammeTests.Through(
            ProgrammeRules.Germany(120_000),
            (ProgrammePhase.Applied, new(2023, 6, 1)),
            (ProgrammePhase.Agreement, new(2023, 11, 30)),
            (ProgrammePhase.SituationAnalysis, new(2024, 3, 1)),
            (ProgrammePhase.ActionPlan, new(2025, 5, 1)),
            (ProgrammePhase.Recognised, new(2025, 6, 1)),
            (ProgrammePhase.Implementation, new(2025, 6, 2)));

        var lastDay = sealed_.StatusOn(new(2028, 5, 30));
        var after = sealed_.StatusOn(new(2028, 5, 31));

        Assert.Equal(new ProgrammeDeadline(ProgrammeDeadlineKind.CompletionDue, new(2028, 5, 30)), lastDay.NextDeadline);
        Assert.False(lastDay.Overdue);
        Assert.True(after.Overdue);
        Assert.Equal(new LocalDate(2028, 5, 31), after.RecognisedUntil);
        var reviewed = sealed_.Transition(new PhaseTransition(ProgrammePhase.Evaluation, new(2028, 5, 1)), Today);
        Assert.False(reviewed.StatusOn(new(2028, 5, 31)).Overdue);
        Assert.Equal(new ProgrammeDeadline(ProgrammeDeadlineKind.RenewalDue, new(2028, 5, 31)), reviewed.StatusOn(new(2028, 5, 31)).NextDeadline);
    }

    [Fact]
    public void A_suspended_programme_can_still_become_overdue()
    {
        var suspended = ProgrammeTests.InEvaluation().Transition(new PhaseTransition(ProgrammePhase.Suspended, new(2026, 10, 1)), Today);

        Assert.True(suspended.StatusOn(new(2029, 1, 1)).Overdue);
    }

    [Fact]
    public void An_ended_programme_is_never_overdue_and_has_no_deadline()
    {
        var withdrawn = ProgrammeTests.InEvaluation().Transition(new PhaseTransition(ProgrammePhase.Withdrawn, new(2026, 10, 1)), Today);

        var status = withdrawn.StatusOn(new(2030, 1, 1));

        Assert.Equal(ProgrammePhase.Withdrawn, status.Phase);
        Assert.False(status.Overdue);
        Assert.Null(status.NextDeadline);
        Assert.Null(status.RecognisedUntil);
    }

    [Fact]
    public void A_withdrawal_ends_the_recognition()
    {
        var withdrawn = ProgrammeTests.Recognised().Transition(new PhaseTransition(ProgrammePhase.Withdrawn, new(2027, 1, 1)), Today);

        Assert.Null(withdrawn.StatusOn(new(2027, 1, 1)).RecognisedUntil);
        Assert.Equal(new LocalDate(2029, 11, 30), withdrawn.StatusOn(new(2026, 12, 31)).RecognisedUntil);
    }

    [Fact]
    public void An_application_has_no_deadline_yet()
    {
        var applied = new Programme(ProgrammeRules.Netherlands).Transition(new PhaseTransition(ProgrammePhase.Applied, new(2023, 6, 1)), Today);

        var status = applied.StatusOn(new(2023, 7, 1));

        Assert.Null(status.NextDeadline);
        Assert.False(status.Candidate);
        Assert.False(status.Overdue);
    }

    [Fact]
    public void Statuses_on_the_same_date_are_equal()
    {
        var a = ProgrammeTests.InEvaluation().StatusOn(new(2026, 1, 1));
        var b = ProgrammeTests.InEvaluation().StatusOn(new(2026, 1, 1));

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ProgrammeTests.InEvaluation().StatusOn(new(2026, 1, 2)));
    }

    [Fact]
    public void Status_of_Gooise_Meren_as_json_is_approved()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 3, 1, 23, 30));
        var today = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;
        var programme = Programme.FromTransitions(
            ProgrammeRules.Netherlands,
            [
                new(ProgrammePhase.Agreement, new(2023, 11, 30), "Kandidaat Child Friendly City, november 2023"),
                new(ProgrammePhase.SituationAnalysis, new(2024, 2, 1)),
                new(ProgrammePhase.ActionPlan, new(2024, 11, 14), "Actieplan vastgesteld door de gemeenteraad"),
                new(ProgrammePhase.Implementation, new(2025, 1, 1)),
                new(ProgrammePhase.Evaluation, new(2026, 9, 1)),
                new(ProgrammePhase.Recognised, new(2027, 3, 2), criteria: ProgrammeRules.AllCriteria),
            ],
            today);

        Approvals.VerifyJson(new[] { programme.StatusOn(new(2027, 3, 1)), programme.StatusOn(today) });
    }

    [Fact]
    public void Status_of_a_lapsed_recognition_as_json_is_approved() =>
        Approvals.VerifyJson(ProgrammeTests.Recognised().StatusOn(new(2030, 1, 1)));
}
