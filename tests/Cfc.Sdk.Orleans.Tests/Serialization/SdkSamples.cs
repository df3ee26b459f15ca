using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.DependencyInjection;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Targets;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Serialization;

/// <summary>
/// A sample of every public value type of Cfc.Sdk and Cfc.Sdk.Matching (the domain samples follow
/// tests/Cfc.Sdk.Tests/Serialization/EveryPublicTypeRoundTripsTests.cs), and the NodaTime values grains carry.
/// </summary>
internal static class SdkSamples
{
    /// <summary>Public types that are not values to send or store: services, settings bound from configuration, converters.</summary>
    public static readonly Type[] NotValues =
    [
        typeof(DisclosureControl), typeof(DisclosureOptions), typeof(CfcSdkOptions), typeof(ProgrammeRulesSetting),
        typeof(ProgrammeRulesDefinition), typeof(ProgrammeStepDefinition), typeof(TextJsonConverter<>), typeof(StoredFormJsonConverter<,>),
        typeof(IssueIndex), typeof(DutchTextAnalyzer),
    ];

    private static readonly LocalDate s_today = new(2026, 12, 1);

    /// <summary>An instant with nanoseconds, which a tick-based form would lose.</summary>
    public static Instant InstantWithNanoseconds { get; } = Instant.FromUtc(2026, 3, 26, 15, 0, 0).PlusNanoseconds(123_456_789);

    /// <summary>A zone that is an alias in TZDB (of America/Curacao), whose id must survive as written.</summary>
    public static DateTimeZone Kralendijk { get; } = DateTimeZoneProviders.Tzdb["America/Kralendijk"];

    public static IReadOnlyList<object> All() => [.. DomainSamples(), .. MatchingSamples(), .. NodaTimeSamples()];

    private static IReadOnlyList<object> NodaTimeSamples() =>
    [
        InstantWithNanoseconds, InstantWithNanoseconds.InZone(Kralendijk), Kralendijk, DateTimeZone.Utc,
        Period.FromYears(3) + Period.FromMonths(2) + Period.FromDays(-1) + Period.FromNanoseconds(5), Period.Zero,
        new LocalDate(2024, 2, 29), new LocalDateTime(2026, 3, 26, 16, 0, 0).PlusNanoseconds(1), new LocalTime(23, 59, 59).PlusNanoseconds(999),
        Duration.FromNanoseconds(1_000_000_000_123), Offset.FromHoursAndMinutes(-4, 0),
        InstantWithNanoseconds.WithOffset(Offset.FromHours(-4)), new Interval(InstantWithNanoseconds, InstantWithNanoseconds.PlusTicks(1)),
        new DateInterval(new LocalDate(2023, 8, 1), new LocalDate(2024, 7, 31)),
    ];

    private static IReadOnlyList<object> MatchingSamples()
    {
        var reasons = new MatchReasons([new TermReason("onveilig", 0.375), new TermReason("Fietsroute", 0.3125)], ["verkeer"], [CrcArticle.Parse("6")]);
        var terms = DutchTextAnalyzer.Default.Analyze("Gezinnen met een krappe beurs en schoolverzuim");
        var options = new MatchingOptions { TitleWeight = 2.5, MinScore = 1.5 };
        options.ThesaurusEntries.Add("sport: padel");
        return
        [
            Issue(), IssueId.Parse("gm0518-2024-03"), AgeGroups.Children | AgeGroups.Adolescents,
            new IssueMatch(IssueId.Parse("d033"), MemberCode.Parse("GM0193"), "Fietsroute naar het sportpark onveilig", 29.25, reasons),
            new OrganisationMatch(OrganisationId.Parse("leerplicht-nl"), "Leerplicht Nederland", 12.5, reasons), reasons, reasons.Terms[0],
            new IssueScore(IssueId.Parse("d001"), MemberCode.DenHaag, 1.5), terms[0], terms[0].Kind, Thesaurus.Default, options,
        ];
    }

    /// <summary>A local issue with every optional part filled in.</summary>
    public static LocalIssue Issue() => new(
        IssueId.Parse("gm0518-2024-03"),
        MemberCode.DenHaag,
        "Kinderen in armoede",
        "Veel gezinnen hebben schulden en kunnen de sportclub niet betalen.",
        ["sport", "armoede"],
        [CrcArticle.Parse("27"), CrcArticle.Parse("26")],
        AgeGroups.Children | AgeGroups.Adolescents,
        new LocalDate(2024, 3, 1));

    private static IReadOnlyList<object> DomainSamples()
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
        var schedule = new NewsletterSchedule(new LocalDate(2026, 1, 8));
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
            Member.Organisation(OrganisationId.Parse("leerplicht-nl"), "Leerplicht Nederland", expertise, amsterdam), expertise,
            new Membership(denHaag, new LocalDate(2022, 1, 1), new LocalDate(2025, 12, 31)),
            MemberRegister.Empty.Join(denHaag, new LocalDate(2022, 1, 1)).Join(MemberId.For(MemberCode.Saba), new LocalDate(2024, 5, 1)),
            new Person(denHaag, "Sanne", PersonRole.CivilServant),

            // Periods and indicators
            schoolYear, ReportingPeriod.EducationYear(2023), PeriodKind.HalfYear, homeSitters.Id, homeSitters, homeSitters.Rules,
            Disaggregation.Create("12-17", "female"), IndicatorUnit.Count, Polarity.LowerIsBetter, Concern.Poverty, DisaggregationDimension.Sex,
            DutchIndicators.YouthCareUse, new IndicatorCatalogue([homeSitters, DutchIndicators.YouthCareUse]),

            // Observations, disclosure, reports and targets
            observation, ObservationStatus.Revised, ledger, new ObservationKey(MemberCode.DenHaag, homeSitters.Id, schoolYear, Disaggregation.Create(sex: "male")),
            DisclosedValue.Shown(65), DisclosedValue.Suppressed, table, report, report.Series[0], target, report.Trend!, report.Assessment!,
            new DataPoint(new LocalDate(2021, 7, 31), 64.5), AssessmentStatus.OnTrack,

            // Programmes
            programme, ProgrammeRules.Netherlands, ProgrammeRules.UnitedKingdom, ProgrammeRules.Germany(120_000), ProgrammeRules.Spain,
            status, status.History[0], programme.Transitions[0], new ProgrammeStep(ProgrammePhase.Recognised, "Siegel"),
            status.NextDeadline!.Value, ProgrammePhase.Suspended, ProgrammeDeadlineKind.RecognitionDue, ProgrammeRule.OutOfOrder, MinimumCriterion.Participation,

            // Meetings
            meeting, meeting.Themes[0], organiser, meeting.LocalTimes()[1], MeetingFormat.InPerson, MeetingKind.LocalIssue,

            // Practices, bottlenecks, newsletters
            new GoodPractice(denHaag, "Kinderraad", [GoalArea.VoiceHeard], "Een kinderraad opgericht.", "Werving.", "Vroeg beginnen.", new LocalDate(2025, 6, 1)),
            bottleneck, bottleneck.History[^1], EscalationLevel.National,
            schedule, new Newsletter("Nieuwsbrief", schedule).Subscribe("redactie@example.org"),
        ];
    }
}
