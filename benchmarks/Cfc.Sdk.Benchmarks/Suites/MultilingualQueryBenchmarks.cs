using BenchmarkDotNet.Attributes;
using Cfc.Sdk.Benchmarks.Corpus;
using Cfc.Sdk.Benchmarks.Engines;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>
/// Query latency on a warm index of the five-language corpus (<see cref="MultilingualCorpus"/>): the top 10 issues of
/// other members, in every language, for an indexed issue, ours beside Lucene.Net MoreLikeThis with each language's
/// analyzer in the same run. Each call queries the next of 256 issues spread over the corpus (so over the languages).
/// <c>Cfc_Match</c> builds the full result with reasons (the explain path); <c>Cfc_MatchScores</c> writes ids and scores
/// into a reused buffer; <c>Lucene_Mlt</c> returns ids.
/// </summary>
[MemoryDiagnoser]
public class MultilingualQueryBenchmarks
{
    private CfcEngine _cfc = null!;
    private LuceneMltEngine _lucene = null!;
    private LocalIssue[] _queries = [];
    private readonly IssueScore[] _scores = new IssueScore[10];
    private int _next;

    [Params(100_000)]
    public int Issues { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var issues = MultilingualCorpus.Generate(Issues);
        _cfc = new CfcEngine();
        _cfc.Build(issues, []);
        _lucene = new LuceneMltEngine();
        _lucene.Build(issues, []);
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
