using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Benchmarks.Engines;

/// <summary>Cfc.Sdk.Matching with its default options.</summary>
public sealed class CfcEngine(MatchingOptions? options = null, string name = "cfc") : IMatchEngine
{
    private IssueIndex _index = new(options ?? new MatchingOptions());

    public string Name => name;

    public IssueIndex Index => _index;

    public void Build(IReadOnlyList<LocalIssue> issues, IReadOnlyList<Member> organisations)
    {
        var index = new IssueIndex(options ?? new MatchingOptions(), _index.Analyzer);
        index.AddRange(issues);
        foreach (var organisation in organisations)
        {
            index.UpsertOrganisation(organisation);
        }

        _index.Dispose();
        _index = index;
    }

    public IReadOnlyList<string> MatchIssues(LocalIssue query, int k) => _index.Match(query.Id, k).Select(m => m.Issue.ToString()).ToArray();

    public IReadOnlyList<string> MatchIssues(LocalIssue query, int k, IReadOnlyCollection<string> languages) => _index.Match(query.Id, k, languages).Select(m => m.Issue.ToString()).ToArray();

    public IReadOnlyList<string> MatchOrganisations(LocalIssue query, int k) => _index.MatchOrganisations(query.Id, k).Select(m => m.Organisation.ToString()).ToArray();

    public void Add(LocalIssue issue) => _index.Add(issue);

    public void Update(LocalIssue issue) => _index.Update(issue);

    public void Remove(LocalIssue issue) => _index.Remove(issue.Id);

    public void Dispose() => _index.Dispose();
}
