using Cfc.Sdk.Benchmarks.Corpus;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>The synthetic corpora of the suites, generated once per size and process.</summary>
internal static class Corpora
{
    private static readonly Dictionary<int, IReadOnlyList<LocalIssue>> s_issues = [];

    public static IReadOnlyList<Member> Organisations { get; } = SyntheticCorpus.Organisations(20);

    public static IReadOnlyList<LocalIssue> Issues(int count)
    {
        lock (s_issues)
        {
            if (!s_issues.TryGetValue(count, out var issues))
            {
                s_issues[count] = issues = SyntheticCorpus.Generate(count);
            }

            return issues;
        }
    }

    /// <summary>Issues that are not in the corpus of any size (ids from 900000), for adds.</summary>
    public static IReadOnlyList<LocalIssue> Fresh(int count) =>
        SyntheticCorpus.Generate(count, seed: 7).Select(i => new LocalIssue(
            IssueId.Parse("x" + i.Id.ToString()[1..]), i.Member, i.Title, i.Text, i.Themes, i.Articles, i.AgeGroups)).ToArray();
}
