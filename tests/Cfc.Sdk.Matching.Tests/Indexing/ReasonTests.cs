using Cfc.Sdk.Matching.Issues;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Indexing;

public sealed class ReasonTests
{
    [Fact]
    public void A_match_that_shares_only_common_words_is_not_proposed()
    {
        using var index = new IssueIndex();
        index.Add(Issue("q", "GM0001", "Kinderen en ouders in de wijk", "Jongeren en gezinnen missen graffitimuren."));
        index.Add(Issue("common", "GM0002", "Ouders van jonge kinderen", "Gezinnen en jongeren hebben vragen."));
        index.Add(Issue("shared", "GM0003", "Graffitimuren voor kinderen", "Jongeren spuiten graffitimuren vol."));

        var matches = index.Match(IssueId.Parse("q"), 10);

        var match = Assert.Single(matches);
        Assert.Equal("shared", match.Issue.ToString());
        Assert.Contains(match.Reasons.Terms, t => t.Text.StartsWith("Graffitimuren", StringComparison.OrdinalIgnoreCase));
        var buffer = new IssueScore[10];
        Assert.Equal(1, index.Match(IssueId.Parse("q"), buffer));
        Assert.Empty(index.Match(Issue("draft", "GM0009", "Kinderen, ouders en jongeren"), 10));
    }

    [Fact]
    public void Issues_that_share_only_a_concept_reached_through_words_that_are_not_common_match()
    {
        using var index = new IssueIndex();
        index.Add(Issue("q", "GM0001", "Tekort aan pleegzorg", "Er zijn te weinig plekken."));
        index.Add(Issue("m", "GM0002", "Een pleeggezin gezocht", "Wie meldt zich?"));
        index.Add(Issue("other", "GM0003", "Ouders zoeken een gezin", "Kinderen willen ook iets."));
        index.Add(Issue("x1", "GM0004", "Verkeer bij de school", "Auto's rijden te hard."));
        index.Add(Issue("x2", "GM0005", "Schulden van jongeren", "Armoede in de wijk."));
        index.Add(Issue("x3", "GM0006", "Pesten op het schoolplein", "Online pesten neemt toe."));

        var match = Assert.Single(index.Match(IssueId.Parse("q"), 10));
        Assert.Equal("m", match.Issue.ToString());
    }

    [Fact]
    public void A_common_word_counts_less_than_another_word_it_is_shared_with()
    {
        static TermReason[] Reasons(MatchingOptions options)
        {
            using var index = new IssueIndex(options);
            index.Add(Issue("q", "GM0001", "Graffiti kinderen"));
            index.Add(Issue("m", "GM0002", "Kinderen graffiti"));
            return [.. Assert.Single(index.Match(IssueId.Parse("q"), 10)).Reasons.Terms];
        }

        var reasons = Reasons(new MatchingOptions());
        Assert.Equal(["graffiti", "Kinderen"], reasons.Select(r => r.Text));
        Assert.True(reasons[0].Share > reasons[1].Share);

        var unweighted = Reasons(new MatchingOptions { CommonWordWeight = 1 });
        Assert.Equal(unweighted[0].Share, unweighted[1].Share);
    }

    [Fact]
    public void Function_words_are_never_reasons()
    {
        using var index = DevIndex();
        var stopWords = new[] { "we", "wij", "ons", "onze", "jullie", "hun", "ze" };
        foreach (var (issue, _) in DevIssues)
        {
            foreach (var match in index.Match(issue.Id, 10))
            {
                Assert.DoesNotContain(match.Reasons.Terms, t => stopWords.Contains(t.Text, StringComparer.OrdinalIgnoreCase));
                Assert.True(
                    match.Reasons.Terms.Any(t => !index.Analyzer.IsCommonWord(t.Text)) || match.Reasons.Themes.Count > 0 || match.Reasons.Articles.Count > 0,
                    $"{issue.Id} -> {match.Issue}: {match.Reasons}");
            }
        }
    }

    [Fact]
    public void Nothing_below_the_minimum_score_is_returned()
    {
        var issues = DevIssues.Select(d => d.Issue).ToArray();
        var query = IssueId.Parse("d006");
        using var all = new IssueIndex();
        all.AddRange(issues);
        var unfiltered = all.Match(query, 20);
        var minimum = unfiltered[unfiltered.Count / 2].Score;

        using var index = new IssueIndex(new MatchingOptions { MinScore = minimum });
        index.AddRange(issues);

        Assert.Equal(unfiltered.Where(m => m.Score >= minimum), index.Match(query, 20));
        var buffer = new IssueScore[20];
        Assert.Equal(unfiltered.Count(m => m.Score >= minimum), index.Match(query, buffer));
        using var none = new IssueIndex(new MatchingOptions { MinScore = unfiltered[0].Score * 2 });
        none.AddRange(issues);
        Assert.Empty(none.Match(query, 20));
    }

    [Fact]
    public void A_concept_phrase_that_ends_the_text_is_shown_as_written()
    {
        using var index = new IssueIndex();
        index.Add(Issue("q", "GM0001", "Gezinnen met schulden", "De kinderen doen niet mee."));
        index.Add(Issue("m", "GM0002", "Sportclub voor iedereen", "Veel ouders leven van een laag inkomen"));

        var match = Assert.Single(index.Match(IssueId.Parse("q"), 10));

        Assert.Contains(match.Reasons.Terms, t => t.Text == "laag inkomen");
    }
}
