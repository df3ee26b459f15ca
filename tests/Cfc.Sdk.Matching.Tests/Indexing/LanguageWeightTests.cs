using Cfc.Sdk.Matching.Issues;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Indexing;

/// <summary>
/// In an index of many issues in one language and a few in another, a word of the few weighs as rare as it is among the issues
/// of its own language, and a concept, which every language shares, as rare as it is among all issues.
/// </summary>
public sealed class LanguageWeightTests
{
    [Fact]
    public void A_few_spanish_issues_among_many_dutch_ones_match_on_their_concept_not_on_an_incidental_word()
    {
        // Bullying (concept ~pesten: acoso, insultos) is what the first two Spanish issues share; the lift is an incidental
        // word of the third. Among all 35 issues the word is as rare as a concept held by two issues; among the three
        // Spanish issues, which are all it can meet, two of three hold it.
        LocalIssue[] dutch =
        [
            .. Enumerable.Range(0, 30).Select(i => Issue($"nl-{i:D2}", $"GM{100 + i:D4}", $"Te weinig speelplekken in wijk {i}", "Kinderen spelen op straat omdat de speeltuin is gesloopt.", language: "nl")),
            Issue("nl-pesten-1", "GM0200", "Pesten op de basisschool", "Leerlingen worden gepest in de pauze.", language: "nl"),
            Issue("nl-pesten-2", "GM0201", "Pesten na schooltijd", "Kinderen worden uitgescholden op weg naar huis.", language: "nl"),
        ];
        var query = Issue("es-query", "GM0300", "Acoso en el ascensor", "Una alumna sufre acoso cada mañana en el ascensor.", language: "es");
        var bullying = Issue("es-bullying", "GM0301", "Insultos en el comedor", "Un grupo de chicos insulta y humilla a una niña durante la comida.", language: "es");
        var lift = Issue("es-lift", "GM0302", "Ascensor averiado", "El ascensor del centro cívico lleva semanas averiado y el ascensor nuevo no llega.", language: "es");
        using var index = new IssueIndex();
        index.AddRange([.. dutch, query, bullying, lift]);

        var matches = index.Match(query.Id, 10, ["es"]).Select(m => m.Issue).ToList();

        Assert.Equal([bullying.Id, lift.Id], matches);
    }
}
