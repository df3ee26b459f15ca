using BenchmarkDotNet.Attributes;
using Cfc.Sdk.Benchmarks.Engines;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>
/// Query latency on a warm index, ours beside Lucene.Net MoreLikeThis in the same run: the top 10 issues of other
/// members for an indexed issue. Each call queries the next of 256 issues spread over the corpus. <c>Cfc_Match</c>
/// builds the full result with reasons (the explain path); <c>Cfc_MatchScores</c> writes ids and scores into a reused
/// buffer (the allocation-free path); <c>Lucene_Mlt</c> returns ids. The corpus and its sizes are the suite's.
/// </summary>
[MemoryDiagnoser]
public abstract class MatchQueryBenchmarks
{
    private CfcEngine _cfc = null!;
    private LuceneMltEngine _lucene = null!;
    private LocalIssue[] _queries = [];
    private readonly IssueScore[] _scores = new IssueScore[10];
    private int _next;

    /// <summary>How many issues the index holds.</summary>
    public abstract int Issues { get; set; }

    /// <summary>The organisations indexed beside the issues.</summary>
    protected abstract IReadOnlyList<Member> Organisations { get; }

    [GlobalSetup]
    public void Setup()
    {
        var issues = CreateIssues(Issues);
        _cfc = new CfcEngine();
        _cfc.Build(issues, Organisations);
        _lucene = new LuceneMltEngine();
        _lucene.Build(issues, Organisations);
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

    /// <summary>The suite's corpus of <paramref name="count"/> issues.</summary>
    protected abstract IReadOnlyList<LocalIssue> CreateIssues(int count);

    private LocalIssue Next() => _queries[_next++ & 255];
}
