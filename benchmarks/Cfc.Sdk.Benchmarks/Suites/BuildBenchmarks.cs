using BenchmarkDotNet.Attributes;
using Cfc.Sdk.Benchmarks.Engines;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;
using Cfc.Sdk.Matching.Issues;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>
/// Full index build including analysis, from issues to a searchable index, ours beside Lucene.Net.
/// Ours gets a fresh analyzer per build (cold word cache), so the time includes stemming every distinct word.
/// </summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private IReadOnlyList<LocalIssue> _issues = [];

    [Params(1_000, 10_000, 100_000)]
    public int Issues { get; set; }

    [GlobalSetup]
    public void Setup() => _issues = Corpora.Issues(Issues);

    [Benchmark(Baseline = true)]
    public void Lucene_Build()
    {
        using var engine = new LuceneMltEngine();
        engine.Build(_issues, []);
    }

    [Benchmark]
    public int Cfc_Build()
    {
        using var index = new Cfc.Sdk.Matching.IssueIndex(new Cfc.Sdk.Matching.MatchingOptions(), new TextAnalyzer(ConceptScheme.Default));
        index.AddRange(_issues);
        return index.Count;
    }
}
