using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Benchmarks.Engines;

/// <summary>A matcher under measurement: ours or the peer library, behind one shape so both get the same queries.</summary>
public interface IMatchEngine : IDisposable
{
    string Name { get; }

    void Build(IReadOnlyList<LocalIssue> issues, IReadOnlyList<Member> organisations);

    /// <summary>The ids of the top <paramref name="k"/> issues of other members for the indexed issue <paramref name="query"/>.</summary>
    IReadOnlyList<string> MatchIssues(LocalIssue query, int k);

    /// <summary>As <see cref="MatchIssues(LocalIssue, int)"/>, among the issues written in one of <paramref name="languages"/> only.</summary>
    IReadOnlyList<string> MatchIssues(LocalIssue query, int k, IReadOnlyCollection<string> languages);

    IReadOnlyList<string> MatchOrganisations(LocalIssue query, int k);

    void Add(LocalIssue issue);

    void Update(LocalIssue issue);

    void Remove(LocalIssue issue);
}
