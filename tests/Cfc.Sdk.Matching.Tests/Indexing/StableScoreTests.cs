using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Indexing;

/// <summary>
/// The same issues give bit-identical scores however they reached the index: in another order, one by one or at once,
/// analysed by a fresh analyzer that numbers the words in another order (as after a restart), or after removals.
/// </summary>
public sealed class StableScoreTests
{
    [Fact]
    public void The_same_issues_added_in_any_order_give_bit_identical_scores()
    {
        var issues = DevIssues.Select(d => d.Issue).ToArray();
        var expected = Scores(Build(issues, bulk: true));

        var shuffled = issues.ToArray();
        new Random(7).Shuffle(shuffled);
        Assert.Equal(expected, Scores(Build(shuffled, bulk: false)));
        Assert.Equal(expected, Scores(Build([.. issues.Reverse()], bulk: false)));

        // Half at once, the rest one by one: the path a replica takes when issues arrive after its start.
        var half = shuffled.Length / 2;
        using var mixed = Index();
        mixed.AddRange(shuffled[..half]);
        foreach (var issue in shuffled[half..])
        {
            mixed.Add(issue);
        }

        Assert.Equal(expected, Scores(mixed));
    }

    [Fact]
    public void Removing_what_was_added_gives_back_the_same_scores()
    {
        var issues = DevIssues.Select(d => d.Issue).ToArray();
        var expected = Scores(Build(issues, bulk: true));

        using var index = Index();
        index.AddRange(issues);
        var extra = Enumerable.Range(0, 40).Select(i => Issue($"extra-{i}", "GM0003", $"Lange wachtlijsten voor jeugdhulp {i}", string.Concat(Enumerable.Repeat("Jongeren wachten maanden op hulp en begeleiding. ", 1 + (i % 7))))).ToArray();
        foreach (var issue in extra)
        {
            index.Add(issue);
        }

        foreach (var issue in extra)
        {
            index.Remove(issue.Id);
        }

        Assert.Equal(expected, Scores(index));
    }

    // A fresh analyzer per index numbers the words in the order it first meets them, as a restarted silo does.
    private static IssueIndex Index() => new(new MatchingOptions(), new TextAnalyzer());

    private static IssueIndex Build(IReadOnlyList<LocalIssue> issues, bool bulk)
    {
        var index = Index();
        if (bulk)
        {
            index.AddRange(issues);
        }
        else
        {
            foreach (var issue in issues)
            {
                index.Add(issue);
            }
        }

        return index;
    }

    // Scores as their exact bits, so that the comparison is bit-identical, and in the issues' id order.
    private static string[] Scores(IssueIndex index)
    {
        using (index)
        {
            return [.. DevIssues.Select(d => d.Issue.Id).Select(id => $"{id}: " + string.Join(" ", index.Match(id, 10).Select(m => $"{m.Issue}={BitConverter.DoubleToInt64Bits(m.Score):x16}")))];
        }
    }
}
