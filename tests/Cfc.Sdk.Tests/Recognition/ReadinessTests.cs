using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Recognition;
using NodaTime;
using static Cfc.Sdk.Tests.Recognition.RecognitionSamples;

namespace Cfc.Sdk.Tests.Recognition;

public sealed class ReadinessTests
{
    private static Readiness Assess(RecognitionEvidence evidence, ReadinessRules? rules = null) => Readiness.Assess(evidence, rules ?? ReadinessRules.Netherlands);

    [Fact]
    public void Complete_evidence_is_ready_with_every_criterion_met_in_order()
    {
        var readiness = Assess(Complete());

        Assert.True(readiness.Ready);
        Assert.Equal([MinimumCriterion.Results, MinimumCriterion.Participation, MinimumCriterion.NonDiscrimination], readiness.Criteria.Select(c => c.Criterion));
        Assert.All(readiness.Criteria, c => Assert.Equal(CriterionStatus.Met, c.Status));
        Assert.All(readiness.Criteria, c => Assert.Empty(c.Missing));
        Assert.Equal(On, readiness.On);
    }

    [Fact]
    public void Only_the_criteria_the_programme_rules_require_are_judged()
    {
        var rules = new ProgrammeRules("UNICEF Testland", Period.FromYears(3), Period.FromYears(5), Period.FromYears(3), [MinimumCriterion.Participation]);

        var readiness = Assess(Evidence(participation: ParticipationInEveryPhase(), programme: Programme(rules)));

        Assert.Equal(MinimumCriterion.Participation, Assert.Single(readiness.Criteria).Criterion);
        Assert.True(readiness.Ready);
    }

    [Fact]
    public void Results_are_met_in_three_goal_areas_partly_in_fewer_and_not_in_none()
    {
        var three = ResultsInThreeGoalAreas();

        Assert.Equal(CriterionStatus.Met, Assess(Evidence(three)).Criterion(MinimumCriterion.Results).Status);
        var partly = Assess(Evidence(three[..2])).Criterion(MinimumCriterion.Results);
        Assert.Equal(CriterionStatus.Partly, partly.Status);
        Assert.Equal(new ReadinessFinding(ReadinessFindingKind.MoreGoalAreas, count: 1), Assert.Single(partly.Missing));
        Assert.Equal([ReadinessFindingKind.TargetAchieved, ReadinessFindingKind.TargetAchieved], partly.Evidence.Kinds());
        Assert.Equal(CriterionStatus.NotMet, Assess(Evidence()).Criterion(MinimumCriterion.Results).Status);
    }

    [Fact]
    public void An_off_track_target_is_no_result_and_two_targets_in_one_goal_area_count_once()
    {
        var reports = new[]
        {
            OffTrack(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2020), ReportingPeriod.CalendarYear(2024)),
            Achieved(DutchIndicators.LongTermPovertyRisk, ReportingPeriod.CalendarYear(2020), 10, ReportingPeriod.CalendarYear(2024), 7, 8),
            Achieved(DutchIndicators.WelfareHouseholds, ReportingPeriod.Snapshot(new(2020, 12, 31)), 10, ReportingPeriod.Snapshot(new(2024, 12, 31)), 7, 8),
        };

        var results = Assess(Evidence(reports)).Criterion(MinimumCriterion.Results);

