using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using CsCheck;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Concepts;

/// <summary>Concept suggestions mined from a corpus by co-occurrence, applied through the scheme's configuration.</summary>
public sealed class ConceptSuggesterTests
{
    // Made-up words that carry no concept: the planted synonym of poverty, a word written by chance, and filler.
    private const string Planted = "vlimpers";
    private const string Chance = "trabont";

    private static readonly string[] s_filler =
        ["kworrel", "snabel", "drufter", "plomkin", "weskaal", "grunsel", "tovrik", "melbart", "sprokel", "fandrijl", "klopster", "zwirrel"];

    private static readonly string[] s_poverty = ["schulden", "armoede", "minima", "krappe beurs"];

    private static readonly string[] s_otherLabels = ["speeltuin", "pesten", "eenzaamheid"];

    private static readonly string[] s_madeUp = [.. s_filler, Planted, Chance];

    [Fact]
    public void A_word_written_with_a_concepts_labels_far_more_than_chance_is_suggested_as_its_label_and_a_chance_word_is_not()
    {
        var suggestions = new ConceptSuggester(TextAnalyzer.Default).Suggest(PlantedCorpus());

        var label = Assert.Single(suggestions.Labels, s => s.Labels.Contains(Planted));
        Assert.Equal("armoede", label.Concept);
        Assert.Equal("nl", label.Language);
        Assert.False(label.IsNewConcept);
        Assert.True(label.Score >= ConceptSuggester.DefaultMinScore);
        Assert.Equal((10, 12, 10, 48), (label.Together, label.ConceptTexts, label.WordTexts, label.Texts));
        Assert.DoesNotContain(suggestions.Suggestions, s => s.Labels.Contains(Chance));
        Assert.Contains("armoede: vlimpers\n", suggestions.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(new ConceptSuggester(TextAnalyzer.Default, minScore: label.Score + 0.01).Suggest(PlantedCorpus()).Suggestions, s => s.Labels.Contains(Planted));
        Assert.DoesNotContain(new ConceptSuggester(TextAnalyzer.Default, minCount: 11).Suggest(PlantedCorpus()).Suggestions, s => s.Labels.Contains(Planted));
    }

    [Fact]
    public void The_output_read_back_as_configuration_makes_two_issues_that_share_only_the_suggested_word_and_a_label_match_through_the_concept()
    {
        var suggestions = new ConceptSuggester(TextAnalyzer.Default).Suggest(PlantedCorpus());
        var options = new MatchingOptions();
        options.ThesaurusEntries.Add(suggestions.ToString());
        Assert.Empty(options.Validate());
        Assert.Equal(ConceptScheme.Parse(suggestions.ToString()), suggestions.ToConceptScheme());

        var query = Issue("q", "GM0518", "Vlimpers in de wijk", language: "nl");
        var other = Issue("o", "GM1942", "Gezinnen met schulden", language: "nl");
        using var index = new IssueIndex(options);
        index.AddRange([query, other]);
        using var without = new IssueIndex();
        without.AddRange([query, other]);

        var match = Assert.Single(index.Match(query.Id, 10));
        Assert.Equal(other.Id, match.Issue);
        var concept = Assert.Single(match.Reasons.Concepts);
        Assert.Equal("armoede", concept.Concept);
        Assert.Equal(["Vlimpers"], concept.QueryWords);
        Assert.Empty(match.Reasons.Terms);
        Assert.Empty(without.Match(query.Id, 10));
    }

    [Fact]
    public void A_pair_of_words_no_concept_covers_that_texts_write_together_is_a_candidate_new_concept()
    {
        var issues = PlantedCorpus().Concat(Enumerable.Range(0, 6).Select(i => Issue($"p{i}", "GM0363", $"Grolpen en zwabbers {s_filler[i]}", language: "nl")));

        var suggestions = new ConceptSuggester(TextAnalyzer.Default).Suggest(issues);

        var candidate = Assert.Single(suggestions.NewConcepts, s => s.Labels.Contains("grolpen"));
        Assert.Equal(["grolpen", "zwabbers"], candidate.Labels);
        Assert.Equal("suggested-nl-grolpen-zwabbers", candidate.Concept);
        Assert.True(candidate.IsNewConcept);
        Assert.True(suggestions.ToConceptScheme().Contains(candidate.Concept));
    }

    [Fact]
    public void Suggestions_do_not_depend_on_the_order_of_the_issues()
    {
        var word = Gen.Frequency(
            (2, (IGen<string>)Gen.OneOf(s_poverty)),
            (1, Gen.OneOf(s_otherLabels)),
            (5, Gen.OneOf(s_madeUp)));
        var corpus = Gen.Select(Gen.Int[1, 4], word.Array[1, 8], Gen.OneOf("nl", "nl", "en"))
            .Array[2, 40]
            .Select(rows => rows.Select((r, i) => Issue($"i{i}", $"GM000{r.Item1}", string.Join(' ', r.Item2), language: r.Item3)).ToArray());
        var suggester = new ConceptSuggester(TextAnalyzer.Default, minCount: 1, minScore: 0);

        corpus
            .SelectMany(issues => Gen.Shuffle(issues.ToArray()).Select(shuffled => (issues, shuffled)))
            .Sample(
                pair =>
                {
                    var first = suggester.Suggest(pair.issues);
                    var second = suggester.Suggest(pair.shuffled);
                    Assert.Equal(first, second);
                    Assert.Equal(first.ToString(), second.ToString());
                },
                iter: 200);
    }

    [Fact]
    public void Top_keeps_the_best_labels_and_new_concepts_of_each_language_and_the_order_is_by_score_then_text()
    {
        ConceptSuggestion[] given =
        [
            new("armoede", "en", ["hardship"], false, 12, 2, 3, 2, 40),
            new("armoede", "en", ["arrears"], false, 12, 2, 3, 2, 40),
            new("pesten", "en", ["teasing"], false, 30, 4, 4, 5, 40),
            new("suggested-en-a-b", "en", ["a", "b"], true, 20, 3, 3, 3, 40),
            new("armoede", "nl", ["geldnood"], false, 11, 2, 3, 2, 20),
        ];

        var suggestions = new ConceptSuggestions(given);
        var top = suggestions.Top(1);

        Assert.Equal(["teasing", "a", "arrears", "hardship", "geldnood"], suggestions.Suggestions.Select(s => s.Labels[0]));
        Assert.Equal(["teasing", "a", "geldnood"], top.Suggestions.Select(s => s.Labels[0]));
        Assert.Equal(["geldnood"], suggestions.InLanguages(["nl"]).Suggestions.Select(s => s.Labels[0]));
        Assert.Equal("pesten@en: teasing", suggestions.Suggestions[0].ToString());
        Assert.Equal("armoede: geldnood", given[4].ToString());
    }

    [Fact]
    public void Bad_arguments_are_rejected_with_the_parameter_named()
    {
        Assert.Throws<ArgumentNullException>(() => new ConceptSuggester(null!));
        Assert.Equal("minCount", Assert.Throws<ArgumentOutOfRangeException>(() => new ConceptSuggester(TextAnalyzer.Default, minCount: 0)).ParamName);
        Assert.Equal("minScore", Assert.Throws<ArgumentOutOfRangeException>(() => new ConceptSuggester(TextAnalyzer.Default, minScore: -1)).ParamName);
        Assert.Equal("minScore", Assert.Throws<ArgumentOutOfRangeException>(() => new ConceptSuggester(TextAnalyzer.Default, minScore: double.NaN)).ParamName);
        var suggester = new ConceptSuggester(TextAnalyzer.Default);
        Assert.Equal("issues", Assert.Throws<ArgumentNullException>(() => suggester.Suggest(null!)).ParamName);
        Assert.Equal("issues", Assert.Throws<ArgumentException>(() => suggester.Suggest([null!])).ParamName);
        Assert.Equal("expertise", Assert.Throws<ArgumentException>(() => suggester.Suggest([], [null!])).ParamName);
        Assert.Equal("languages", Assert.Throws<ArgumentException>(() => suggester.Suggest([], languages: ["en_GB"])).ParamName);
        Assert.Equal("languages", Assert.Throws<ArgumentException>(() => suggester.Suggest([], languages: [null!])).ParamName);

        Assert.Equal("concept", Assert.Throws<ArgumentException>(() => new ConceptSuggestion("Armoede", "nl", ["x"], false, 1, 1, 1, 1, 1)).ParamName);
        Assert.Equal("language", Assert.Throws<ArgumentException>(() => new ConceptSuggestion("armoede", "nl-!!!", ["x"], false, 1, 1, 1, 1, 1)).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => new ConceptSuggestion("armoede", "nl", ["a, b"], false, 1, 1, 1, 1, 1)).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => new ConceptSuggestion("armoede", "nl", ["a", "b"], false, 1, 1, 1, 1, 1)).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => new ConceptSuggestion("nieuw", "nl", ["a"], true, 1, 1, 1, 1, 1)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => new ConceptSuggestion("armoede", "nl", ["x"], false, double.PositiveInfinity, 1, 1, 1, 1)).ParamName);
        Assert.Equal("together", Assert.Throws<ArgumentOutOfRangeException>(() => new ConceptSuggestion("armoede", "nl", ["x"], false, 1, 3, 2, 5, 9)).ParamName);
        Assert.Equal("wordTexts", Assert.Throws<ArgumentOutOfRangeException>(() => new ConceptSuggestion("armoede", "nl", ["x"], false, 1, 1, 1, 10, 9)).ParamName);
        Assert.Equal("texts", Assert.Throws<ArgumentOutOfRangeException>(() => new ConceptSuggestion("armoede", "nl", ["x"], false, 1, 0, 0, 0, 0)).ParamName);

        var once = new ConceptSuggestion("armoede", "nl", ["x"], false, 1, 1, 1, 1, 1);
        Assert.Equal("suggestions", Assert.Throws<ArgumentException>(() => new ConceptSuggestions([once, new ConceptSuggestion("armoede", "nl", ["x"], false, 2, 1, 1, 1, 1)])).ParamName);
        Assert.Equal("suggestions", Assert.Throws<ArgumentNullException>(() => new ConceptSuggestions([null!])).ParamName);
        Assert.Equal("perLanguage", Assert.Throws<ArgumentOutOfRangeException>(() => ConceptSuggestions.None.Top(0)).ParamName);
    }

    // 48 Dutch issues of different members: 12 about poverty in its labels, 10 of which also write the planted word; every
    // third issue writes the chance word, whatever its subject; each has three filler words.
    private static LocalIssue[] PlantedCorpus()
    {
        var random = new Random(18);
        return [.. Enumerable.Range(0, 48).Select(i =>
        {
            var words = new List<string> { s_filler[random.Next(s_filler.Length)], s_filler[random.Next(s_filler.Length)], s_filler[random.Next(s_filler.Length)] };
            if (i < 12)
            {
                words.Add(s_poverty[i % s_poverty.Length]);
            }

            if (i < 10)
            {
                words.Add(Planted);
            }

            if (i % 3 == 0)
            {
                words.Add(Chance);
            }

            return new LocalIssue(IssueId.Parse($"c{i}"), MemberCode.Parse($"GM{100 + i:D4}"), $"Vraagstuk {i + 1}", string.Join(' ', words), language: "nl");
        })];
    }
}
