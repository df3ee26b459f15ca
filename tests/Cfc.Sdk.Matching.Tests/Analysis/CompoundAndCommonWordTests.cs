using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;

namespace Cfc.Sdk.Matching.Tests.Analysis;

public sealed class CompoundAndCommonWordTests
{
    [Theory]
    [InlineData("we")]
    [InlineData("wij")]
    [InlineData("ons")]
    [InlineData("onze")]
    [InlineData("jullie")]
    [InlineData("elkaar")]
    [InlineData("wat")]
    [InlineData("alles")]
    [InlineData("eens")]
    public void Function_words_are_stop_words(string word) =>
        Assert.True(TextAnalyzer.Default.IsStopWord(word));

    [Theory]
    [InlineData("kinderen", true)]
    [InlineData("Ouders", true)]
    [InlineData("jongeren", true)]
    [InlineData("kind", true)]
    [InlineData("armoede", false)]
    [InlineData("school", false)]
    [InlineData("de", false)]
    public void Words_found_in_a_large_share_of_issues_are_common(string word, bool common) =>
        Assert.Equal(common, TextAnalyzer.Default.IsCommonWord(word));

    [Fact]
    public void Extra_common_words_can_be_given()
    {
        var analyzer = new TextAnalyzer(ConceptScheme.Default, commonWords: ["inwoners"]);
        Assert.True(analyzer.IsCommonWord("inwoner"));
        Assert.False(TextAnalyzer.Default.IsCommonWord("inwoners"));
        Assert.Equal("commonWords", Assert.Throws<ArgumentException>(() => new TextAnalyzer(ConceptScheme.Default, commonWords: [" "])).ParamName);
    }

    [Fact]
    public void A_compound_part_added_by_the_user_does_not_give_the_compound_an_unrelated_concept()
    {
        var analyzer = new TextAnalyzer(ConceptScheme.Default, compoundParts: ["padel"]);

        // Alone, "baan" is a job; in "padelbaan" it is a court.
        Assert.Contains(analyzer.Analyze("baan"), t => t.Term == "~werk-jongeren");
        Assert.Equal(["padel", "baan"], analyzer.SplitCompound("padelbaan"));
        var terms = analyzer.Analyze("Een nieuwe padelbaan");
        Assert.Contains(terms, t => t.Kind == TermKind.CompoundPart && t.Term == analyzer.Stem("padel"));
        Assert.DoesNotContain(terms, t => t.Kind == TermKind.Concept);
        Assert.DoesNotContain(analyzer.Analyze("padelbanen"), t => t.Kind == TermKind.Concept);

        // Compounds the thesaurus lists keep their own concepts.
        Assert.Contains(analyzer.Analyze("bijbaan"), t => t.Term == "~werk-jongeren");
        Assert.Contains(analyzer.Analyze("glijbaan"), t => t.Term == "~speelruimte");
    }

    [Theory]
    [InlineData("padelvereniging", "~sport-cultuur")]
    [InlineData("kinderarmoede", "~armoede")]
    [InlineData("stadspark", "~natuur-buitenruimte")]
    [InlineData("danslessen", "~sport-cultuur")]
    [InlineData("schoolklas", "~onderwijs")]
    [InlineData("schooleten", "~schoolvoeding")]
    public void A_part_of_a_compound_passes_its_concept_on_whatever_its_length(string compound, string concept)
    {
        var analyzer = new TextAnalyzer(ConceptScheme.Default, compoundParts: ["padel"]);
        Assert.NotEmpty(analyzer.SplitCompound(compound));
        Assert.Contains(analyzer.Analyze(compound), t => t.Term == concept);
    }

    [Theory]
    [InlineData("ouders")]
    [InlineData("gezin")]
    [InlineData("kinderen")]
    public void A_common_word_brings_in_no_concept(string word)
    {
        Assert.DoesNotContain(TextAnalyzer.Default.Analyze(word), t => t.Kind == TermKind.Concept);
    }

    [Theory]
    [InlineData("pleegzorg")]
    [InlineData("pleeggezin")]
    [InlineData("vader")]
    [InlineData("moeder")]
    [InlineData("opvoeding")]
    public void A_concept_reached_through_a_word_that_is_not_common_is_a_full_term(string word)
    {
        var analyzer = TextAnalyzer.Default;
        var concept = Assert.Single(analyzer.Analyze(word), t => t.Term == "~gezin");
        Assert.True(analyzer.TryGetTermId(concept.Term, out var id));
        Assert.False(analyzer.IsSupporting(id));
    }
}