        Assert.Equal(CriterionStatus.Partly, results.Status);
        Assert.Equal(2, results.Evidence.Length);
        Assert.Equal(2, Assert.Single(results.Missing).Count);
    }

    [Fact]
    public void The_number_of_goal_areas_is_the_committees()
    {
        var rules = new ReadinessRules("UNICEF Testland", resultsGoalAreas: 4);

        Assert.Equal(CriterionStatus.Partly, Assess(Evidence(ResultsInThreeGoalAreas()), rules).Criterion(MinimumCriterion.Results).Status);
    }

    [Fact]
    public void Participation_without_records_is_not_met_and_names_what_is_missing()
    {
        var participation = Assess(Evidence()).Criterion(MinimumCriterion.Participation);

        Assert.Equal(CriterionStatus.NotMet, participation.Status);
        Assert.Empty(participation.Evidence);
        Assert.Equal(
            [.. PhasesSoFar.Select(_ => ReadinessFindingKind.PhaseWithoutParticipation), ReadinessFindingKind.NoStandingBody, ReadinessFindingKind.MoreGroups],
            participation.Missing.Kinds());
    }

    [Fact]
    public void A_phase_without_records_makes_participation_partly()
    {
        var records = ParticipationInEveryPhase().Where(r => r.Phase != ProgrammePhase.ActionPlan);

        var participation = Assess(Evidence(participation: records)).Criterion(MinimumCriterion.Participation);

        Assert.Equal(CriterionStatus.Partly, participation.Status);
        Assert.Equal(new ReadinessFinding(ReadinessFindingKind.PhaseWithoutParticipation, "ActionPlan"), Assert.Single(participation.Missing));
    }

    [Fact]
    public void Without_a_council_or_panel_participation_is_partly()
    {
        var records = PhasesSoFar.Select((phase, i) => Record(ParticipationKind.Survey, new LocalDate(2022 + i, 3, 1), phase, [ReachedGroup.Poverty, ReachedGroup.InCare], feedback: true));

        var participation = Assess(Evidence(participation: records)).Criterion(MinimumCriterion.Participation);

        Assert.Equal(CriterionStatus.Partly, participation.Status);
        Assert.Equal(ReadinessFindingKind.NoStandingBody, Assert.Single(participation.Missing).Kind);
    }

    [Fact]
    public void Feedback_is_needed_for_records_older_than_the_period_only()
    {
        var late = Record(ParticipationKind.Panel, new LocalDate(2025, 10, 1), ProgrammePhase.Evaluation);
        var recent = Record(ParticipationKind.Panel, new LocalDate(2026, 2, 1), ProgrammePhase.Evaluation);

        var participation = Assess(Evidence(participation: [.. ParticipationInEveryPhase(), late, recent])).Criterion(MinimumCriterion.Participation);

        Assert.Equal(CriterionStatus.Partly, participation.Status);
        Assert.Equal(new ReadinessFinding(ReadinessFindingKind.FeedbackMissing, detail: "P3M", count: 1), Assert.Single(participation.Missing));
    }

    [Fact]
    public void A_required_group_must_be_reached_and_the_least_number_of_groups_counts_any_group()
    {
        var rules = new ReadinessRules("UNICEF Testland", requiredGroups: [ReachedGroup.RefugeeBackground], minimumGroupsReached: 3);

        var participation = Assess(Evidence(participation: ParticipationInEveryPhase()), rules).Criterion(MinimumCriterion.Participation);

        Assert.Equal(CriterionStatus.Partly, participation.Status);
        Assert.Equal<ReadinessFinding>(
            [new ReadinessFinding(ReadinessFindingKind.GroupNotReached, "refugee-background"), new ReadinessFinding(ReadinessFindingKind.MoreGroups, count: 1)],
            participation.Missing);
        var withOwnGroup = ParticipationInEveryPhase().Append(Record(ParticipationKind.Workshop, new(2026, 2, 1), ProgrammePhase.Evaluation, [ReachedGroup.RefugeeBackground, ReachedGroup.Parse("young-carers")]));
        Assert.Equal(CriterionStatus.Met, Assess(Evidence(participation: withOwnGroup), rules).Criterion(MinimumCriterion.Participation).Status);
    }

    [Fact]
    public void Records_held_after_the_day_do_not_count()
    {
        var future = ParticipationInEveryPhase().Select(r => Record(r.Kind, On.PlusDays(1), r.Phase, [.. r.GroupsReached], feedback: false));

        Assert.Equal(CriterionStatus.NotMet, Assess(Evidence(participation: future)).Criterion(MinimumCriterion.Participation).Status);
    }

    [Fact]
    public void Without_disaggregated_figures_non_discrimination_is_not_met()
    {
        var criterion = Assess(Evidence()).Criterion(MinimumCriterion.NonDiscrimination);

        Assert.Equal(CriterionStatus.NotMet, criterion.Status);
        Assert.Equal("Disaggregated figures.", Assert.Single(criterion.Missing).ToString());
    }

    [Fact]
    public void Disaggregated_figures_that_disclosure_control_suppressed_are_no_evidence()
    {
        // 5 girls and 4 boys: each cell and the total are below the threshold, so nothing can be compared.
        var criterion = Assess(Evidence(breakdowns: [HomeSittersBySex(5, 4)])).Criterion(MinimumCriterion.NonDiscrimination);

        Assert.Equal(CriterionStatus.NotMet, criterion.Status);
        Assert.Equal("Disaggregated figures.", Assert.Single(criterion.Missing).ToString());
    }

    [Fact]
    public void Disaggregated_figures_without_a_gap_are_met()
    {
        var criterion = Assess(Evidence(breakdowns: [HomeSittersBySex(30, 25)])).Criterion(MinimumCriterion.NonDiscrimination);

        Assert.Equal(CriterionStatus.Met, criterion.Status);
        Assert.Equal(new ReadinessFinding(ReadinessFindingKind.NoGapIdentified, count: 1), Assert.Single(criterion.Evidence));
    }

    [Fact]
    public void A_gap_is_identified_and_addressed_by_an_action_point_on_its_indicator_that_is_not_dropped()
    {
        var gap = new ReadinessFinding(ReadinessFindingKind.GapNotAddressed, "school.home-sitters", "2024/2025: sex=male 20, sex=female 40");

        var unaddressed = Assess(Evidence(breakdowns: [HomeSittersBySex()])).Criterion(MinimumCriterion.NonDiscrimination);
        var elsewhere = Assess(Evidence(breakdowns: [HomeSittersBySex()], actionPoints: [ActionPoint(DutchIndicators.LowIncomeMinors.Id)])).Criterion(MinimumCriterion.NonDiscrimination);
        var dropped = Assess(Evidence(breakdowns: [HomeSittersBySex()], actionPoints: [ActionPoint(DutchIndicators.HomeSitters.Id, ActionPointStatus.Dropped)])).Criterion(MinimumCriterion.NonDiscrimination);
        var addressed = Assess(Evidence(breakdowns: [HomeSittersBySex()], actionPoints: [ActionPoint(DutchIndicators.HomeSitters.Id, ActionPointStatus.InProgress)])).Criterion(MinimumCriterion.NonDiscrimination);

        Assert.Equal(CriterionStatus.NotMet, unaddressed.Status);
        Assert.Equal(gap, Assert.Single(unaddressed.Missing));
        Assert.Equal(CriterionStatus.NotMet, elsewhere.Status);
        Assert.Equal(CriterionStatus.NotMet, dropped.Status);
        Assert.Equal(CriterionStatus.Met, addressed.Status);
        Assert.Equal(ReadinessFindingKind.GapAddressed, Assert.Single(addressed.Evidence).Kind);
    }

    [Fact]
    public void Some_gaps_addressed_is_partly()
    {
        var absence = RecognitionSamples.Disclosure.DiscloseTable(DutchIndicators.AbsoluteAbsence,
        [
            Observation.Create(DutchIndicators.AbsoluteAbsence, DenHaag, ReportingPeriod.SchoolYear(2024), 100),
            Observation.Create(DutchIndicators.AbsoluteAbsence, DenHaag, ReportingPeriod.SchoolYear(2024), 70, disaggregation: Disaggregation.Create(sex: "male")),
            Observation.Create(DutchIndicators.AbsoluteAbsence, DenHaag, ReportingPeriod.SchoolYear(2024), 30, disaggregation: Disaggregation.Create(sex: "female")),
        ]);

        var criterion = Assess(Evidence(breakdowns: [HomeSittersBySex(), absence], actionPoints: [ActionPoint(DutchIndicators.HomeSitters.Id)])).Criterion(MinimumCriterion.NonDiscrimination);

        Assert.Equal(CriterionStatus.Partly, criterion.Status);
        Assert.Equal("school.absolute-absence", Assert.Single(criterion.Missing).Subject);
    }

    [Fact]
    public void The_gap_threshold_is_the_committees()
    {
        var strict = new ReadinessRules("UNICEF Testland", gapThreshold: 0.1);

        Assert.Equal(CriterionStatus.NotMet, Assess(Evidence(breakdowns: [HomeSittersBySex(30, 25)]), strict).Criterion(MinimumCriterion.NonDiscrimination).Status);
    }

    [Fact]
    public void Evidence_of_another_member_is_refused()
    {
        var other = new ParticipationRecord(MemberCode.Saba, ParticipationKind.Council, new(2025, 1, 1), ProgrammePhase.Implementation, 5);

        Assert.Equal("participation", Assert.Throws<ArgumentException>(() => Evidence(participation: [other])).ParamName);
    }

    [Fact]
    public void Latest_breakdowns_take_the_latest_period_with_a_total_and_a_breakdown()
    {
        var ledger = ObservationLedger.Empty
            .Record(Observation.Create(DutchIndicators.HomeSitters, DenHaag, ReportingPeriod.SchoolYear(2022), 50))
            .Record(Observation.Create(DutchIndicators.HomeSitters, DenHaag, ReportingPeriod.SchoolYear(2022), 30, disaggregation: Disaggregation.Create(sex: "female")))
            .Record(Observation.Create(DutchIndicators.HomeSitters, DenHaag, ReportingPeriod.SchoolYear(2023), 55))
            .Record(Observation.Create(DutchIndicators.HomeSitters, DenHaag, ReportingPeriod.SchoolYear(2024), 20, disaggregation: Disaggregation.Create(sex: "female")))
            .Record(Observation.Create(DutchIndicators.LowIncomeMinors, DenHaag, ReportingPeriod.CalendarYear(2024), 8));

        var table = Assert.Single(RecognitionEvidence.LatestBreakdowns(ledger, DenHaag, DutchIndicators.Catalogue, RecognitionSamples.Disclosure));

        Assert.Equal(ReportingPeriod.SchoolYear(2022), table.Period);
    }

    [Fact]
    public void A_not_ready_dossier_is_refused_with_each_criterion_not_met()
    {
        var readiness = Assess(Evidence(ResultsInThreeGoalAreas()));

        var error = new DossierNotReadyException(readiness);

        Assert.Same(readiness, error.Readiness);
        Assert.DoesNotContain("Results", error.Message, StringComparison.Ordinal);
        Assert.Contains("Participation: NotMet", error.Message, StringComparison.Ordinal);
        Assert.Contains("NonDiscrimination: NotMet (missing: Disaggregated figures.)", error.Message, StringComparison.Ordinal);
        Assert.Equal("readiness", Assert.Throws<ArgumentException>(() => new DossierNotReadyException(Assess(Complete()))).ParamName);
    }

    [Fact]
    public void Every_finding_reads_as_a_sentence()
    {
        foreach (var kind in Enum.GetValues<ReadinessFindingKind>())
        {
            var text = new ReadinessFinding(kind, "s", "d", 2).ToString();
            Assert.EndsWith(".", text, StringComparison.Ordinal);
            Assert.True(char.IsUpper(text[0]) || char.IsDigit(text[0]), text);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadinessFinding(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadinessFinding(ReadinessFindingKind.MoreGroups, count: -1));
    }
}
