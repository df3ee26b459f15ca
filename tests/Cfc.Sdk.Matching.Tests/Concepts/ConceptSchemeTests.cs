using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;

namespace Cfc.Sdk.Matching.Tests.Concepts;

public sealed class ConceptSchemeTests
{
    [Fact]
    public void The_built_in_thesaurus_covers_the_network_s_concerns()
    {
        var concepts = ConceptScheme.Default.Concepts;
        Assert.Contains("armoede", concepts);
        Assert.Contains("schoolverzuim", concepts);
        Assert.Contains("pesten", concepts);
        Assert.Contains("speelruimte", concepts);
        Assert.Contains("verkeersveiligheid", concepts);
        Assert.Contains("krappe beurs", ConceptScheme.Default.LabelsOf("armoede", "nl"));
    }

    [Fact]
    public void Parse_reads_the_text_format_and_ToString_round_trips()
    {
        var thesaurus = ConceptScheme.Parse("# comment\n\narmoede: Minima,  krappe   beurs\narmoede: schulden\n");
        Assert.Equal(["Minima", "krappe beurs", "schulden"], thesaurus.LabelsOf("armoede", "nl"));
        Assert.Equal(thesaurus, ConceptScheme.Parse(thesaurus.ToString()));
    }

    [Theory]
    [InlineData("geen dubbele punt")]
    [InlineData("Hoofdletter: woord")]
    [InlineData(": woord")]
    public void A_malformed_line_is_rejected_with_its_number(string line)
    {
        var error = Assert.Throws<FormatException>(() => ConceptScheme.Parse("armoede: minima\n" + line));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_does_not_depend_on_the_order_of_a_concept_s_terms()
    {
        Assert.Equal(ConceptScheme.Parse("a: x, y\nb: z"), ConceptScheme.Parse("b: z\na: y, x"));
        Assert.Equal(ConceptScheme.Parse("a: x, y").GetHashCode(), ConceptScheme.Parse("a: y, x").GetHashCode());
        Assert.NotEqual(ConceptScheme.Parse("a: x, y"), ConceptScheme.Parse("a: x, z"));
        Assert.Equal(["y", "x"], ConceptScheme.Parse("a: y, x").LabelsOf("a", "nl"));
    }

    [Fact]
    public void Merge_unites_terms_of_the_same_concept()
    {
        var merged = ConceptScheme.Parse("a: x, y").Merge(ConceptScheme.Parse("a: y, z\nb: w"));
        Assert.Equal(["x", "y", "z"], merged.LabelsOf("a", "nl"));
        Assert.Equal(["w"], merged.LabelsOf("b", "nl"));
    }

    [Fact]
    public void LoadFile_reads_a_user_file()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "sport: padel\n");
            Assert.Equal(["padel"], ConceptScheme.LoadFile(path).LabelsOf("sport", "nl"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
