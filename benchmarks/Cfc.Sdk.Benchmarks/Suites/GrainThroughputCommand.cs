using System.Diagnostics;
using System.Globalization;
using Cfc.Sdk.Benchmarks.Grains;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Orleans.Matching;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>
/// <c>grain-throughput [--issues 10000] [--silos 1] [--callers 16] [--seconds 10] [--via cohosted|silo0|client|inprocess]
/// [--grain stateless|single] [--keys one|per-caller] [--rounds R]</c>: closed-loop read throughput of matching on an in-process cluster filled through the
/// municipality grains. Each of the callers sends <c>MatchAsync(id, 10)</c> for a random indexed issue, waits for the
/// answer and sends the next, for the given seconds after a warm-up; prints queries per second, the mean, p50 and p99
/// of the calls and how many matching calls each silo served.
/// </summary>
/// <remarks>
/// <c>cohosted</c> (the default) spreads the callers over the silos' own grain factories (caller i on silo i mod N),
/// as an HTTP app co-hosted with every silo behind a load balancer calls it; <c>client</c> sends every call through
/// one external client, which spreads them over the silos' gateways; <c>inprocess</c> calls silo 0's replica directly,
/// without Orleans, for the machine's ceiling. <c>single</c> sends the calls to one ordinary grain instead of the
/// SDK's stateless worker, for comparison. <c>--keys per-caller</c> gives caller i the grain with key i instead of key 0:
/// an external client sends every (ordered) call for one grain id through the same gateway, so with key 0 all its
/// calls are served by one silo; distinct keys spread them over the gateways.
/// <c>--rounds R</c> measures R times, for a script that interleaves another measurement with these (the load
/// benchmark's host): after the warm-up it prints <c>ready</c>, then waits for a line on standard input before each
/// round, prints the round's line after it and ends after the last round or when the input ends.
/// </remarks>
public static class GrainThroughputCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var count = 10_000;
        var silos = 1;
        var callers = 16;
        var seconds = 10.0;
        var via = "cohosted";
        var grain = "stateless";
        var keys = "one";
        var rounds = 0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--issues": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--silos": silos = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--callers": callers = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--via": via = args[i + 1]; break;
                case "--grain": grain = args[i + 1]; break;
                case "--keys": keys = args[i + 1]; break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: output.WriteLine($"Unknown argument '{args[i]}'."); return 2;
            }
        }

        if (via is not ("cohosted" or "silo0" or "client" or "inprocess") || grain is not ("stateless" or "single") || keys is not ("one" or "per-caller") || silos < 1 || callers < 1 || rounds < 0)
        {
            output.WriteLine("Usage: grain-throughput [--issues N] [--silos N] [--callers C] [--seconds S] [--via cohosted|silo0|client|inprocess] [--grain stateless|single] [--keys one|per-caller] [--rounds R]");
            return 2;
        }

        var issues = Corpora.Issues(count);
        var ids = issues.Select(issue => issue.Id).ToArray();
        var fill = Stopwatch.StartNew();
        await using var cluster = await MatchingCluster.StartAsync(silos, issues, countCalls: true);
        var filled = fill.Elapsed;

        var match = Enumerable.Range(0, callers).Select(c => Caller(cluster, via, grain, via == "silo0" ? 0 : c % silos, keys == "one" ? 0 : c)).ToArray();
        foreach (var call in match)
        {
            await call(ids[0]);
        }

        // Warm-up long enough for tiered compilation and the thread pool to settle, then the measurement.
        await RunCallersAsync(match, ids, TimeSpan.FromSeconds(Math.Min(3, seconds / 2)));
        var setup = $"issues={count} silos={silos} callers={callers} via={via} grain={grain} keys={keys}";
        var fillTime = string.Create(CultureInfo.InvariantCulture, $"fill={filled.TotalSeconds:0.0} s");
        if (rounds == 0)
        {
            output.WriteLine($"grain-throughput: {setup} {await MeasureAsync(cluster, match, ids, seconds)} {fillTime}");
            return 0;
        }

        output.WriteLine("ready");
        output.Flush();
        for (var round = 1; round <= rounds && await Console.In.ReadLineAsync() is not null; round++)
        {
            output.WriteLine($"grain-throughput: round={round} {setup} {await MeasureAsync(cluster, match, ids, seconds)} {fillTime}");
            output.Flush();
        }

        return 0;
    }

    // One measurement of the given seconds: its queries per second, latencies and calls per silo.
    private static async Task<string> MeasureAsync(MatchingCluster cluster, Func<IssueId, Task>[] match, IssueId[] ids, double seconds)
    {
        cluster.ResetCounts();
        var watch = Stopwatch.StartNew();
        var latencies = await RunCallersAsync(match, ids, TimeSpan.FromSeconds(seconds));
        var elapsed = watch.Elapsed.TotalSeconds;
        var served = cluster.ServedCalls();

        Array.Sort(latencies);
        return string.Create(CultureInfo.InvariantCulture,
            $"seconds={elapsed:0.0} queries={latencies.Length} qps={latencies.Length / elapsed:0} mean={latencies.Average():0.000} ms p50={latencies[latencies.Length / 2]:0.000} ms p99={latencies[latencies.Length * 99 / 100]:0.000} ms served-per-silo=[{string.Join(',', served)}]");
    }

    private static Func<IssueId, Task> Caller(MatchingCluster cluster, string via, string grain, int silo, int key)
    {
        if (via == "inprocess")
        {
            var replica = cluster.Replica(0);
            return id =>
            {
                replica.Match(id, 10);
                return Task.CompletedTask;
            };
        }

        var factory = via == "client" ? cluster.Client : cluster.SiloGrainFactory(silo);
        if (grain == "single")
        {
            var single = factory.GetGrain<ISingleMatchingGrain>(key);
            return id => single.MatchAsync(id, 10);
        }

        var matching = factory.GetGrain<IMatchingGrain>(key);
        return id => matching.MatchAsync(id, 10);
    }

    // Every caller in a loop of its own until the deadline; the latencies of all calls, in milliseconds.
    private static async Task<double[]> RunCallersAsync(Func<IssueId, Task>[] callers, IssueId[] ids, TimeSpan duration)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var loops = callers.Select((call, c) => Task.Run(async () =>
        {
            var random = new Random(c);
            var latencies = new List<double>(1 << 16);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                await call(ids[random.Next(ids.Length)]);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            return latencies;
        })).ToArray();
        return (await Task.WhenAll(loops)).SelectMany(l => l).ToArray();
    }
}
