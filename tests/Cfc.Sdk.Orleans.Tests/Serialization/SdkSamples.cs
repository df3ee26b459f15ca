using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;
using Cfc.Sdk.Matching.Issues;
using Cfc.Testing;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Serialization;

/// <summary>
/// A sample of every public value type of Cfc.Sdk and Cfc.Sdk.Matching (the domain samples are
/// tests/Shared/DomainSamples.cs), and the NodaTime values grains carry.
/// </summary>
internal static class SdkSamples
{
    /// <summary>Public types that are not values to send or store: services, settings bound from configuration, converters.</summary>
    public static readonly Type[] NotValues =
    [
        .. DomainSamples.NotStored, typeof(IssueIndex), typeof(TextAnalyzer), typeof(LanguageAnalysis), typeof(ConceptSuggester),
    ];

    /// <summary>An instant with nanoseconds, which a tick-based form would lose.</summary>
    public static Instant InstantWithNanoseconds { get; } = Instant.FromUtc(2026, 3, 26, 15, 0, 0).PlusNanoseconds(123_456_789);

    /// <summary>A zone that is an alias in TZDB (of America/Curacao), whose id must survive as written.</summary>
    public static DateTimeZone Kralendijk { get; } = DateTimeZoneProviders.Tzdb["America/Kralendijk"];

    public static IReadOnlyList<object> All() => [.. DomainSamples.All(), .. MatchingSamples(), .. NodaTimeSamples()];

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
        var reasons = new MatchReasons(
            [new TermReason("onveilig", 0.375), new TermReason("Fietsroute", 0.3125)],
            [new ConceptReason("schoolverzuim", "schoolverzuim", ["Schoolverzuim"], ["Absentismo escolar"], 0.25), new ConceptReason("gezin", "gezin", [], ["pleeggezin"], 0.125)],
            ["verkeer"],
            [CrcArticle.Parse("6")]);
        var terms = TextAnalyzer.Default.Analyze("Gezinnen met een krappe beurs en schoolverzuim");
        var options = new MatchingOptions { TitleWeight = 2.5, MinScore = 1.5 };
        options.ThesaurusEntries.Add("sport: padel");
        var suggestions = new ConceptSuggestions(
        [
            new ConceptSuggestion("schoolverzuim", "en", ["truancy"], isNewConcept: false, 23.4, 5, 7, 6, 48),
            new ConceptSuggestion("suggested-nl-grolpen-zwabbers", "nl", ["grolpen", "zwabbers"], isNewConcept: true, 16.6, 2, 2, 2, 48),
        ]);
        return
        [
            suggestions, suggestions.Suggestions[1],
            Issue(), IssueId.Parse("gm0518-2024-03"), AgeGroups.Children | AgeGroups.Adolescents,
            new IssueMatch(IssueId.Parse("d033"), MemberCode.Parse("GM0193"), "Fietsroute naar het sportpark onveilig", 29.25, reasons),
            new IssueMatch(IssueId.Parse("w012"), MemberCode.Parse("GM0193"), "Unsafe crossing on the way to school", 7.5, reasons, "en", 0.71),
            new OrganisationMatch(OrganisationId.Parse("leerplicht-nl"), "Leerplicht Nederland", 12.5, reasons),
            new OrganisationMatch(OrganisationId.Parse("spielraum-de"), "Spielraum e.V.", 3.5, reasons, "de", 0.05), reasons, reasons.Terms[0], reasons.Concepts[0], MatchReasons.None,
            new IssueScore(IssueId.Parse("d001"), MemberCode.DenHaag, 1.5), terms[0], terms[0].Kind, ConceptScheme.Default, options,
            MemberIssues.Of(MemberCode.DenHaag, [Issue()]),
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
}
