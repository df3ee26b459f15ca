using System.Text.Json;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Serialization;
using NodaTime;

namespace Cfc.Sdk.Tests.Programmes;

/// <summary>The dates a status shows (agreement, earliest first recognition, last day of the recognition) follow the programme's own rules.</summary>
public sealed class ProgrammeStatusDatesTests
{
    private static readonly LocalDate Today = new(2035, 1, 1);
    private static readonly LocalDate AgreedOn = new(2023, 11, 30);

    /// <summary>Rules unlike any preset: recognition from 18 months after the agreement, valid 2 years.</summary>
    private static readonly ProgrammeRules Short = new("Test committee", Period.FromMonths(18), Period.FromYears(4), Period.FromYears(2));

    private static Programme Agreed(ProgrammeRules rules) =>
        ProgrammeTests.Through(rules, (ProgrammePhase.Applied, new(2023, 6, 1)), (ProgrammePhase.Agreement, AgreedOn), (ProgrammePhase.SituationAnalysis, new(2024, 3, 1)));

    private static Programme RecognisedUnder(ProgrammeRules rules, LocalDate on) =>
        ProgrammeTests.InEvaluation(rules).Transition(new PhaseTransition(ProgrammePhase.Recognised, on, criteria: ProgrammeRules.AllCriteria), Today);

    [Fact]
    public void Before_the_agreement_there_are_no_dates()
    {
        var programme = Agreed(ProgrammeRules.Netherlands);

        foreach (var status in new[] { programme.StatusOn(new(2023, 5, 31)), programme.StatusOn(new(2023, 11, 29)) })
        {
            Assert.Null(status.Agreement);
            Assert.Null(status.EarliestRecognition);
            Assert.Null(status.RecognitionEnd);
        }
    }

    [Fact]
    public void The_earliest_recognition_is_the_agreement_plus_the_rules_minimum()
    {
        var dutch = Agreed(ProgrammeRules.Netherlands).StatusOn(new(2024, 5, 1));
        var short_ = Agreed(Short).StatusOn(new(2024, 5, 1));

        Assert.Equal(AgreedOn, dutch.Agreement);
        Assert.Equal(new LocalDate(2026, 11, 30), dutch.EarliestRecognition);
        Assert.Equal(AgreedOn, short_.Agreement);
        Assert.Equal(new LocalDate(2025, 5, 30), short_.EarliestRecognition);
        Assert.Null(short_.RecognitionEnd);
    }

    [Fact]
    public void The_earliest_recognition_is_the_first_day_the_rules_admit_one()
    {
        var programme = ProgrammeTests.Through(
            Short,
            (ProgrammePhase.Applied, new(2023, 6, 1)),
            (ProgrammePhase.Agreement, AgreedOn),
            (ProgrammePhase.SituationAnalysis, new(2024, 2, 1)),
            (ProgrammePhase.ActionPlan, new(2024, 5, 1)),
            (ProgrammePhase.Implementation, new(2024, 7, 1)),
            (ProgrammePhase.Evaluation, new(2025, 1, 1)));
        var earliest = programme.StatusOn(new(2025, 1, 1)).EarliestRecognition!.Value;

        var tooSoon = new PhaseTransition(ProgrammePhase.Recognised, earliest.PlusDays(-1), criteria: ProgrammeRules.AllCriteria);
        var inTime = new PhaseTransition(ProgrammePhase.Recognised, earliest, criteria: ProgrammeRules.AllCriteria);

        Assert.False(programme.CanTransition(tooSoon, Today, out var error));
        Assert.Equal(ProgrammeRule.TooSoonForRecognition, error.Rule);
        Assert.True(programme.CanTransition(inTime, Today, out _));
    }

    [Fact]
    public void A_recognised_programme_has_no_earliest_recognition_and_its_recognition_ends_after_the_rules_validity()
    {
        var programme = RecognisedUnder(Short, new(2026, 9, 10));

        var status = programme.StatusOn(new(2026, 10, 1));

        Assert.Null(status.EarliestRecognition);
        Assert.Equal(AgreedOn, status.Agreement);
        Assert.Equal(new LocalDate(2028, 9, 9), status.RecognitionEnd);
        Assert.Equal(status.RecognisedUntil, status.RecognitionEnd);
        Assert.Equal(new LocalDate(2030, 11, 30), RecognisedUnder(ProgrammeRules.Spain, new(2026, 12, 1)).StatusOn(new(2027, 1, 1)).RecognitionEnd);
    }

