using BenchmarkDotNet.Attributes;
using Cfc.Sdk.Benchmarks.Engines;
using Cfc.Sdk.Matching.Issues;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>
/// Single changes to a warm index of 100k issues, each visible to the next query: ours beside Lucene.Net
/// (which reopens its near-real-time reader after every change). <c>AddOrRemove</c> alternates, per pool
/// entry, adding a fresh issue and removing it again, so the index size stays put; <c>Update</c> replaces an
/// indexed issue by one with other text.
/// </summary>
[MemoryDiagnoser]
public class UpdateBenchmarks
{
    private CfcEngine _cfc = null!;
    private LuceneMltEngine _lucene = null!;
    private LocalIssue[] _fresh = [];
    private bool[] _cfcHas = [];
    private bool[] _luceneHas = [];
    private LocalIssue[] _updates = [];
    private int _nextCfc;
    private int _nextLucene;
    private int _nextCfcUpdate;
    private int _nextLuceneUpdate;

    [Params(100_000)]
    public int Issues { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var issues = Corpora.Issues(Issues);
        _cfc = new CfcEngine();
        _cfc.Build(issues, []);
        _lucene = new LuceneMltEngine();
        _lucene.Build(issues, []);
        _fresh = [.. Corpora.Fresh(4096)];
        _cfcHas = new bool[_fresh.Length];
        _luceneHas = new bool[_fresh.Length];
        _updates = Enumerable.Range(0, 4096).Select(i =>
        {
            var original = issues[i * 13 % issues.Count];
            var other = _fresh[i];
            return new LocalIssue(original.Id, original.Member, other.Title, other.Text, other.Themes, other.Articles);
        }).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cfc.Dispose();
        _lucene.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void Lucene_AddOrRemove()
    {
        var i = _nextLucene++ & 4095;
        if (_luceneHas[i])
        {
            _lucene.Remove(_fresh[i]);
        }
        else
        {
            _lucene.Add(_fresh[i]);
        }

        _luceneHas[i] = !_luceneHas[i];
    }

    [Benchmark]
    public void Cfc_AddOrRemove()
    {
        var i = _nextCfc++ & 4095;
        if (_cfcHas[i])
        {
            _cfc.Remove(_fresh[i]);
        }
        else
        {
            _cfc.Add(_fresh[i]);
        }

        _cfcHas[i] = !_cfcHas[i];
    }

    [Benchmark]
    public void Lucene_Update() => _lucene.Update(_updates[_nextLuceneUpdate++ & 4095]);

    [Benchmark]
    public void Cfc_Update() => _cfc.Update(_updates[_nextCfcUpdate++ & 4095]);
}
