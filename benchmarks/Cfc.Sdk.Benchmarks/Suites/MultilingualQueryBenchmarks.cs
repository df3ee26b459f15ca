using BenchmarkDotNet.Attributes;
using Cfc.Sdk.Benchmarks.Corpus;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>
/// <see cref="MatchQueryBenchmarks"/> over the five-language corpus (<see cref="MultilingualCorpus"/>) at 100,000
/// issues: matches in every language, MoreLikeThis with each language's analyzer; the queries spread over the
/// languages.
/// </summary>
public class MultilingualQueryBenchmarks : MatchQueryBenchmarks
{
    /// <inheritdoc/>
    [Params(100_000)]
    public override int Issues { get; set; }

    /// <inheritdoc/>
    protected override IReadOnlyList<Member> Organisations => [];

    /// <inheritdoc/>
    protected override IReadOnlyList<LocalIssue> CreateIssues(int count) => MultilingualCorpus.Generate(count);
}
