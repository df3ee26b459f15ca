using BenchmarkDotNet.Attributes;
using Cfc.Sdk.Benchmarks.Engines;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Lucene.Net.Search;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>
/// Query latency on a warm index: the top 10 issues of other members for an indexed issue, ours beside
/// Lucene.Net MoreLikeThis in the same run. Each call queries the next of 256 issues spread over the corpus.
/// <c>Cfc_Match</c> builds the full result with reasons; <c>Cfc_MatchScores</c> writes ids and scores into a
/// reused buffer (the allocation-free path); <c>Lucene_Mlt</c> returns ids.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private CfcEngine _cfc = null!;
    private LuceneMltEngine _lucene = null!;
    private LocalIssue[] _queries = [];
    private readonly IssueScore[] _scores = new IssueScore[10];
    private int _next;

    [Params(1_000, 10_000, 100_000)]
    public int Issues { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var issues = Corpora.Issues(Issues);
        _cfc = new CfcEngine();
        _cfc.Build(issues, Corpora.Organisations);
        _lucene = new LuceneMltEngine();
        _lucene.Build(issues, Corpora.Organisations);
        _queries = Enumerable.Range(0, 256).Select(i => issues[i * issues.Count / 256]).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cfc.Dispose();
        _lucene.Dispose();
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<string> Lucene_Mlt() => _lucene.MatchIssues(Next(), 10);

    [Benchmark]
    public IReadOnlyList<IssueMatch> Cfc_Match() => _cfc.Index.Match(Next().Id, 10);

    [Benchmark]
    public int Cfc_MatchScores() => _cfc.Index.Match(Next().Id, _scores);

    private LocalIssue Next() => _queries[_next++ & 255];
}
