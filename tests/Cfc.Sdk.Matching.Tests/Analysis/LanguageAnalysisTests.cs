using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;
using Cfc.Sdk.Matching.Issues;
using Microsoft.Extensions.DependencyInjection;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Analysis;

/// <summary>Analysis per language: the built-in languages, and the extension point an app uses to add or replace one.</summary>
public sealed class LanguageAnalysisTests
{
    private static readonly TextAnalyzer s_analyzer = TextAnalyzer.Default;

    [Theory]
    [InlineData("und", "de")]
    [InlineData("für", "de")]
    [InlineData("nicht", "de")]
    [InlineData("an", "de")]
    [InlineData("the", "en")]
    [InlineData("their", "en")]
    [InlineData("les", "fr")]
    [InlineData("leurs", "fr")]
    [InlineData("los", "es")]
    [InlineData("también", "es")]
    [InlineData("ta", "pap")]
    [InlineData("nan", "pap")]
    public void Function_words_are_stop_words_of_their_language(string word, string language) =>
        Assert.True(s_analyzer.IsStopWord(word, language));

    [Theory]
    [InlineData("Armut", "de")]
    [InlineData("absence", "en")]
    [InlineData("absentéisme", "fr")]
    [InlineData("pobreza", "es")]
    public void Content_words_are_not(string word, string language) =>
        Assert.False(s_analyzer.IsStopWord(word, language));

    [Theory]
    [InlineData("Kinderarmut", new[] { "kinder", "armut" })]
    [InlineData("Schulabsentismus", new[] { "schul", "absentismus" })]
    [InlineData("Spielplätze", new[] { "spiel", "platze" })]
    public void German_compounds_split_into_known_parts(string word, string[] parts) =>
        Assert.Equal(parts, s_analyzer.SplitCompound(word, "de"));

    [Fact]
    public void Only_compounding_languages_split_words() =>
        Assert.Empty(s_analyzer.SplitCompound("schoolchildren", "en"));

    [Theory]
    [InlineData("absences", "absence", "en")]
    [InlineData("Schulen", "Schule", "de")]
    [InlineData("familles", "famille", "fr")]
    [InlineData("escuelas", "escuela", "es")]
    public void Each_language_stems_with_its_own_Snowball_stemmer(string inflected, string lemma, string language) =>
        Assert.Equal(s_analyzer.Stem(lemma, language), s_analyzer.Stem(inflected, language));

    [Fact]
    public void Papiamentu_is_tokenised_and_folded_but_not_stemmed()
    {
        var terms = s_analyzer.Analyze("E muchanan no tin un lugá pa hunga den bario", "pap");
        Assert.Equal(["luga", "hunga", "bario"], terms.Where(t => t.Kind == TermKind.Word && !s_analyzer.IsCommonWord(t.Surface, "pap")).Select(t => t.Term));
    }

    [Fact]
    public void German_function_words_do_not_make_a_match()
    {
        // The issue's example: "Armut bei Alleinerziehenden" matched school refusal on "an" and "nicht".
        using var index = new IssueIndex();
        index.Add(Issue("g1", "GM0518", "Armut bei Alleinerziehenden", "Viele Alleinerziehende kommen mit dem Geld nicht aus und haben an nichts Anteil.", language: "de"));
        index.Add(Issue("g2", "GM1942", "Schulverweigerung nimmt zu", "Immer mehr Schüler gehen nicht an die Schule und bleiben zu Hause.", language: "de"));
        index.Add(Issue("g3", "GM0202", "Kinderarmut in der Stadt", "Familien mit wenig Einkommen und Schulden.", language: "de"));
        Assert.Equal(["g3"], index.Match(IssueId.Parse("g1"), 10).Select(m => m.Issue.ToString()));
    }

    [Fact]
    public void An_app_adds_a_language_through_the_options_without_changing_the_index()
    {
        var italian = LanguageAnalysis.Create("it", ["il", "la", "di", "e", "per", "non", "sono", "dei", "nelle"], stem: word => word.TrimEnd('a', 'e', 'i', 'o'));
        using var services = new ServiceCollection()
            .AddCfcMatching(options =>
            {
                options.Languages.Add(italian);
                options.ThesaurusEntries.Add("schoolverzuim@it: dispersione scolastica, abbandono scolastico");
            })
            .BuildServiceProvider();
        var index = services.GetRequiredService<IssueIndex>();
        index.Add(Issue("i1", "GM0518", "Dispersione scolastica nelle scuole medie", "Molti ragazzi non sono a scuola.", language: "it"));
        index.Add(Issue("i2", "GM1942", "Veel schoolverzuim in het mbo", "Studenten haken af.", language: "nl"));
        index.Add(Issue("i3", "GM0202", "Abbandono scolastico dei ragazzi", "La scuola perde alunni.", language: "it"));

        Assert.Contains("it", index.Analyzer.Languages);
        Assert.True(index.Analyzer.IsStopWord("nelle", "it"));
        var matches = index.Match(IssueId.Parse("i1"), 10);
        Assert.Equal(["i3", "i2"], matches.Select(m => m.Issue.ToString()));
        Assert.Equal(["it", "nl"], matches.Select(m => m.Language));
    }

