using System.Collections.Immutable;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Cfc.Sdk.Benchmarks.Engines;
using Cfc.Sdk.Benchmarks.Grains;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>
/// Matching through the grain layer beside the in-process index, in the same run: the top 10 issues of other members
/// for an indexed issue, on one silo filled with 10,000 synthetic issues through the municipality grains.
/// <c>InProcess_Match</c> asks the silo's own replica (the same <see cref="IssueIndex"/> the grain reads);
/// <c>Grain_Match_CoHosted</c> calls <see cref="IMatchingGrain"/> through the silo's <c>IGrainFactory</c>, as an app
/// hosted with the silo does; <c>Grain_Match_Client</c> through an external <c>IClusterClient</c>.
/// Each call queries the next of 256 issues spread over the corpus, as <see cref="QueryBenchmarks"/> does.
/// The other methods show where the time goes: <c>InProcess_Match_BulkBuilt</c> is the same query on an index built
/// at once from the same issues (as <see cref="QueryBenchmarks"/> builds it), <c>Probe_MatchCount_*</c> the same
/// match through a grain that answers only the count (the call without the result on the wire), and
/// <c>Wire_Result_RoundTrip</c> the Orleans serializer writing and reading a 10-match result, as a client call does,
/// and <c>Json_Result_RoundTrip</c> the SDK's JSON alone writing and reading it (what the codec does inside).
/// </summary>
[MemoryDiagnoser]
public class GrainMatchBenchmarks
{
    private MatchingCluster _cluster = null!;
    private IssueIndex _replica = null!;
    private IMatchingGrain _coHosted = null!;
    private IMatchingGrain _client = null!;
    private IProbeMatchingGrain _probeCoHosted = null!;
    private IProbeMatchingGrain _probeClient = null!;
    private CfcEngine _bulk = null!;
    private Serializer<ImmutableArray<IssueMatch>> _serializer = null!;
    private ImmutableArray<IssueMatch> _result;
    private static readonly JsonSerializerOptions s_json = new JsonSerializerOptions().ConfigureForCfcSdk();
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
        _probeCoHosted = _cluster.SiloGrainFactory(0).GetGrain<IProbeMatchingGrain>(0);
        _probeClient = _cluster.Client.GetGrain<IProbeMatchingGrain>(0);
        _queries = Enumerable.Range(0, 256).Select(i => issues[i * issues.Count / 256].Id).ToArray();
        _bulk = new CfcEngine();
        _bulk.Build(issues, []);
        _serializer = _cluster.Client.ServiceProvider.GetRequiredService<Serializer<ImmutableArray<IssueMatch>>>();
        _result = [.. _replica.Match(_queries[0], 10)];
        Console.WriteLine($"// A 10-match result: {_serializer.SerializeToArray(_result).Length} bytes on the Orleans wire, {JsonSerializer.SerializeToUtf8Bytes(_result, s_json).Length} bytes of the SDK's JSON.");

        // The replica answers once its start-up load is done; the first calls wait for it.
        await _coHosted.MatchAsync(_queries[0], 10);
        await _client.MatchAsync(_queries[0], 10);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _bulk.Dispose();
        await _cluster.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<IssueMatch> InProcess_Match() => _replica.Match(Next(), 10);

    [Benchmark]
    public Task<ImmutableArray<IssueMatch>> Grain_Match_CoHosted() => _coHosted.MatchAsync(Next(), 10);

    [Benchmark]
    public Task<ImmutableArray<IssueMatch>> Grain_Match_Client() => _client.MatchAsync(Next(), 10);

    [Benchmark]
    public IReadOnlyList<IssueMatch> InProcess_Match_BulkBuilt() => _bulk.Index.Match(Next(), 10);

    [Benchmark]
    public Task<int> Probe_MatchCount_CoHosted() => _probeCoHosted.MatchCountAsync(Next(), 10);

    [Benchmark]
    public Task<int> Probe_MatchCount_Client() => _probeClient.MatchCountAsync(Next(), 10);

    [Benchmark]
    public ImmutableArray<IssueMatch> Wire_Result_RoundTrip() => _serializer.Deserialize(_serializer.SerializeToArray(_result));

    [Benchmark]
    public ImmutableArray<IssueMatch> Json_Result_RoundTrip() =>
        JsonSerializer.Deserialize<ImmutableArray<IssueMatch>>(JsonSerializer.SerializeToUtf8Bytes(_result, s_json), s_json);

    private IssueId Next() => _queries[_next++ & 255];
}
