using Cfc.Sdk.Indicators;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Targets;
using NodaTime;

namespace Cfc.Sample.Host.Seeding;

/// <summary>A local issue the host seeds, before it has an id and an opening day.</summary>
/// <param name="Key">The id's last part; the id is the member's code, <c>-seed-</c> and this key.</param>
/// <param name="Title">The title.</param>
/// <param name="Text">The description.</param>
/// <param name="Themes">The themes.</param>
/// <param name="Articles">The articles of the Convention it concerns.</param>
internal sealed record SeedIssue(string Key, string Title, string Text, IReadOnlyList<string> Themes, IReadOnlyList<CrcArticle> Articles)
{
    /// <summary>The issue for <paramref name="member"/>, opened on <paramref name="opened"/>.</summary>
    /// <param name="member">The member.</param>
    /// <param name="opened">The opening day.</param>
    /// <returns>The issue.</returns>
    public LocalIssue For(MemberCode member, LocalDate opened) =>
        new(IssueId.Parse($"{member}-seed-{Key}"), member, Title, Text, Themes, Articles, opened: opened);
}

/// <summary>
/// The Dutch network the host seeds beyond the members: organisations with expertise, figures, targets and local
/// issues, a newsletter schedule and a network meeting.
/// </summary>
/// <remarks>
/// The issues of different members share three themes (poverty, children's participation, safe routes to school), so
/// that <c>/api/issues/{id}/matches</c> and <c>/experts</c> give real answers at once; each member puts its issues in
/// its own words, about its own place, as members of a real network do. The figures are illustrative.
/// </remarks>
internal static class SeedNetwork
{
    private static readonly DateTimeZone s_amsterdam = DateTimeZoneProviders.Tzdb[MemberCode.EuropeanNetherlandsZoneId];

    // By member code. An issue's key is its theme's, so its id says which of the other members' issues it should match first.
    private static readonly Dictionary<string, SeedIssue[]> s_issues = new(StringComparer.Ordinal)
    {
        ["GM0518"] =
        [
            Poverty(
                "Haagse kinderen in armoede missen sport en cultuur",
                "In Den Haag groeit bijna een op de vijf kinderen op in een gezin met een laag inkomen. Veel van hen doen niet mee aan sport, muziekles of schoolreisjes. We zoeken manieren om armoede onder kinderen te verminderen en de Ooievaarspas beter bij gezinnen te krijgen."),
            Participation(
                "Een jeugdraad in elk stadsdeel",
                "Haagse kinderen en jongeren willen meepraten over speelplekken en de plannen voor hun stadsdeel. We zoeken een vorm van kinderparticipatie waarin hun mening echt gehoord wordt en de gemeente laat zien wat ermee gedaan is."),
            Routes(
                "Oversteken bij drukke tramlijnen",
                "Op weg naar school steken kinderen in Den Haag drukke wegen en tramlijnen over. Ouders brengen hun kinderen daarom met de auto, wat het verkeer rond scholen nog drukker maakt. We zoeken veilige schoolroutes zodat kinderen zelf kunnen lopen en fietsen."),
        ],
        ["GM1942"] =
        [
            Routes(
                "Fietsen naar school langs de provinciale weg",
                "Kinderen uit Muiden en Naarden fietsen naar school langs een provinciale weg waar auto's hard rijden, zonder vrijliggend fietspad over de hele route. We willen met kinderen, ouders en scholen de gevaarlijke punten in kaart brengen en de schoolroute veilig maken."),
            Participation(
                "Kinderen ontwerpen mee aan het centrum van Bussum",
                "Bij de vernieuwing van het centrum van Bussum willen we kinderen vanaf het begin laten meedenken. Hoe tellen hun ideeën over spelen en ontmoeten mee, en horen ze wat er met hun inbreng gebeurt?"),
        ],
        ["GM9002"] =
        [
            Poverty(
                "Dure boodschappen, lege brooddozen",
                "Op Sint Eustatius zijn boodschappen, energie en vervoer duur, en veel gezinnen komen met hun inkomen niet rond. Kinderen gaan soms zonder ontbijt naar school en doen niet mee aan sport na schooltijd. We zoeken manieren om kinderarmoede op het eiland terug te dringen, zoals schoolmaaltijden en betaalbare activiteiten."),
            Participation(
                "Jongeren op Statia een stem geven",
                "Jongeren op het eiland hebben weinig plekken waar ze hun mening kunnen geven over wat het bestuur voor hen doet. We willen een jongerenraad die het bestuurscollege adviseert en zelf onderwerpen op de agenda zet."),
        ],
        ["GM0344"] =
        [
            Routes(
                "Drukte bij de schoolpleinen in Leidsche Rijn",
                "In Leidsche Rijn groeit het aantal scholen en kinderen snel. Rond de schoolpleinen is het 's ochtends druk met fietsers, bakfietsen en parkerende auto's. We zoeken een aanpak met schoolstraten en veilige oversteekplaatsen."),
            Poverty(
                "Geldzorgen thuis, schaamte op school",
                "Utrechtse kinderen in gezinnen met geldzorgen en schulden schamen zich en vertellen het niemand. Ze missen verjaardagen, clubjes en cultuur. We willen dat scholen en jongerenwerk armoede eerder zien en dat kinderen zelf zeggen wat hen helpt om mee te doen."),
        ],
        ["GM0599"] =
        [
            Poverty(
                "Kindregelingen bereiken Rotterdam-Zuid te weinig",
                "In Rotterdam-Zuid groeit een groot deel van de kinderen op in armoede. Regelingen voor sport en cultuur bereiken lang niet alle gezinnen met een laag inkomen. We zoeken manieren om die gezinnen beter te bereiken, zodat hun kinderen kunnen meedoen."),
            Participation(
                "Een kinderraad met een eigen budget",
                "Rotterdam heeft een kinderburgemeester, maar kinderen uit de wijken zelf komen weinig aan het woord. We zoeken een kindergemeenteraad of wijkpanels waarin kinderen uit alle wijken beslissen over een eigen budget."),
        ],
        ["GM9001"] =
        [
            Participation(
                "Meepraten in het Papiaments",
                "Op Bonaire wordt kinderen zelden naar hun mening over beleid gevraagd, en als het gebeurt vaak in het Nederlands. We willen kinderparticipatie in het Papiaments organiseren, op school en in de buurten, zodat alle kinderen hun stem laten horen."),
            Routes(
                "Naar school lopen zonder stoep",
                "In Kralendijk en Rincon lopen kinderen langs wegen zonder stoep of verlichting naar school, tussen auto's en pick-ups. We zoeken veilige looproutes en oversteekplaatsen, samen met de scholen en het openbaar lichaam."),
        ],
    };

