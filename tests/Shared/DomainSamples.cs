using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Checklists;
using Cfc.Sdk.DependencyInjection;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Exchange;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Languages;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Peers;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Recognition;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Targets;
using NodaTime;

namespace Cfc.Testing;

/// <summary>
/// A sample of every public type of Cfc.Sdk that can be stored or sent, with real values; the one list that the
/// round-trip tests of the SDK's JSON and of Orleans' serialization both walk, so that a new type is covered by each.
/// </summary>
internal static class DomainSamples
{
    /// <summary>
    /// Public types of Cfc.Sdk that are not values to store: services, settings bound from configuration, converters, a
    /// recognition dossier's readiness with its evidence and rules, and the exchange formats' published figures and
    /// writers, which are worked out when asked for and never kept.
    /// </summary>
    public static readonly Type[] NotStored =
    [
        typeof(DisclosureControl), typeof(DisclosureOptions), typeof(CfcSdkOptions), typeof(ProgrammeRulesSetting), typeof(ChecklistSetting), typeof(ConcernSetting),
        typeof(ProgrammeRulesDefinition), typeof(ProgrammeStepDefinition), typeof(TextJsonConverter<>), typeof(StoredFormJsonConverter<,>),
        typeof(ForecastOptions), typeof(PeerOptions), typeof(SizeClasses),
        typeof(ReadinessRulesSetting), typeof(ReadinessRulesDefinition), typeof(ReadinessRules), typeof(RecognitionEvidence), typeof(Readiness),
        typeof(CriterionReadiness), typeof(CriterionStatus), typeof(ReadinessFinding), typeof(ReadinessFindingKind),
        typeof(PublishedFigure), typeof(SdmxDataflow), typeof(SdmxOptions), typeof(OpenSdgCsv),
        typeof(NationalCodeFormat), typeof(MemberProgrammeRules),
    ];

    private static readonly LocalDate s_today = new(2026, 12, 1);

