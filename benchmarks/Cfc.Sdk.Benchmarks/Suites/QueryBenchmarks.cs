using BenchmarkDotNet.Attributes;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>
/// <see cref="MatchQueryBenchmarks"/> over the Dutch synthetic corpus at 1,000, 10,000 and 100,000 issues, with 20
/// organisations.
/// </summary>
public class QueryBenchmarks : MatchQueryBenchmarks
{
    /// <inheritdoc/>
    [Params(1_000, 10_000, 100_000)]
    public override int Issues { get; set; }

    /// <inheritdoc/>
    protected override IReadOnlyList<Member> Organisations => Corpora.Organisations;

    /// <inheritdoc/>
    protected override IReadOnlyList<LocalIssue> CreateIssues(int count) => Corpora.Issues(count);
}
