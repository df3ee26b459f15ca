using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;
using Cfc.Sdk.Matching.Issues;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Concepts;

/// <summary>Issues meet through concepts whatever their language; a query may restrict the languages it returns.</summary>
public sealed class CrossLanguageTests
{
    private static IssueIndex SchoolAbsenceIndex()
    {
        var index = new IssueIndex();
        index.Add(Issue("es1", "GM0518", "Absentismo escolar en secundaria", "Cada vez más alumnos faltan a clase sin justificar.", language: "es"));
        index.Add(Issue("en1", "GM1942", "Persistent absence is rising", "More pupils miss school every week.", language: "en"));
        index.Add(Issue("de1", "GM0202", "Schulabsentismus an Grundschulen", "Immer mehr Kinder fehlen unentschuldigt.", language: "de"));
        index.Add(Issue("nl1", "GM0363", "Schoolverzuim neemt toe", "Steeds meer leerlingen blijven thuis.", language: "nl"));
        index.Add(Issue("fr1", "GM0344", "Aires de jeux trop rares", "Les enfants jouent dans la rue.", language: "fr"));
        return index;
    }

    [Theory]
    [InlineData("absentismo escolar", "es")]
    [InlineData("persistent absence", "en")]
    [InlineData("Schulabsentismus", "de")]
    [InlineData("schoolverzuim", "nl")]
    public void School_absence_in_five_words_of_four_languages_is_one_concept(string text, string language) =>
        Assert.Contains("schoolverzuim", TextAnalyzer.Default.Analyze(text, language).Where(t => t.Kind == TermKind.Concept).Select(t => t.Term[1..]));

    [Fact]
    public void Absentismo_escolar_persistent_absence_Schulabsentismus_and_schoolverzuim_meet()
    {
        using var index = SchoolAbsenceIndex();
        foreach (var query in new[] { "es1", "en1", "de1", "nl1" })
        {
            var matched = index.Match(IssueId.Parse(query), 10).Select(m => m.Issue.ToString()).ToHashSet();
            Assert.Equal(new[] { "es1", "en1", "de1", "nl1" }.Where(i => i != query).ToHashSet(), matched);
        }
    }

    [Fact]
    public void Every_match_says_its_language()
    {
        using var index = SchoolAbsenceIndex();
        var languages = index.Match(IssueId.Parse("nl1"), 10).ToDictionary(m => m.Issue.ToString(), m => m.Language);
        Assert.Equal("es", languages["es1"]);
        Assert.Equal("en", languages["en1"]);
        Assert.Equal("de", languages["de1"]);
    }

    [Fact]
    public void A_language_filter_restricts_the_matches_to_those_languages()
    {
        using var index = SchoolAbsenceIndex();
        Assert.Equal(["en1"], index.Match(IssueId.Parse("nl1"), 10, ["en"]).Select(m => m.Issue.ToString()));
        Assert.Equal(["de1", "en1"], index.Match(IssueId.Parse("nl1"), 10, ["EN", "de-DE"]).Select(m => m.Issue.ToString()).Order());
        Assert.Empty(index.Match(IssueId.Parse("nl1"), 10, ["it"]));
        var buffer = new IssueScore[10];
        Assert.Equal(1, index.Match(IssueId.Parse("nl1"), buffer, ["es"]));
        Assert.Equal("es1", buffer[0].Issue.ToString());
    }

    [Fact]
    public void An_empty_language_filter_means_every_language()
    {
        using var index = SchoolAbsenceIndex();
        Assert.Equal(index.Match(IssueId.Parse("nl1"), 10), index.Match(IssueId.Parse("nl1"), 10, []));
    }

    [Fact]
    public void A_bad_language_in_the_filter_is_refused_naming_the_parameter()
    {
        using var index = SchoolAbsenceIndex();
        Assert.Equal("languages", Assert.Throws<ArgumentException>(() => index.Match(IssueId.Parse("nl1"), 10, ["english"])).ParamName);
        Assert.Equal("languages", Assert.Throws<ArgumentException>(() => index.MatchOrganisations(IssueId.Parse("nl1"), 10, ["x"])).ParamName);
    }

    [Fact]
    public void Organisations_match_across_languages_and_say_their_language()
    {
        using var index = SchoolAbsenceIndex();
        index.UpsertOrganisation(Organisation("attend-uk", "Attendance Matters", "Helps councils and schools reduce persistent absence and truancy."));
        index.UpsertOrganisation(Organisation("spiel-de", "Spielraum e.V.", "Berät Kommunen zu Spielplätzen und Spielraumplanung."), "de");
        var match = index.MatchOrganisations(IssueId.Parse("es1"), 3)[0];
        Assert.Equal("attend-uk", match.Organisation.ToString());
        Assert.Equal("en", match.Language);
        Assert.Empty(index.MatchOrganisations(IssueId.Parse("es1"), 3, ["de"]));
    }

    [Theory]
    [InlineData("~schoolverzuim", "en", "absence")]
    [InlineData("schoolverzuim", "de-AT", "Schulabsentismus")]
    [InlineData("armoede", "fr", "pauvreté")]
    [InlineData("armoede", "pap", "poverty")]
    [InlineData("~unknown", "nl", "unknown")]
    public void A_concept_is_shown_by_its_label_in_the_reader_s_language(string concept, string language, string label) =>
        Assert.Equal(label, ConceptScheme.Default.ConceptLabel(concept, language));

    [Fact]
    public void The_words_that_carried_a_concept_are_named()
    {
        Assert.Equal(["absentismo", "absentismo escolar"], TextAnalyzer.Default.ConceptCarriers("Absentismo escolar en secundaria", "schoolverzuim", "es").Select(s => s.ToLowerInvariant()));
        Assert.Equal(["Schulabsentismus"], TextAnalyzer.Default.ConceptCarriers("Schulabsentismus an Grundschulen", "~schoolverzuim", "de"));
    }
}
