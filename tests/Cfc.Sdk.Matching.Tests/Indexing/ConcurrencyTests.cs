using Cfc.Sdk.Matching.Issues;
using static Cfc.Sdk.Matching.Tests.TestData;

namespace Cfc.Sdk.Matching.Tests.Indexing;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Readers_during_writes_never_fail_nor_see_a_torn_index()
    {
        using var index = DevIndex();
        var issues = DevIssues.Select(d => d.Issue).ToArray();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            for (var round = 0; round < 300; round++)
            {
                var issue = issues[round % issues.Length];
                index.Remove(issue.Id);
                index.Add(issue);
                index.Upsert(new LocalIssue(IssueId.Parse($"w{round % 7}"), issue.Member, issue.Title, issue.Text, issue.Themes, issue.Articles));
                index.Update(new LocalIssue(issue.Id, issue.Member, issue.Title + " extra", issue.Text, issue.Themes, issue.Articles));
            }

            stop.Cancel();
        });
        var readers = Enumerable.Range(0, 3).Select(r => Task.Run(() =>
        {
            var checks = 0;
            while (!stop.IsCancellationRequested || checks == 0)
            {
                var query = issues[(checks * 31 + r) % issues.Length];
                if (index.TryGet(query.Id, out var current))
                {
                    try
                    {
                        var matches = index.Match(query.Id, 10);
                        Assert.True(matches.Count <= 10);
                        Assert.DoesNotContain(matches, m => m.Issue == query.Id || m.Member == current.Member);
                        Assert.Equal(matches.OrderByDescending(m => m.Score).Select(m => m.Score), matches.Select(m => m.Score));
                    }
                    catch (IssueNotFoundException)
                    {
                        // Removed between TryGet and Match by the writer: allowed.
                    }
                }

                var draft = index.Match(query, 5);
                Assert.DoesNotContain(draft, m => m.Member == query.Member);
                checks++;
            }

            return checks;
        })).ToArray();

        await writer;
        var counts = await Task.WhenAll(readers);
        Assert.All(counts, c => Assert.True(c > 0));
        Assert.Equal(issues.Length + 7, index.Count);
    }
}