    /// <summary>The organisations: NJI, Kinderrechtencollectief and Defence for Children.</summary>
    public static IReadOnlyList<Member> Organisations { get; } =
    [
        Member.Organisation(
            OrganisationId.Parse("nji"),
            "Nederlands Jeugdinstituut",
            new ExpertiseProfile(
                "Kennis over jeugdhulp, opvoeden, armoede in gezinnen en participatie van jongeren.",
                ["jeugdhulp", "participatie", "armoede"],
                [GoalArea.VoiceHeard, GoalArea.EssentialServices],
                [CrcArticle.ViewsOfTheChild, CrcArticle.BestInterests, CrcArticle.StandardOfLiving]),
            s_amsterdam),
        Member.Organisation(
            OrganisationId.Parse("kinderrechtencollectief"),
            "Kinderrechtencollectief",
            new ExpertiseProfile(
                "Samenwerking van kinderrechtenorganisaties: rapporteert over kinderrechten in Nederland, kinderen in armoede en het recht van kinderen om mee te praten.",
                ["kinderrechten", "armoede", "participatie"],
                [GoalArea.ValuedRespectedTreatedFairly, GoalArea.VoiceHeard],
                [CrcArticle.KnowledgeOfRights, CrcArticle.ViewsOfTheChild, CrcArticle.StandardOfLiving]),
            s_amsterdam),
        Member.Organisation(
            OrganisationId.Parse("defence-for-children"),
            "Defence for Children",
            new ExpertiseProfile(
                "Kinderrechtenorganisatie: bescherming van kinderen tegen geweld, jeugdrecht en een veilige omgeving, ook in het verkeer en op weg naar school.",
                ["bescherming", "veiligheid", "verkeersveiligheid"],
                [GoalArea.SafeCleanEnvironment, GoalArea.ValuedRespectedTreatedFairly],
                [CrcArticle.ProtectionFromViolence, CrcArticle.LifeSurvivalAndDevelopment, CrcArticle.BestInterests]),
            s_amsterdam),
    ];

    /// <summary>
    /// The issues of <paramref name="member"/>, two or three on the shared themes, each in the member's own words (no
    /// title or description is another member's); none for a member not listed.
    /// </summary>
    /// <param name="member">The member.</param>
    /// <returns>The issues.</returns>
    public static IReadOnlyList<SeedIssue> IssuesOf(MemberCode member) =>
        s_issues.TryGetValue(member.ToString(), out var issues) ? issues : [];