    [Fact]
    public void A_lapsed_programme_keeps_the_last_day_of_its_recognition()
    {
        var programme = RecognisedUnder(Short, new(2026, 9, 10));

        var lapsed = programme.StatusOn(new(2028, 9, 10));
        var recorded = programme.Transition(new PhaseTransition(ProgrammePhase.Lapsed, new(2028, 12, 1)), Today).StatusOn(new(2029, 1, 1));

        foreach (var status in new[] { lapsed, recorded })
        {
            Assert.Equal(ProgrammePhase.Lapsed, status.Phase);
            Assert.Null(status.RecognisedUntil);
            Assert.Equal(new LocalDate(2028, 9, 9), status.RecognitionEnd);
            Assert.Null(status.EarliestRecognition);
            Assert.Equal(AgreedOn, status.Agreement);
        }
    }

    [Fact]
    public void A_renewal_moves_the_end_to_the_new_recognition_and_a_failed_one_keeps_the_old()
    {
        var renewing = RecognisedUnder(Short, new(2026, 9, 10))
            .Transition(new PhaseTransition(ProgrammePhase.ActionPlan, new(2027, 6, 1)), Today)
            .Transition(new PhaseTransition(ProgrammePhase.Implementation, new(2027, 7, 1)), Today)
            .Transition(new PhaseTransition(ProgrammePhase.Evaluation, new(2027, 12, 1)), Today);

        var renewed = renewing.Transition(new PhaseTransition(ProgrammePhase.Recognised, new(2028, 3, 1), criteria: ProgrammeRules.AllCriteria), Today);
        var failed = renewing.Transition(new PhaseTransition(ProgrammePhase.NotRecognised, new(2028, 3, 1)), Today);

        Assert.Equal(new LocalDate(2028, 9, 9), renewing.StatusOn(new(2028, 1, 1)).RecognitionEnd);
        Assert.Null(renewing.StatusOn(new(2028, 1, 1)).EarliestRecognition);
        Assert.Equal(new LocalDate(2030, 2, 28), renewed.StatusOn(new(2028, 4, 1)).RecognitionEnd);
        Assert.Equal(new LocalDate(2028, 9, 9), failed.StatusOn(new(2029, 1, 1)).RecognitionEnd);
        Assert.Null(failed.StatusOn(new(2029, 1, 1)).RecognisedUntil);
    }

    [Fact]
    public void A_suspended_candidate_keeps_its_earliest_recognition_and_a_withdrawn_one_has_none()
    {
        var suspended = Agreed(Short).Transition(new PhaseTransition(ProgrammePhase.Suspended, new(2024, 6, 1)), Today);
        var withdrawn = Agreed(Short).Transition(new PhaseTransition(ProgrammePhase.Withdrawn, new(2024, 6, 1)), Today);
        var withdrawnRecognised = RecognisedUnder(Short, new(2026, 9, 10)).Transition(new PhaseTransition(ProgrammePhase.Withdrawn, new(2027, 1, 1)), Today);

        Assert.Equal(new LocalDate(2025, 5, 30), suspended.StatusOn(new(2024, 7, 1)).EarliestRecognition);
        Assert.Null(withdrawn.StatusOn(new(2024, 7, 1)).EarliestRecognition);
        Assert.Equal(AgreedOn, withdrawn.StatusOn(new(2024, 7, 1)).Agreement);
        Assert.Equal(new LocalDate(2028, 9, 9), withdrawnRecognised.StatusOn(new(2027, 1, 1)).RecognitionEnd);
    }

    [Fact]
    public void Statuses_with_the_same_history_under_other_rules_differ()
    {
        var dutch = Agreed(ProgrammeRules.Netherlands).StatusOn(new(2024, 5, 1));
        var short_ = Agreed(Short).StatusOn(new(2024, 5, 1));

        Assert.Equal(dutch.History.AsEnumerable(), short_.History.AsEnumerable());
        Assert.NotEqual(dutch, short_);
    }

    [Fact]
    public void The_dates_are_derived_again_from_json_and_are_not_in_it()
    {
        var options = new JsonSerializerOptions().ConfigureForCfcSdk();
        var lapsed = RecognisedUnder(Short, new(2026, 9, 10)).StatusOn(new(2029, 1, 1));

        var json = JsonSerializer.Serialize(lapsed, options);
        var back = JsonSerializer.Deserialize<ProgrammeStatus>(json, options)!;

        Assert.Equal(lapsed, back);
        Assert.Equal(new LocalDate(2028, 9, 9), back.RecognitionEnd);
        Assert.Equal(AgreedOn, back.Agreement);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(["on", "programme"], document.RootElement.EnumerateObject().Select(p => p.Name.ToLowerInvariant()));
    }
}