    [Fact]
    public void A_registered_analysis_replaces_the_built_in_one_of_its_language()
    {
        var english = LanguageAnalysis.Create("en", ["the", "of", "playground"]);
        var analyzer = new TextAnalyzer(ConceptScheme.Default, [english]);
        Assert.True(analyzer.IsStopWord("playground", "en"));
        Assert.False(TextAnalyzer.Default.IsStopWord("playground", "en"));
        Assert.Equal("playgrounds", analyzer.Stem("playgrounds", "en"));
    }

    [Fact]
    public void A_language_without_analysis_of_its_own_is_folded_and_matched_on_whole_words()
    {
        var terms = s_analyzer.Analyze("Kinderen zonder speelplaats", "sv");
        Assert.Equal(["kinderen", "zonder", "speelplaats"], terms.Where(t => t.Kind == TermKind.Word).Select(t => t.Term));
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("english")]
    [InlineData("n1")]
    public void A_bad_language_tag_is_refused_naming_the_parameter(string tag)
    {
        Assert.Equal("language", Assert.Throws<ArgumentException>(() => Issue("x1", "GM0518", "Titel", language: tag)).ParamName);
        Assert.Equal("language", Assert.Throws<ArgumentException>(() => LanguageAnalysis.Create(tag, [])).ParamName);
    }

    [Theory]
    [InlineData("EN", "en")]
    [InlineData("de-AT", "de")]
    [InlineData("pap", "pap")]
    public void An_issue_keeps_the_primary_language_subtag_in_lower_case(string tag, string expected) =>
        Assert.Equal(expected, Issue("x1", "GM0518", "Titel", language: tag).Language);

    [Theory]
    [InlineData("De kinderen in onze wijk hebben geen plek om te spelen", "nl")]
    [InlineData("Children in our area have nowhere to play after school", "en")]
    [InlineData("Die Kinder in unserem Viertel haben keinen Platz zum Spielen", "de")]
    [InlineData("Les enfants de notre quartier n'ont pas d'endroit pour jouer", "fr")]
    [InlineData("Los niños de nuestro barrio no tienen dónde jugar", "es")]
    [InlineData("E muchanan den nos bario no tin un lugá pa hunga", "pap")]
    [InlineData("Xyzzy", "nl")]
    public void The_language_of_a_text_is_detected_from_its_function_words(string text, string language) =>
        Assert.Equal(language, s_analyzer.DetectLanguage(text));

    [Fact]
    public void An_issue_without_a_language_is_indexed_in_the_detected_one()
    {
        using var index = new IssueIndex();
        index.Add(Issue("e1", "GM0518", "Persistent absence in secondary schools", "Pupils are missing school and attendance is falling."));
        index.Add(Issue("e2", "GM1942", "Pupils skipping school", "Truancy and poor attendance at the local academy."));
        Assert.Equal("en", index.Match(IssueId.Parse("e2"), 1).Single().Language);
    }

    [Theory]
    [InlineData("Schoolverzuim", "", "nl")]
    [InlineData("Absentismo escolar", "Los alumnos de nuestro barrio no van a la escuela y las familias no tienen apoyo.", "es")]
    [InlineData("Kinderarmut", "Viele Kinder in unserer Stadt wachsen in Armut auf, und die Familien finden keine Hilfe.", "de")]
    public void A_document_is_detected_as_the_index_detects_it_from_its_title_and_text_together(string title, string text, string language)
    {
        using var index = new IssueIndex();
        index.Add(Issue("d1", "GM0518", title, text));
        index.Add(Issue("d2", "GM1942", title, text));

        Assert.Equal(language, s_analyzer.DetectLanguage(title, text));
        Assert.Equal(s_analyzer.DetectLanguage(text.Length == 0 ? title : title + "\n" + text), s_analyzer.DetectLanguage(title, text));
        Assert.Equal(language, index.Match(IssueId.Parse("d2"), 1).Single().Language);
        Assert.Throws<ArgumentNullException>(() => s_analyzer.DetectLanguage(title, null!));
        Assert.Throws<ArgumentNullException>(() => s_analyzer.DetectLanguage(null!, text));
    }

    [Theory]
    [InlineData("nl-!!!")]
    [InlineData("en_<script>")]
    [InlineData("de-")]
    [InlineData("nl-abcdefghi")]
    public void A_tag_that_the_sdk_refuses_elsewhere_is_refused_by_matching_too_naming_the_field(string tag)
    {
        var refused = Assert.Throws<ArgumentException>(() => LanguageTag.Normalise(tag, "language"));
        Assert.Equal("language", refused.ParamName);
        Assert.Throws<ArgumentException>(() => Issue("x", "GM0518", "Schoolverzuim", language: tag));
    }

    [Theory]
    [InlineData("NL", "nl")]
    [InlineData("de-AT", "de")]
    [InlineData("sr-Latn-RS", "sr")]
    public void A_well_formed_tag_is_read_as_its_primary_subtag(string tag, string language) =>
        Assert.Equal(language, LanguageTag.Normalise(tag));
}
