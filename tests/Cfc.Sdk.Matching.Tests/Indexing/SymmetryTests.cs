using Cfc.Sdk.Matching.Issues;
using CsCheck;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Indexing;

/// <summary>If X is among Y's matches, X has matches too: X and Y share a term, and X finds Y back through it.</summary>
public sealed class SymmetryTests
{
    // Words of the field, common words, and made-up words that few issues share (the rarest terms of a query).
    private static readonly string[] s_fieldWords =
        ["speeltuin", "schulden", "verzuim", "pesten", "wachtlijst", "plek", "hangplek", "mantelzorg", "eenzaamheid", "participatie", "spelen", "voedselbank", "thuiszitters", "zwemles"];

    private static readonly string[] s_commonWords = ["kinderen", "ouders", "jongeren", "gezin", "gemeente", "wijk"];

    private static readonly string[] s_themes = ["participatie", "spelen", "onderwijs", "armoede"];

    private static readonly Gen<string> s_madeUp = Gen.Char['a', 'z'].Array[5, 9].Select(c => new string(c));

    private static readonly Gen<string> s_word = Gen.Frequency((3, (IGen<string>)Gen.OneOf(s_fieldWords)), (2, (IGen<string>)Gen.OneOf(s_commonWords)), (5, (IGen<string>)s_madeUp));

    private static readonly Gen<LocalIssue[]> s_corpus =
        Gen.Select(Gen.Int[1, 5], s_word.Array[1, 5], s_word.Array[0, 40], Gen.OneOf(s_themes).Array[0, 2])
            .Array[2, 30]
            .Select(issues => issues
                .Select((issue, i) => Issue($"i{i}", $"GM000{issue.Item1}", string.Join(' ', issue.Item2), string.Join(' ', issue.Item3), themes: [.. issue.Item4.Distinct()]))
                .ToArray());

    [Fact]
    public void An_issue_among_another_issues_matches_has_matches_itself()
    {
        s_corpus.Sample(
            issues =>
            {
                using var index = new IssueIndex();
                index.AddRange(issues);
                var buffer = new IssueScore[10];
                foreach (var issue in issues)
                {
                    foreach (var match in index.Match(issue.Id, 10))
                    {
                        Assert.NotEmpty(index.Match(match.Issue, 10));
                        Assert.NotEqual(0, index.Match(match.Issue, buffer));
                    }
                }
            },
            iter: 300);
    }

    [Fact]
    public void An_issue_whose_rarest_words_no_other_member_writes_still_finds_the_one_it_shares_a_word_with()
    {
        // Twenty words that only the query and another issue of its own member write are rarer, so heavier, than the one
        // word it shares with other members; before, they took every place among the query's heaviest terms.
        var rare = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"vr{(char)('a' + i)}ktoz{(char)('z' - i)}p"));
        using var index = new IssueIndex();
        index.Add(Issue("x", "GM0001", "Vraagstuk", $"{rare} plek"));
        index.Add(Issue("own", "GM0001", "Eigen vraagstuk", rare));
        index.Add(Issue("y", "GM0002", "Een plek voor tieners"));
        index.Add(Issue("z", "GM0003", "Een plek in de buurt"));

        Assert.Contains(index.Match(IssueId.Parse("y"), 10), m => m.Issue == IssueId.Parse("x"));
        Assert.Contains(index.Match(IssueId.Parse("x"), 10), m => m.Issue == IssueId.Parse("y"));
    }
}
