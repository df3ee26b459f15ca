using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Network;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sample.Host.Seeding;

/// <summary>
/// The members' seeded work: good practices they shared and bottlenecks they signalled, one still on the local agenda,
/// one on the national agenda and one resolved, so that every page about them has something to show.
/// </summary>
/// <remarks>Practice i and bottleneck i are seeded as number i, so a second start finds them where the first put them.</remarks>
internal static class SeedWork
{
    /// <summary>The seeded practices, in the order of their numbers.</summary>
    public static IReadOnlyList<GoodPractice> Practices { get; } =
    [
        new(
            MemberId.For(MemberCode.GooiseMeren),
            "Speelplekken samen met kinderen ontworpen",
            [GoalArea.FamilyPlayLeisure, GoalArea.VoiceHeard],
            "De kinderraad koos drie plekken en tekende mee aan het ontwerp.",
            "De planning van de aannemer paste slecht bij de schoolvakanties.",
            "Betrek kinderen vanaf de eerste schets, niet pas bij de keuze.",
            new LocalDate(2025, 5, 1),
            [CrcArticle.PlayAndLeisure, CrcArticle.ViewsOfTheChild]),
        new(
            MemberId.For(MemberCode.DenHaag),
            "Jongerenpanel over armoede",
            [GoalArea.VoiceHeard],
            "Twaalf jongeren adviseerden de gemeente over het minimabeleid.",
            "Jongeren vasthouden na de eerste bijeenkomsten.",
            "Geef jongeren een vergoeding en laat zien wat er met hun advies gebeurt.",
            new LocalDate(2025, 9, 15),
            [CrcArticle.ViewsOfTheChild]),
    ];

    /// <summary>The seeded bottlenecks, in the order of their numbers.</summary>
    public static IReadOnlyList<Bottleneck> Bottlenecks { get; } =
    [
        new Bottleneck(MemberId.For(MemberCode.DenHaag), "Wachtlijst jeugdzorg", "Kinderen wachten maanden op passende jeugdhulp.", new LocalDate(2025, 2, 3), [CrcArticle.Health])
            .EscalateTo(EscalationLevel.Regional, new LocalDate(2025, 4, 1), "Regio Haaglanden")
            .EscalateTo(EscalationLevel.National, new LocalDate(2025, 10, 1), "VNG en ministerie van VWS"),
        new Bottleneck(MemberId.For(MemberCode.GooiseMeren), "Onveilige fietsroute naar school", "Kinderen fietsen over een drukke provinciale weg zonder fietspad.", new LocalDate(2025, 3, 10), [CrcArticle.BestInterests])
            .EscalateTo(EscalationLevel.Regional, new LocalDate(2025, 5, 20), "Provincie Noord-Holland")
            .Resolve(new LocalDate(2025, 11, 3), "De provincie legt in 2026 een vrijliggend fietspad aan."),
        new Bottleneck(MemberId.For(MemberCode.SintEustatius), "Geen kinderopvang na schooltijd", "Ouders die werken vinden geen opvang voor hun kinderen na school.", new LocalDate(2025, 11, 20)),
    ];
}
