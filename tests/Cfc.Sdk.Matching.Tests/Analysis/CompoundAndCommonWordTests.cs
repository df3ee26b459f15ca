using Cfc.Sdk.Matching.Analysis;

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
    public void Function_words_are_stop_words(string word) =>
        Assert.True(DutchTextAnalyzer.Default.IsStopWord(word));

    [Theory]
    [InlineData("kinderen", true)]
    [InlineData("Ouders", true)]
    [InlineData("jongeren", true)]
    [InlineData("kind", true)]
    [InlineData("armoede", false)]
    [InlineData("school", false)]
    [InlineData("de", false)]
    public void Words_found_in_a_large_share_of_issues_are_common(string word, bool common) =>
        Assert.Equal(common, DutchTextAnalyzer.Default.IsCommonWord(word));

    [Fact]
    public void Extra_common_words_can_be_given()
    {
        var analyzer = new DutchTextAnalyzer(Thesaurus.Default, commonWords: ["inwoners"]);
        Assert.True(analyzer.IsCommonWord("inwoner"));
        Assert.False(DutchTextAnalyzer.Default.IsCommonWord("inwoners"));
        Assert.Equal("commonWords", Assert.Throws<ArgumentException>(() => new DutchTextAnalyzer(Thesaurus.Default, commonWords: [" "])).ParamName);
    }

    [Fact]
    public void A_compound_part_added_by_the_user_does_not_give_the_compound_an_unrelated_concept()
    {
        var analyzer = new DutchTextAnalyzer(Thesaurus.Default, compoundParts: ["padel"]);

        // Alone, "baan" is a job; in "padelbaan" it is a court.
        Assert.Contains(analyzer.Analyze("baan"), t => t.Kind == TermKind.Concept);
        Assert.Equal(["padel", "baan"], analyzer.SplitCompound("padelbaan"));
        var terms = analyzer.Analyze("Een nieuwe padelbaan");
        Assert.Contains(terms, t => t.Kind == TermKind.CompoundPart && t.Term == analyzer.Stem("padel"));
        Assert.DoesNotContain(terms, t => t.Kind == TermKind.Concept);
        Assert.Equal(DutchTextAnalyzer.Default.Analyze("padelbaan").Where(t => t.Kind == TermKind.Concept), terms.Where(t => t.Kind == TermKind.Concept));
    }

    [Fact]
    public void A_longer_part_of_a_user_compound_still_expresses_its_concept()
    {
        var analyzer = new DutchTextAnalyzer(Thesaurus.Default, compoundParts: ["padel"]);
        Assert.Contains(analyzer.Analyze("padelvereniging"), t => t.Term == "~sport-cultuur");
        Assert.Contains(analyzer.Analyze("kinderarmoede"), t => t.Term == "~armoede");
    }
}
