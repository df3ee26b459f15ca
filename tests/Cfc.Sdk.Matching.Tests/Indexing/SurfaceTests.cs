using System.Text.RegularExpressions;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Indexing;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Matching.Tests.Quality;

namespace Cfc.Sdk.Matching.Tests.Indexing;

/// <summary>
/// A match's reasons show, for each shared term, the first word or phrase of the document that produced it; the index keeps
/// where that is when it builds a document's vector instead of reading the text again. Checked against the analyzer's own
/// account of every field (<see cref="TextAnalyzer.Analyze"/>), for every issue of the development sets in five languages.
/// </summary>
public sealed class SurfaceTests
{
    [Fact]
    public void Every_term_of_a_vector_shows_the_first_word_or_phrase_that_produced_it_the_longest_phrase_at_a_start()
    {
        var analyzer = new TextAnalyzer();
        var weights = Weights.From(new MatchingOptions());
        var issues = LabelledSet.Load(["dev-issues.jsonl", "dev-issues-world.jsonl"], "dev-organisations.jsonl").Issues.Select(i => i.Issue).ToArray();
        var checkedTerms = 0;
        foreach (var issue in issues)
        {
            var vector = VectorBuilder.Current.Build(analyzer, weights, issue.Language, issue.Title, issue.Text, issue.Themes, issue.Articles, issue.AgeGroups);
            var language = analyzer.LanguageAt(vector.Language).Analysis.Language;
            var expected = FirstSurfaces(analyzer, language, [issue.Title, issue.Text, .. issue.Themes]);
            for (var i = 0; i < vector.Ids.Length; i++)
            {
                var term = analyzer.TermAt(vector.Ids[i]);
                var surface = vector.SurfaceAt(i, issue.Title, issue.Text, issue.Themes);
                if (term.StartsWith('#'))
                {
                    Assert.Null(surface);
                    continue;
                }

                Assert.True(expected.TryGetValue(term, out var first), $"{issue.Id}: the analyzer gives no word for {term}.");
                Assert.Equal((issue.Id, term, first), (issue.Id, term, surface));
                checkedTerms++;
            }
        }

        Assert.True(checkedTerms > 5_000, $"Only {checkedTerms} terms were checked.");
    }

    [Fact]
    public void A_word_too_long_to_place_has_no_surface_and_its_neighbours_keep_theirs()
    {
        var analyzer = new TextAnalyzer();
        var longWord = new string('x', 1200);
        var issue = TestData.Issue("s1", "GM0518", "Schoolverzuim", $"{longWord} armoede");
        var vector = VectorBuilder.Current.Build(analyzer, Weights.From(new MatchingOptions()), "nl", issue.Title, issue.Text, issue.Themes, issue.Articles, issue.AgeGroups);

        var surfaces = Enumerable.Range(0, vector.Ids.Length).Select(i => vector.SurfaceAt(i, issue.Title, issue.Text, issue.Themes)).ToArray();

        Assert.Contains("Schoolverzuim", surfaces);
        Assert.Contains("armoede", surfaces);
        Assert.DoesNotContain(surfaces, s => s is not null && s.Contains('x', StringComparison.Ordinal));
    }

    // Per term, the surface the analyzer gives it at the earliest place: fields in order, then by the start of the word or
    // phrase in its field (found as a whole word), the longest at the same start.
    private static Dictionary<string, string> FirstSurfaces(TextAnalyzer analyzer, string language, IReadOnlyList<string> fields)
    {
        var first = new Dictionary<string, (int Field, int Start, string Surface)>(StringComparer.Ordinal);
        for (var f = 0; f < fields.Count; f++)
        {
            foreach (var term in analyzer.Analyze(fields[f], language))
            {
                var start = Regex.Match(fields[f], $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(term.Surface)}(?![\p{{L}}\p{{N}}])").Index;
                if (!first.TryGetValue(term.Term, out var known)
                    || (f, start).CompareTo((known.Field, known.Start)) < 0
                    || ((f, start) == (known.Field, known.Start) && term.Surface.Length > known.Surface.Length))
                {
                    first[term.Term] = (f, start, term.Surface);
                }
            }
        }

        return first.ToDictionary(p => p.Key, p => p.Value.Surface, StringComparer.Ordinal);
    }
}
