using Cfc.Sdk.Matching.Analysis;

namespace Cfc.Sdk.Matching.Tests.Analysis;

public sealed class ThesaurusTests
{
    [Fact]
    public void The_built_in_thesaurus_covers_the_network_s_concerns()
    {
        var concepts = Thesaurus.Default.Concepts;
        Assert.Contains("armoede", concepts);
        Assert.Contains("schoolverzuim", concepts);
        Assert.Contains("pesten", concepts);
        Assert.Contains("speelruimte", concepts);
        Assert.Contains("verkeersveiligheid", concepts);
        Assert.Contains("krappe beurs", Thesaurus.Default.TermsOf("armoede"));
    }

    [Fact]
    public void Parse_reads_the_text_format_and_ToString_round_trips()
    {
        var thesaurus = Thesaurus.Parse("# comment\n\narmoede: Minima,  krappe   beurs\narmoede: schulden\n");
        Assert.Equal(["minima", "krappe beurs", "schulden"], thesaurus.TermsOf("armoede"));
        Assert.Equal(thesaurus, Thesaurus.Parse(thesaurus.ToString()));
    }

    [Theory]
    [InlineData("geen dubbele punt")]
    [InlineData("Hoofdletter: woord")]
    [InlineData(": woord")]
    public void A_malformed_line_is_rejected_with_its_number(string line)
    {
        var error = Assert.Throws<FormatException>(() => Thesaurus.Parse("armoede: minima\n" + line));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_does_not_depend_on_the_order_of_a_concept_s_terms()
    {
        Assert.Equal(Thesaurus.Parse("a: x, y\nb: z"), Thesaurus.Parse("b: z\na: y, x"));
        Assert.Equal(Thesaurus.Parse("a: x, y").GetHashCode(), Thesaurus.Parse("a: y, x").GetHashCode());
        Assert.NotEqual(Thesaurus.Parse("a: x, y"), Thesaurus.Parse("a: x, z"));
        Assert.Equal(["y", "x"], Thesaurus.Parse("a: y, x").TermsOf("a"));
    }

    [Fact]
    public void Merge_unites_terms_of_the_same_concept()
    {
        var merged = Thesaurus.Parse("a: x, y").Merge(Thesaurus.Parse("a: y, z\nb: w"));
        Assert.Equal(["x", "y", "z"], merged.TermsOf("a"));
        Assert.Equal(["w"], merged.TermsOf("b"));
    }

    [Fact]
    public void LoadFile_reads_a_user_file()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "sport: padel\n");
            Assert.Equal(["padel"], Thesaurus.LoadFile(path).TermsOf("sport"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
