using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;
using CsCheck;

namespace Cfc.Sdk.Matching.Tests.Analysis;

public sealed class TextAnalyzerTests
{
    private static readonly TextAnalyzer s_analyzer = TextAnalyzer.Default;

    [Theory]
    [InlineData("Coöperatie", "cooperatie")]
    [InlineData("SUÏCIDE", "suicide")]
    [InlineData("één", "een")]
    [InlineData("Oekraïense", "oekraiense")]
    public void Fold_lower_cases_and_removes_accents(string word, string expected) =>
        Assert.Equal(expected, LanguageAnalysis.FoldAccents(word));

    [Fact]
    public void Fold_accepts_text_with_lone_surrogates() =>
        Assert.Equal("a\ud800é", LanguageAnalysis.FoldAccents("A\ud800É"));

    [Fact]
    public void Fold_is_idempotent() =>
        Gen.String.Sample(s => Assert.Equal(LanguageAnalysis.FoldAccents(s), LanguageAnalysis.FoldAccents(LanguageAnalysis.FoldAccents(s))));

    [Theory]
    [InlineData("de", true)]
    [InlineData("Het", true)]
    [InlineData("op", true)]
    [InlineData("armoede", false)]
    [InlineData("school", false)]
    public void Stop_words_are_the_Snowball_Dutch_list(string word, bool stop) =>
        Assert.Equal(stop, s_analyzer.IsStopWord(word));

    [Theory]
    [InlineData("speelplekken", "speelplek")]
    [InlineData("schulden", "schuld")]
    [InlineData("kinderen", "kind")]
    [InlineData("Wachtlijsten", "wachtlijst")]
    public void Inflections_share_a_stem(string inflected, string lemma) =>
        Assert.Equal(s_analyzer.Stem(lemma), s_analyzer.Stem(inflected));

    [Theory]
    [InlineData("schoolverzuim", new[] { "school", "verzuim" })]
    [InlineData("kinderarmoede", new[] { "kinder", "armoede" })]
    [InlineData("speelplekken", new[] { "speel", "plekken" })]
    [InlineData("jeugdzorgwachtlijst", new[] { "jeugd", "zorg", "jeugdzorg", "wacht", "lijst", "wachtlijst" })]
    public void Compounds_split_into_known_parts(string word, string[] parts) =>
        Assert.Equal(parts, s_analyzer.SplitCompound(word));

    [Theory]
    [InlineData("verzekering")]
    [InlineData("school")]
    [InlineData("xyzabcdefgh")]
    public void Words_that_are_not_compounds_of_known_parts_stay_whole(string word) =>
        Assert.Empty(s_analyzer.SplitCompound(word));

    [Fact]
    public void A_compound_shares_its_parts_with_the_phrase_it_abbreviates()
    {
        var compound = s_analyzer.Analyze("schoolverzuim").Select(t => t.Term).ToHashSet();
        var phrase = s_analyzer.Analyze("verzuim op school").Where(t => t.Kind == TermKind.Word).Select(t => t.Term);
        Assert.Superset(phrase.ToHashSet(), compound);
    }

    [Theory]
    [InlineData("Gezinnen met een krappe beurs")]
    [InlineData("Minima in de wijk")]
    [InlineData("Problematische schulden")]
    [InlineData("Kinderarmoede neemt toe")]
    public void Poverty_vocabulary_expresses_the_poverty_concept(string text) =>
        Assert.Contains(s_analyzer.Analyze(text), t => t.Kind == TermKind.Concept && t.Term == "~armoede");

    [Fact]
    public void Analysis_keeps_the_original_word_form()
    {
        var terms = s_analyzer.Analyze("Veel Spijbelen op school");
        Assert.Contains(terms, t => t.Kind == TermKind.Word && t.Surface == "Spijbelen");
        Assert.DoesNotContain(terms, t => t.Surface == "op");
    }

    [Fact]
    public void Analysis_is_deterministic_across_analyzers() =>
        Gen.String.Sample(text =>
        {
            var fresh = new TextAnalyzer(ConceptScheme.Default);
            Assert.Equal(s_analyzer.Analyze(text), fresh.Analyze(text));
        }, iter: 200);

    [Fact]
    public void A_user_thesaurus_extends_the_built_in_one()
    {
        var analyzer = new TextAnalyzer(ConceptScheme.Default.Merge(ConceptScheme.Parse("armoede: kaal plukken\nvoorbeeld-concept: speelkoffer")));
        Assert.Contains(analyzer.Analyze("Ouders laten zich kaal plukken"), t => t.Term == "~armoede");
        Assert.Contains(analyzer.Analyze("speelkoffers"), t => t.Term == "~voorbeeld-concept");
    }
}
