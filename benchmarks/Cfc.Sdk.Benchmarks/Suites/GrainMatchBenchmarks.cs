using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Cfc.Sdk.Benchmarks.Grains;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Orleans.Matching;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>
/// Matching through the grain layer beside the in-process index, in the same run: the top 10 issues of other members
/// for an indexed issue, on one silo filled with 10,000 synthetic issues through the municipality grains.
/// <c>InProcess_Match</c> asks the silo's own replica (the same <see cref="IssueIndex"/> the grain reads);
/// <c>Grain_Match_CoHosted</c> calls <see cref="IMatchingGrain"/> through the silo's <c>IGrainFactory</c>, as an app
/// hosted with the silo does; <c>Grain_Match_Client</c> through an external <c>IClusterClient</c>.
/// Each call queries the next of 256 issues spread over the corpus, as <see cref="QueryBenchmarks"/> does.
/// </summary>
[MemoryDiagnoser]
public class GrainMatchBenchmarks
{
    private MatchingCluster _cluster = null!;
    private IssueIndex _replica = null!;
    private IMatchingGrain _coHosted = null!;
    private IMatchingGrain _client = null!;
    private IssueId[] _queries = [];
    private int _next;

    [Params(10_000)]
    public int Issues { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var issues = Corpora.Issues(Issues);
        _cluster = await MatchingCluster.StartAsync(1, issues);
        _replica = _cluster.Replica(0);
        _coHosted = _cluster.SiloGrainFactory(0).GetGrain<IMatchingGrain>(0);
        _client = _cluster.Client.GetGrain<IMatchingGrain>(0);
        _queries = Enumerable.Range(0, 256).Select(i => issues[i * issues.Count / 256].Id).ToArray();

        // The replica answers once its start-up load is done; the first calls wait for it.
        await _coHosted.MatchAsync(_queries[0], 10);
        await _client.MatchAsync(_queries[0], 10);
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _cluster.DisposeAsync();

    [Benchmark(Baseline = true)]
    public IReadOnlyList<IssueMatch> InProcess_Match() => _replica.Match(Next(), 10);

    [Benchmark]
    public Task<ImmutableArray<IssueMatch>> Grain_Match_CoHosted() => _coHosted.MatchAsync(Next(), 10);

    [Benchmark]
    public Task<ImmutableArray<IssueMatch>> Grain_Match_Client() => _client.MatchAsync(Next(), 10);

    private IssueId Next() => _queries[_next++ & 255];
}