    /// <summary>The figures of a candidate <paramref name="member"/>; the numbers vary a little by member.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The observations.</returns>
    public static IReadOnlyList<Observation> ObservationsOf(MemberCode member)
    {
        var shift = member.ToString()[^1] - '0';
        var snapshot = ReportingPeriod.Snapshot(new LocalDate(2024, 1, 1));
        return
        [
            Observation.Create(DutchIndicators.LowIncomeMinors, member, ReportingPeriod.CalendarYear(2021), 9.8 + shift * 0.4, source: "CBS"),
            Observation.Create(DutchIndicators.LowIncomeMinors, member, ReportingPeriod.CalendarYear(2022), 9.1 + shift * 0.4, source: "CBS"),
            Observation.Create(DutchIndicators.LowIncomeMinors, member, ReportingPeriod.CalendarYear(2023), 8.7 + shift * 0.4, source: "CBS"),
            Observation.Create(DutchIndicators.LowIncomeMinors, member, ReportingPeriod.CalendarYear(2024), 8.3 + shift * 0.4, ObservationStatus.Provisional, source: "CBS"),
            // A small count in 2022, which disclosure control suppresses; 2020 the source did not publish.
            Observation.CreateSuppressed(DutchIndicators.InjuredYoungCyclists, member, ReportingPeriod.CalendarYear(2020), source: "SWOV"),
            Observation.Create(DutchIndicators.InjuredYoungCyclists, member, ReportingPeriod.CalendarYear(2021), 23 + shift, source: "SWOV"),
            Observation.Create(DutchIndicators.InjuredYoungCyclists, member, ReportingPeriod.CalendarYear(2022), 4, source: "SWOV"),
            Observation.Create(DutchIndicators.InjuredYoungCyclists, member, ReportingPeriod.CalendarYear(2023), 17 + shift, source: "SWOV"),
            Observation.Create(DutchIndicators.PlaySpaceShare, member, snapshot, 2.1 + shift * 0.1, source: "Gemeente"),
            Observation.Create(DutchIndicators.ChildrensCouncil, member, snapshot, shift % 2, source: "Gemeente"),
        ];
    }

    /// <summary>The title of the network meeting seeded on the first start.</summary>
    public const string MeetingTitle = "Netwerkbijeenkomst kinderarmoede";

    /// <summary>How many days after the first start the seeded meeting is.</summary>
    public const int MeetingDays = 10;

    /// <summary>The targets of a candidate <paramref name="member"/>: 2.5 points fewer minors in low-income households by the end of 2028 than in 2021.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The targets.</returns>
    public static IReadOnlyList<Target> TargetsOf(MemberCode member)
    {
        var baseline = ObservationsOf(member).First(o => o.Indicator == DutchIndicators.LowIncomeMinors.Id && o.Period == ReportingPeriod.CalendarYear(2021));
        return [Target.Create(DutchIndicators.LowIncomeMinors, baseline.Period, baseline.Value!.Value, Math.Round(baseline.Value.Value - 2.5, 1), new LocalDate(2028, 12, 31))];
    }

    /// <summary>The newsletter schedule seeded on the first start: every six weeks from a week after <paramref name="firstStart"/>.</summary>
    /// <param name="firstStart">The first start's date in Europe/Amsterdam.</param>
    /// <returns>The schedule.</returns>
    public static NewsletterSchedule ScheduleFrom(LocalDate firstStart) => new(firstStart.PlusWeeks(1), NewsletterSchedule.DefaultCadence);

    /// <summary>
    /// The network meeting seeded on the first start: online, on child poverty (a theme chosen with young people),
    /// <see cref="MeetingDays"/> days after <paramref name="firstStart"/> at 15:00 in the organiser's zone, with participants in Amsterdam's zone and
    /// Sint Eustatius's.
    /// </summary>
    /// <param name="firstStart">The first start's date in Europe/Amsterdam.</param>
    /// <param name="organiser">The organiser: 's-Gravenhage.</param>
    /// <param name="participants">The other participants: Gooise Meren, Sint Eustatius and the NJI.</param>
    /// <returns>The meeting.</returns>
    public static Meeting MeetingFrom(LocalDate firstStart, Member organiser, IEnumerable<Member> participants)
    {
        var first = MeetingParticipant.For(organiser);
        return new Meeting(
            MeetingTitle,
            MeetingFormat.Online,
            MeetingKind.Thematic,
            [new MeetingTheme("armoede", chosenWithYoungPeople: true)],
            first,
            Meeting.StartAt(firstStart.PlusDays(MeetingDays).At(new LocalTime(15, 0)), first.Zone),
            Duration.FromMinutes(90),
            participants.Select(MeetingParticipant.For));
    }

    /// <summary>The first day of every seeded member's membership of the network.</summary>
    public static LocalDate Joined { get; } = new(2023, 1, 1);

    /// <summary>The meeting's organiser and other participants, in that order.</summary>
    public static IReadOnlyList<MemberId> MeetingMembers { get; } =
        [MemberId.For(MemberCode.DenHaag), MemberId.For(MemberCode.GooiseMeren), MemberId.For(MemberCode.SintEustatius), MemberId.For(OrganisationId.Parse("nji"))];

    private static SeedIssue Poverty(string title, string text) =>
        new("armoede", title, text, ["armoede", "meedoen"], [CrcArticle.StandardOfLiving, CrcArticle.SocialSecurity]);

    private static SeedIssue Participation(string title, string text) =>
        new("participatie", title, text, ["participatie", "kindergemeenteraad"], [CrcArticle.ViewsOfTheChild, CrcArticle.FreedomOfExpression]);

    private static SeedIssue Routes(string title, string text) =>
        new("schoolroutes", title, text, ["verkeersveiligheid", "schoolroutes"], [CrcArticle.LifeSurvivalAndDevelopment, CrcArticle.PlayAndLeisure]);
}
