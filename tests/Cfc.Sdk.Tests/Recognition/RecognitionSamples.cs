using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Recognition;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Targets;
using NodaTime;

namespace Cfc.Sdk.Tests.Recognition;

/// <summary>Den Haag's evidence on 1 March 2026, after a programme from agreement (2022) to evaluation (2025), in parts.</summary>
internal static class RecognitionSamples
{
    public static readonly LocalDate On = new(2026, 3, 1);

    public static readonly MemberCode DenHaag = MemberCode.DenHaag;

    public static readonly DisclosureControl Disclosure = new(new DisclosureOptions());

    public static readonly ProgrammePhase[] PhasesSoFar =
        [ProgrammePhase.Agreement, ProgrammePhase.SituationAnalysis, ProgrammePhase.ActionPlan, ProgrammePhase.Implementation, ProgrammePhase.Evaluation];

    public static Programme Programme(ProgrammeRules? rules = null) => Cfc.Sdk.Programmes.Programme.FromTransitions(
        rules ?? ProgrammeRules.Netherlands,
        [
            new(ProgrammePhase.Agreement, new(2022, 1, 10)), new(ProgrammePhase.SituationAnalysis, new(2022, 6, 1)),
            new(ProgrammePhase.ActionPlan, new(2023, 1, 1)), new(ProgrammePhase.Implementation, new(2023, 9, 1)),
            new(ProgrammePhase.Evaluation, new(2025, 6, 1)),
        ],
        On);

    /// <summary>An achieved target in each of three goal areas (essential services, safe environment, play).</summary>
    public static IndicatorReport[] ResultsInThreeGoalAreas() =>
    [
        Achieved(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2020), 10, ReportingPeriod.CalendarYear(2024), 7, 8),
        Achieved(DutchIndicators.ChildRoadDeaths, ReportingPeriod.CalendarYear(2020), 40, ReportingPeriod.CalendarYear(2024), 20, 30),
        Achieved(DutchIndicators.PlaySpaceShare, ReportingPeriod.Snapshot(new(2020, 12, 31)), 2, ReportingPeriod.Snapshot(new(2024, 12, 31)), 4, 3),
    ];

    /// <summary>A report whose latest figure meets its target.</summary>
    public static IndicatorReport Achieved(Indicator indicator, ReportingPeriod first, double firstValue, ReportingPeriod latest, double latestValue, double target) =>
        IndicatorReport.Create(
            indicator,
            [Observation.Create(indicator, DenHaag, first, firstValue), Observation.Create(indicator, DenHaag, latest, latestValue)],
            Disclosure,
            On,
            Target.Create(indicator, first, firstValue, target, new LocalDate(2030, 12, 31)));

    /// <summary>A report whose target is off track: the figure moves away from it.</summary>
    public static IndicatorReport OffTrack(Indicator indicator, ReportingPeriod first, ReportingPeriod latest) =>
        IndicatorReport.Create(
            indicator,
            [Observation.Create(indicator, DenHaag, first, 10), Observation.Create(indicator, DenHaag, latest, 12)],
            Disclosure,
            On,
            Target.Create(indicator, first, 10, 5, new LocalDate(2030, 12, 31)));

    /// <summary>A council in every phase so far, reaching two groups, each with feedback.</summary>
    public static ParticipationRecord[] ParticipationInEveryPhase() =>
        [.. PhasesSoFar.Select((phase, i) => Record(ParticipationKind.Council, new LocalDate(2022 + i, 3, 1), phase, [ReachedGroup.Poverty, ReachedGroup.InCare], feedback: true))];

    public static ParticipationRecord Record(ParticipationKind kind, LocalDate heldOn, ProgrammePhase phase, ReachedGroup[]? groups = null, bool feedback = false) =>
        new(DenHaag, kind, heldOn, phase, 12, groupsReached: groups, feedback: feedback ? new ParticipationFeedback(heldOn.PlusDays(30), "Brief aan de kinderraad.") : null);

    /// <summary>The latest table of home sitters by sex in 2024/25: 40 girls and 20 boys, a gap of half the highest.</summary>
    public static DisclosedTable HomeSittersBySex(double female = 40, double male = 20) =>
        Disclosure.DiscloseTable(DutchIndicators.HomeSitters,
        [
            Observation.Create(DutchIndicators.HomeSitters, DenHaag, ReportingPeriod.SchoolYear(2024), female + male),
            Observation.Create(DutchIndicators.HomeSitters, DenHaag, ReportingPeriod.SchoolYear(2024), female, disaggregation: Disaggregation.Create(sex: "female")),
            Observation.Create(DutchIndicators.HomeSitters, DenHaag, ReportingPeriod.SchoolYear(2024), male, disaggregation: Disaggregation.Create(sex: "male")),
        ]);

    public static ActionPoint ActionPoint(IndicatorId indicator, ActionPointStatus? changedTo = null)
    {
        var point = new ActionPoint(DenHaag, "Thuiszitters terug naar school", GoalArea.EssentialServices, "Team Leerplicht", new(2027, 7, 31), new(2025, 9, 1), [indicator]);
        return changedTo is { } status ? point.ChangeStatus(status, new(2025, 12, 1), On) : point;
    }

    public static RecognitionEvidence Evidence(
        IEnumerable<IndicatorReport>? reports = null,
        IEnumerable<DisclosedTable>? breakdowns = null,
        IEnumerable<ParticipationRecord>? participation = null,
        IEnumerable<ActionPoint>? actionPoints = null,
        Programme? programme = null) =>
        new(DenHaag, On, programme ?? Programme(), reports ?? [], breakdowns ?? [], participation ?? [], actionPoints ?? []);

    /// <summary>Evidence that meets every criterion.</summary>
    public static RecognitionEvidence Complete() =>
        Evidence(ResultsInThreeGoalAreas(), [HomeSittersBySex()], ParticipationInEveryPhase(), [ActionPoint(DutchIndicators.HomeSitters.Id)]);

    public static CriterionReadiness Criterion(this Readiness readiness, MinimumCriterion criterion) =>
        readiness.Criteria.Single(c => c.Criterion == criterion);

    public static IEnumerable<ReadinessFindingKind> Kinds(this IEnumerable<ReadinessFinding> findings) => findings.Select(f => f.Kind);
}
