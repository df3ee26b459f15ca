using System.Collections.Concurrent;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Cfc.Sdk.Benchmarks.Grains;

/// <summary>
/// An in-process Orleans cluster of N silos set up as a host runs the SDK (<c>AddCfcSdk</c>, the SDK's types on the
/// wire, <c>AddCfcSdkMatching</c>), with Orleans' in-memory grain storage, filled with a corpus the way an application
/// fills it: the network grain lists every municipality, then each municipality grain adds its issues through
/// <see cref="IMunicipalityGrain.AddIssueAsync"/>, so every silo's replica is filled by the real push path.
/// </summary>
/// <remarks>
/// The test cluster connects silos and client through Orleans' in-memory transport (every message is serialized as
/// on a socket; only the kernel's loopback is skipped). Resyncs are off so none runs during a measurement. Every silo
/// can count the <c>IMatchingGrain</c> calls it serves (<see cref="ServedCalls"/>).
/// </remarks>
public sealed class MatchingCluster : IAsyncDisposable
{
    // How many municipalities add their issues at once.
    private const int LoadParallelism = 16;

    private readonly InProcessTestCluster _cluster;

    private MatchingCluster(InProcessTestCluster cluster) => _cluster = cluster;

    /// <summary>An external client of the cluster (through a silo's gateway).</summary>
    public IClusterClient Client => _cluster.Client;

    /// <summary>The silos, in start order.</summary>
    public IReadOnlyList<InProcessSiloHandle> Silos => _cluster.Silos;

    /// <summary>The services of silo <paramref name="silo"/>: what an ASP.NET Core app co-hosted with that silo resolves.</summary>
    public IServiceProvider SiloServices(int silo) => _cluster.GetSiloServiceProvider(_cluster.Silos[silo].SiloAddress);

    /// <summary>The grain factory of silo <paramref name="silo"/>, as a co-hosted app injects it.</summary>
    public IGrainFactory SiloGrainFactory(int silo) => SiloServices(silo).GetRequiredService<IGrainFactory>();

    /// <summary>Silo <paramref name="silo"/>'s replica of the index.</summary>
    public IssueIndex Replica(int silo) => SiloServices(silo).GetRequiredService<IssueIndex>();

    /// <summary>The matching calls each silo has served since the last <see cref="ResetCounts"/>, in silo order.</summary>
    public IReadOnlyList<long> ServedCalls() => Enumerable.Range(0, Silos.Count).Select(s => SiloServices(s).GetRequiredService<MatchingCallCounter>().Count).ToArray();

    /// <summary>Sets every silo's count of served calls to 0.</summary>
    public void ResetCounts()
    {
        for (var s = 0; s < Silos.Count; s++)
        {
            SiloServices(s).GetRequiredService<MatchingCallCounter>().Reset();
        }
    }

    /// <summary>Starts <paramref name="silos"/> silos and a client, and fills them with <paramref name="issues"/>.</summary>
    /// <param name="silos">How many silos.</param>
    /// <param name="issues">The corpus.</param>
    /// <param name="countCalls">Whether every silo counts the matching calls it serves (a grain call filter, so off where latency is measured).</param>
    /// <returns>The cluster, every silo's replica holding all the issues.</returns>
    public static async Task<MatchingCluster> StartAsync(int silos, IReadOnlyList<LocalIssue> issues, bool countCalls = false)
    {
        var builder = new InProcessTestClusterBuilder((short)silos);

        // The test cluster would log every silo and the client to files under ./logs.
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorageAsDefault();
            silo.Services.AddSerializer(s => s.AddCfcSdkTypes());
            silo.Services.AddCfcSdk();
            silo.AddCfcSdkMatching(options => options.ResyncInterval = Timeout.InfiniteTimeSpan);
            var counter = new MatchingCallCounter();
            silo.Services.AddSingleton(counter);
            if (countCalls)
            {
                silo.AddIncomingGrainCallFilter(counter);
            }
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddCfcSdkTypes()));
        var cluster = new MatchingCluster(builder.Build());
        await cluster._cluster.DeployAsync();
        await cluster.FillAsync(issues);
        return cluster;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await _cluster.DisposeAsync();

    private async Task FillAsync(IReadOnlyList<LocalIssue> issues)
    {
        var network = Client.GetGrain<INetworkGrain>(INetworkGrain.DefaultNetworkId);
        var byMember = issues.GroupBy(issue => issue.Member).ToArray();
        foreach (var member in byMember)
        {
            await network.SaveMemberAsync(Member.Municipality(member.Key, "Gemeente " + member.Key, DateTimeZoneProviders.Tzdb));
        }

        await Parallel.ForEachAsync(byMember, new ParallelOptions { MaxDegreeOfParallelism = LoadParallelism }, async (member, _) =>
        {
            // A municipality's issues reach the replicas of the network it registered with.
            var grain = Client.GetGrain<IMunicipalityGrain>(member.Key.ToString());
            await grain.SetProfileAsync(INetworkGrain.DefaultNetworkId, "Gemeente " + member.Key);
            foreach (var issue in member)
            {
                await grain.AddIssueAsync(issue);
            }
        });

        for (var s = 0; s < Silos.Count; s++)
        {
            if (Replica(s).Count != issues.Count)
            {
                throw new InvalidOperationException($"Silo {s}'s replica holds {Replica(s).Count} issues, not {issues.Count}.");
            }
        }
    }
}

/// <summary>Counts the calls to <c>IMatchingGrain</c> (and the benchmark's <see cref="ISingleMatchingGrain"/>) this silo serves.</summary>
public sealed class MatchingCallCounter : IIncomingGrainCallFilter
{
    private long _count;

    /// <summary>The calls served since the last reset.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Sets the count to 0.</summary>
    public void Reset() => Interlocked.Exchange(ref _count, 0);

    /// <inheritdoc/>
    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is IMatchingGrain or ISingleMatchingGrain)
        {
            Interlocked.Increment(ref _count);
        }

        return context.Invoke();
    }
}
