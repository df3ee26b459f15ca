using CsCheck;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Recognition;
using Cfc.Sdk.Reports;
using NodaTime;
using static Cfc.Sdk.Tests.Recognition.RecognitionSamples;

namespace Cfc.Sdk.Tests.Recognition;

/// <summary>
/// Readiness over random evidence: more evidence of the same kind never lowers a criterion's status. CsCheck prints
/// the seed of a failing sample (<c>Set seed: "…"</c>).
/// </summary>
public sealed class ReadinessPropertyTests
{
    private const long Iterations = 500;

    private static readonly ParticipationKind[] s_kinds = Enum.GetValues<ParticipationKind>();
    private static readonly ReachedGroup[] s_groups = [ReachedGroup.Poverty, ReachedGroup.InCare, ReachedGroup.Disability, ReachedGroup.RefugeeBackground, ReachedGroup.Parse("young-carers")];
    private static readonly IndicatorId[] s_indicators = [DutchIndicators.HomeSitters.Id, DutchIndicators.AbsoluteAbsence.Id, DutchIndicators.LowIncomeMinors.Id];
    private static readonly ActionPointStatus[] s_statuses = [ActionPointStatus.InProgress, ActionPointStatus.Done, ActionPointStatus.Dropped];

    /// <summary>A record held between the agreement and the day, in one of the phases so far; with its feedback given by the day, or held too recently to need it.</summary>
    private static readonly Gen<ParticipationRecord> GenRecord =
        Gen.Select(Gen.Int[0, s_kinds.Length - 1], Gen.Int[0, 1510], Gen.Int[0, PhasesSoFar.Length - 1], Gen.Int[0, 31], Gen.Bool)
            .Select((kind, day, phase, groups, feedback) =>
            {
                var heldOn = new LocalDate(2022, 1, 10).PlusDays(day);
                var needsFeedback = heldOn.PlusMonths(3) < On;
                return Record(s_kinds[kind], heldOn, PhasesSoFar[phase], [.. s_groups.Where((_, i) => (groups & (1 << i)) != 0)], feedback: needsFeedback || feedback);
            });

    private static readonly Gen<ActionPoint> GenActionPoint =
        Gen.Select(Gen.Int[0, s_indicators.Length - 1], Gen.Int[0, s_statuses.Length]).Select((indicator, status) =>
            ActionPoint(s_indicators[indicator], status == s_statuses.Length ? null : s_statuses[status]));

    private static readonly Gen<IndicatorReport[]> GenReports = Gen.Int[0, 7].Select(mask => ResultsInThreeGoalAreas().Where((_, i) => (mask & (1 << i)) != 0).ToArray());

    private static readonly Gen<RecognitionEvidence> GenEvidence =
        Gen.Select(GenReports, GenRecord.Array[0, 8], GenActionPoint.Array[0, 4], Gen.Int[0, 3], Gen.Double[5, 60])
            .Select((reports, records, points, tables, male) => Evidence(
                reports,
                [.. new[] { HomeSittersBySex(40, Math.Round(male)) }.Take(tables)],
                records,
                points));

    private static int Rank(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => 2,
        CriterionStatus.Partly => 1,
        _ => 0,
    };

    private static void NeverLower(Readiness before, Readiness after)
    {
        foreach (var (a, b) in before.Criteria.Zip(after.Criteria))
        {
            Assert.True(Rank(b.Status) >= Rank(a.Status), $"{a} became {b}");
        }

        Assert.True(!before.Ready || after.Ready);
    }

    [Fact]
    public void Adding_a_participation_record_with_its_feedback_never_lowers_a_status() =>
        Gen.Select(GenEvidence, GenRecord).Sample(
            (evidence, record) => NeverLower(
                Readiness.Assess(evidence, ReadinessRules.Netherlands),
                Readiness.Assess(Evidence(evidence.Reports, evidence.Breakdowns, evidence.Participation.Add(record), evidence.ActionPoints), ReadinessRules.Netherlands)),
            iter: Iterations);

    [Fact]
    public void Adding_an_action_point_never_lowers_a_status() =>
        Gen.Select(GenEvidence, GenActionPoint).Sample(
            (evidence, point) => NeverLower(
                Readiness.Assess(evidence, ReadinessRules.Netherlands),
                Readiness.Assess(Evidence(evidence.Reports, evidence.Breakdowns, evidence.Participation, evidence.ActionPoints.Add(point)), ReadinessRules.Netherlands)),
            iter: Iterations);

    [Fact]
    public void Adding_a_target_on_track_or_achieved_never_lowers_a_status() =>
        Gen.Select(GenEvidence, Gen.Int[0, 2]).Sample(
            (evidence, i) => NeverLower(
                Readiness.Assess(evidence, ReadinessRules.Netherlands),
                Readiness.Assess(Evidence(evidence.Reports.Add(ResultsInThreeGoalAreas()[i]), evidence.Breakdowns, evidence.Participation, evidence.ActionPoints), ReadinessRules.Netherlands)),
            iter: Iterations);

    [Fact]
    public void Ready_is_every_criterion_met_and_a_criterion_met_misses_nothing() =>
        GenEvidence.Sample(
            evidence =>
            {
                var readiness = Readiness.Assess(evidence, ReadinessRules.Netherlands);
                Assert.Equal(readiness.Criteria.All(c => c.Status == CriterionStatus.Met), readiness.Ready);
                Assert.All(readiness.Criteria, c => Assert.Equal(c.Status == CriterionStatus.Met, c.Missing.IsEmpty));
                Assert.Equal(ProgrammeRules.AllCriteria, readiness.Criteria.Select(c => c.Criterion));
            },
            iter: Iterations);
}
