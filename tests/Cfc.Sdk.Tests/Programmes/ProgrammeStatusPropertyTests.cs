using CsCheck;
using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Tests.Programmes;

public sealed class ProgrammeStatusPropertyTests
{
    private static readonly LocalDate Start = new(2020, 1, 1);
    private static readonly LocalDate Today = new(2060, 1, 1);

    /// <summary>
    /// Programmes built from random attempts: mostly the natural next phase, sometimes any phase, with random gaps;
    /// attempts the rules reject are skipped, so every programme is valid and many reach recognition and renewal.
    /// </summary>
    private static readonly Gen<Programme> GenProgramme =
        Gen.Select(Gen.Int[0, 9], Gen.Int[1, 11], Gen.Int[0, 700], Gen.Bool).Array[0, 25]
            .Select(steps =>
            {
                var programme = new Programme(ProgrammeRules.Netherlands);
                var date = Start;
                foreach (var (choice, anyPhase, gap, evidence) in steps)
                {
                    date = date.PlusDays(gap);
                    var phase = choice < 7 ? Natural(programme.Phase) : (ProgrammePhase)anyPhase;
                    var transition = new PhaseTransition(phase, date, criteria: evidence ? ProgrammeRules.AllCriteria : null);
                    if (programme.CanTransition(transition, Today, out _))
                    {
                        programme = programme.Transition(transition, Today);
                    }
                }

                return programme;
            });

    private static ProgrammePhase Natural(ProgrammePhase? phase) => phase switch
    {
        null => ProgrammePhase.Applied,
        ProgrammePhase.Recognised => ProgrammePhase.ActionPlan,
        >= ProgrammePhase.NotRecognised => ProgrammePhase.Withdrawn,
        var p => p.Value + 1,
    };

    [Fact]
    public void A_later_transition_never_changes_the_status_on_an_earlier_date() =>
        Gen.Select(GenProgramme, Gen.Int[0, 40 * 365]).Sample((programme, offset) =>
        {
            var date = Start.PlusDays(offset);
            var earlier = Programme.FromTransitions(programme.Rules, programme.Transitions.TakeWhile(t => t.On <= date), Today);

            Assert.Equal(earlier.StatusOn(date), programme.StatusOn(date));
        });

    [Fact]
    public void The_history_ends_with_the_current_phase_and_runs_without_gaps() =>
        Gen.Select(GenProgramme, Gen.Int[0, 40 * 365]).Sample((programme, offset) =>
        {
            var status = programme.StatusOn(Start.PlusDays(offset));
            if (status.History.Count == 0)
            {
                Assert.Null(status.Phase);
                return;
            }

            Assert.Equal(status.History[^1].Phase, status.Phase);
            Assert.Null(status.History[^1].To);
            Assert.True(status.History[^1].From <= status.On);
            for (var i = 1; i < status.History.Count; i++)
            {
                Assert.Equal(status.History[i].From, status.History[i - 1].To);
            }
        });

    [Fact]
    public void A_candidate_is_never_recognised_and_an_ended_programme_is_never_overdue() =>
        Gen.Select(GenProgramme, Gen.Int[0, 40 * 365]).Sample((programme, offset) =>
        {
            var status = programme.StatusOn(Start.PlusDays(offset));

            Assert.False(status.Candidate && status.RecognisedUntil is not null);
            Assert.False(status.Overdue && status.Phase is { } phase && ProgrammePhases.IsTerminal(phase));
            Assert.True(status.RecognisedUntil is null || status.RecognisedUntil >= status.On);
        });

    [Fact]
    public void Status_after_the_last_transition_is_the_recorded_phase_unless_the_recognition_ran_out() =>
        GenProgramme.Where(p => p.Transitions.Count > 0).Sample(programme =>
        {
            var last = programme.Transitions[^1].On;

            Assert.Equal(programme.Phase, programme.StatusOn(last).Phase);
            var later = programme.StatusOn(last.PlusYears(10));
            Assert.Equal(programme.Phase == ProgrammePhase.Recognised ? ProgrammePhase.Lapsed : programme.Phase, later.Phase);
        });
}