    public static IReadOnlyList<object> All()
    {
        var zones = DateTimeZoneProviders.Tzdb;
        var denHaag = MemberId.For(MemberCode.DenHaag);
        var homeSitters = DutchIndicators.HomeSitters;
        var schoolYear = ReportingPeriod.Parse("2022/2023");
        var observation = Observation.Create(homeSitters, MemberCode.DenHaag, schoolYear, 47, ObservationStatus.Provisional, "OCW");
        var ledger = ObservationLedger.Empty
            .Record(observation)
            .Record(Observation.Create(homeSitters, MemberCode.DenHaag, schoolYear, 49))
            .Record(Observation.CreateSuppressed(homeSitters, MemberCode.DenHaag, ReportingPeriod.Parse("2023/2024")));
        var disclosure = new DisclosureControl(new DisclosureOptions());
        var target = Target.Create(homeSitters, ReportingPeriod.Parse("2019/2020"), 70, 20, new LocalDate(2030, 7, 31));
        var figures = new[] { ("2019/2020", 70), ("2020/2021", 64), ("2021/2022", 52), ("2022/2023", 47) }
            .Select(f => Observation.Create(homeSitters, MemberCode.DenHaag, ReportingPeriod.Parse(f.Item1), f.Item2));
        var report = IndicatorReport.Create(homeSitters, figures, disclosure, s_today, target);
        var programme = new Programme(ProgrammeRules.Netherlands)
            .Transition(new PhaseTransition(ProgrammePhase.Agreement, new LocalDate(2023, 11, 30)), s_today)
            .Transition(new PhaseTransition(ProgrammePhase.SituationAnalysis, new LocalDate(2024, 3, 1), "kick-off"), s_today);
        var status = programme.StatusOn(s_today);
        var amsterdam = zones[MemberCode.EuropeanNetherlandsZoneId];
        var organiser = new MeetingParticipant(denHaag, amsterdam);
        var meeting = new Meeting(
            "Spelen in de wijk", MeetingFormat.Online, MeetingKind.Thematic, [new MeetingTheme("spelen", chosenWithYoungPeople: true)],
            organiser, Meeting.StartAt(new LocalDateTime(2026, 3, 26, 16, 0), amsterdam), Duration.FromMinutes(90),
            [MeetingParticipant.For(MemberCode.SintEustatius, zones)]);
        var expertise = new ExpertiseProfile("Leerplicht en thuiszitters", ["onderwijs"], [GoalArea.EssentialServices], [CrcArticle.Parse("28")]);
        var bottleneck = new Bottleneck(denHaag, "Wachtlijst jeugdzorg", "Maanden wachten.", new LocalDate(2025, 1, 10))
            .EscalateTo(EscalationLevel.Regional, new LocalDate(2025, 3, 1), "regio Haaglanden");
        var actionPoint = new ActionPoint(MemberCode.DenHaag, "Speelplekken in elke wijk", GoalArea.FamilyPlayLeisure, "Team Openbare Ruimte",
                new LocalDate(2026, 6, 30), new LocalDate(2025, 1, 15), [homeSitters.Id], homeSitters.Id, "Een speelplek binnen 300 meter van elk huis.")
            .ChangeStatus(ActionPointStatus.InProgress, new LocalDate(2025, 3, 1), s_today, "Eerste wijk gestart.");
        var schedule = new NewsletterSchedule(new LocalDate(2026, 1, 8));
        var feedback = new ParticipationFeedback(new LocalDate(2026, 4, 2), "Brief aan de kinderraad en een filmpje op school.");
        var participation = new ParticipationRecord(
            MemberCode.DenHaag, ParticipationKind.Council, new LocalDate(2026, 3, 12), ProgrammePhase.SituationAnalysis, 14, ["12-17", "8-11"],
            [ReachedGroup.Poverty, ReachedGroup.Parse("young-carers")], ["veilig naar school"], "Speelruimteplan 2027", feedback);
        var proposal = new ThemeProposal("Veilig naar school", "Kinderen fietsen over drukke wegen.", new LocalDate(2026, 2, 1), MemberCode.DenHaag)
            .Vote(MemberCode.DenHaag, 12).Vote(MemberCode.Saba, 3);
        var table = disclosure.DiscloseTable(homeSitters, [
            Observation.Create(homeSitters, MemberCode.DenHaag, schoolYear, 25),
            Observation.Create(homeSitters, MemberCode.DenHaag, schoolYear, 22, disaggregation: Disaggregation.Create(sex: "male")),
            Observation.Create(homeSitters, MemberCode.DenHaag, schoolYear, 3, disaggregation: Disaggregation.Create(sex: "female")),
        ]);

        return
        [
            // Rights
            CrcArticle.Parse("31"), GoalArea.SafeCleanEnvironment,

            // Network
            MemberCode.SintEustatius, denHaag, OrganisationId.Parse("leerplicht-nl"), MemberKind.PublicBody, PersonRole.CivilServant,
            Member.Municipality(MemberCode.GooiseMeren, "Gooise Meren", zones), Member.Municipality(MemberCode.SintEustatius, "Sint Eustatius", zones),
            Member.Municipality(MemberCode.Parse("DE-05315000"), "Köln", zones).WithPopulation(1_084_831), MemberCode.Parse("FR-2A004"),
            Member.Organisation(OrganisationId.Parse("leerplicht-nl"), "Leerplicht Nederland", expertise, amsterdam), expertise,
            new Membership(denHaag, new LocalDate(2022, 1, 1), new LocalDate(2025, 12, 31)),
            MemberRegister.Empty.Join(denHaag, new LocalDate(2022, 1, 1)).Join(MemberId.For(MemberCode.Saba), new LocalDate(2024, 5, 1)),
            new Person(denHaag, "Sanne", PersonRole.CivilServant),
            new Succession(MemberCode.Parse("GM0457"), MemberCode.Parse("GM0363"), new LocalDate(2022, 3, 24)), SuccessionRule.NotRegistered,

            // Periods and indicators
            schoolYear, ReportingPeriod.EducationYear(2023), PeriodKind.HalfYear, homeSitters.Id, homeSitters, homeSitters.Rules,
            Disaggregation.Create("12-17", "female"), IndicatorUnit.Count, Polarity.LowerIsBetter, Concern.Poverty, DisaggregationDimension.Sex,
            DutchIndicators.YouthCareUse, new IndicatorCatalogue([homeSitters, DutchIndicators.YouthCareUse]), DutchIndicators.Population,
            Concern.Parse("Housing"), ConcernCatalogue.BuiltIn[Concern.EarlyChildhood],
            ConcernCatalogue.BuiltIn.Combine(new([new ConcernDefinition(Concern.Parse("Housing"), new LocalizedText("en", "Housing").With("nl", "Wonen"))])),
            new LocalizedText("de-AT", "Kinderfreundliche Gemeinde").With("nl", "Kindvriendelijke gemeente"),

            // Observations, disclosure, reports and targets
            observation, ObservationStatus.Revised, ledger, new ObservationKey(MemberCode.DenHaag, homeSitters.Id, schoolYear, Disaggregation.Create(sex: "male")),
            DisclosedValue.Shown(65), DisclosedValue.Suppressed, table, report, report.Series[0], target, report.Trend!, report.Assessment!,
            Forecast.Of(target, report.Series.Select(p => new DataPoint(p.Period.Midpoint, p.Value.Value!.Value)), new ForecastOptions()),
            Forecast.Of(target, [], new ForecastOptions()),
            ForecastStatus.BeyondHorizon, SizeClasses.Cbs.ClassOf(545_000), SizeClasses.Cbs[0],
            PeerComparison.Of(SizeClasses.Cbs.ClassOf(545_000), report.Series[^1].Period, [report], 1)!,
            new DataPoint(new LocalDate(2021, 7, 31), 64.5), AssessmentStatus.OnTrack,

            // Programmes
            programme, ProgrammeRules.Netherlands, ProgrammeRules.UnitedKingdom, ProgrammeRules.Germany(120_000), ProgrammeRules.Spain,
            status, status.History[0], programme.Transitions[0], new ProgrammeStep(ProgrammePhase.Recognised, "Siegel"),
            status.NextDeadline!.Value, ProgrammePhase.Suspended, ProgrammeDeadlineKind.RecognitionDue, ProgrammeRule.OutOfOrder, MinimumCriterion.Participation,

            // Meetings
            meeting, meeting.Cancel("Te weinig aanmeldingen."), meeting.Themes[0], organiser, meeting.LocalTimes()[1], MeetingFormat.InPerson, MeetingKind.LocalIssue,
            MeetingStatus.Cancelled,

            // Practices, bottlenecks, newsletters
            new GoodPractice(denHaag, "Kinderraad", [GoalArea.VoiceHeard], "Een kinderraad opgericht.", "Werving.", "Vroeg beginnen.", new LocalDate(2025, 6, 1)),
            bottleneck, bottleneck.History[^1], EscalationLevel.National, BottleneckStatus.Resolved,
            bottleneck.Resolve(new LocalDate(2025, 6, 1), "Extra plaatsen ingekocht."), bottleneck.Resolve(new LocalDate(2025, 6, 1), "Extra plaatsen ingekocht.").Resolution!,
            schedule, new Newsletter("Nieuwsbrief", schedule).Subscribe("redactie@example.org"),

            // Checklists and action plans
            Checklist.Example, Checklist.Example.Questions[0], Checklist.Example.Questions[0].Id, ChecklistAnswerKind.FreeText,
            Checklist.Example.Questions[0].Answer("partly", new LocalDate(2025, 2, 1), "https://example.org/analyse.pdf"),
            actionPoint, actionPoint.History[^1], ActionPointStatus.Dropped,
            actionPoint.ChangeStatus(ActionPointStatus.Done, new LocalDate(2025, 9, 1), s_today).Reopen(ActionPointStatus.InProgress, new LocalDate(2025, 10, 1), s_today, "Nog twee wijken."),
            // Participation and theme proposals
            participation, new ParticipationRecord(MemberCode.Saba, ParticipationKind.Survey, new LocalDate(2026, 5, 1), ProgrammePhase.ActionPlan, 3),
            feedback, ParticipationKind.Workshop, ReachedGroup.InCare, proposal, proposal.TakeUp(7), proposal.Withdraw(),
            new ThemeProposal("Spelen", "Meer speelplekken.", new LocalDate(2026, 2, 1)), ThemeProposalStatus.TakenUp,
        ];
    }

}
