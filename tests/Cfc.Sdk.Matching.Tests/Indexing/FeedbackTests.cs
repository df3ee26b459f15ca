using Cfc.Sdk.Matching.Issues;
using CsCheck;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Indexing;

/// <summary>
/// Pseudo-relevance feedback (<see cref="MatchingOptions.FeedbackDocuments"/>): the best matches lend their strongest words to a
/// second search, which raises the matches that also share those words; the matches, their reasons and their relevance stay those
/// of the query's own words.
/// </summary>
public sealed class FeedbackTests
{
    // Made-up words, so that no stemmer, compound or concept links them. The query shares "plorf" and "snerk" with its nearest
    // issue, which also writes "wubbel" and "zabo". Of two issues that share "plorf" with the query, one writes it more often in
    // a shorter text; the other also writes the nearest issue's "wubbel" and "zabo".
    private static readonly LocalIssue s_query = Issue("query", "GM0001", "Plorf en snerk", "Plorf bij de snerk.");
    private static readonly LocalIssue s_nearest = Issue("nearest", "GM0002", "Plorf, snerk en wubbel", "Plorf en snerk met wubbel en zabo.");
    private static readonly LocalIssue s_often = Issue("often", "GM0003", "Plorf", "Plorf, plorf.");
    private static readonly LocalIssue s_alike = Issue("alike", "GM0004", "Plorf met wubbel", "Wubbel en zabo.");

    private static IssueIndex Index(int feedbackDocuments)
    {
        var index = new IssueIndex(new MatchingOptions { UseBuiltInThesaurus = false, FeedbackDocuments = feedbackDocuments });
        index.AddRange([s_query, s_nearest, s_often, s_alike, .. Enumerable.Range(0, 10).Select(i => Issue($"other-{i}", $"GM{10 + i:D4}", $"Kwab {i}", "Trelp en gorp."))]);
        return index;
    }

    [Fact]
    public void Without_feedback_the_issue_that_writes_the_shared_word_most_ranks_first_after_the_nearest()
    {
        using var index = Index(feedbackDocuments: 0);

        Assert.Equal([s_nearest.Id, s_often.Id, s_alike.Id], index.Match(s_query.Id, 10).Select(m => m.Issue));
    }

    [Fact]
    public void Feedback_raises_the_issue_that_shares_the_words_of_the_nearest_match()
    {
        using var index = Index(feedbackDocuments: 1);

        Assert.Equal([s_nearest.Id, s_alike.Id, s_often.Id], index.Match(s_query.Id, 10).Select(m => m.Issue));
        var scores = new IssueScore[10];
        Assert.Equal(3, index.Match(s_query.Id, scores));
        Assert.Equal([s_nearest.Id, s_alike.Id, s_often.Id], scores[..3].Select(s => s.Issue));
    }

    [Fact]
    public void Feedback_changes_the_order_but_not_the_matches_nor_their_reasons_and_relevance()
    {
        using var without = Index(feedbackDocuments: 0);
        using var with = Index(feedbackDocuments: 1);

        var before = without.Match(s_query.Id, 10).ToDictionary(m => m.Issue);
        var after = with.Match(s_query.Id, 10);

        Assert.Equal(before.Keys.Order(), after.Select(m => m.Issue).Order());
        foreach (var match in after)
        {
            Assert.Equal(before[match.Issue].Reasons, match.Reasons);
            Assert.Equal(before[match.Issue].Relevance, match.Relevance);
        }

        Assert.DoesNotContain(after.SelectMany(m => m.Reasons.Terms), r => r.Text.Contains("wubbel", StringComparison.OrdinalIgnoreCase) || r.Text.Contains("zabo", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void With_feedback_an_issue_among_another_issues_matches_has_matches_itself()
    {
        var words = new[] { "plorf", "snerk", "wubbel", "zabo", "trelp", "gorp", "kwab", "speeltuin", "kinderen", "schulden" };
        var corpus = Gen.Select(Gen.Int[1, 4], Gen.OneOf(words).Array[1, 4], Gen.OneOf(words).Array[0, 12])
            .Array[2, 20]
            .Select(issues => issues.Select((issue, i) => Issue($"i{i}", $"GM000{issue.Item1}", string.Join(' ', issue.Item2), string.Join(' ', issue.Item3))).ToArray());
        corpus.Sample(
            issues =>
            {
                using var index = new IssueIndex(new MatchingOptions { FeedbackDocuments = 3 });
                index.AddRange(issues);
                foreach (var issue in issues)
                {
                    foreach (var match in index.Match(issue.Id, 10))
                    {
                        Assert.NotEmpty(index.Match(match.Issue, 10));
                    }
                }
            },
            iter: 200);
    }
}
