using System.Diagnostics;
using System.Globalization;
using Cfc.Sdk.Benchmarks.Engines;
using Cfc.Sdk.Matching.Issues;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>
/// <c>memory [--issues N] [--engine cfc|lucene-mlt]</c>: the managed heap an index holds per issue, beyond the issues themselves
/// (measured as the heap after a full collection, with and without the built index), plus a quick
/// single-threaded Stopwatch profile of build and query (p50/p99) for orientation.
/// </summary>
public static class MemoryCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        var count = 100_000;
        string? only = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--issues")
            {
                count = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--engine")
            {
                only = args[i + 1];
            }
        }

        var issues = Corpora.Issues(count);
        foreach (var (name, create) in new (string, Func<IMatchEngine>)[] { ("cfc", () => new CfcEngine()), ("lucene-mlt", () => new LuceneMltEngine()) })
        {
            if (only is not null && only != name)
            {
                continue;
            }

            var before = Heap();
            var watch = Stopwatch.StartNew();
            var engine = create();
            engine.Build(issues, []);
            var build = watch.Elapsed;
            var after = Heap();
            // Warm up long enough for tiered compilation to settle, then time single queries.
            const int warmup = 3000;
            var latencies = new double[3000];
            for (var i = 0; i < latencies.Length + warmup; i++)
            {
                var query = issues[(int)((long)i * 7919 % issues.Count)];
                var start = Stopwatch.GetTimestamp();
                engine.MatchIssues(query, 10);
                if (i >= warmup)
                {
                    latencies[i - warmup] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }
            }

            Array.Sort(latencies);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{engine.Name}: issues={count} bytes/issue={(after - before) / (double)count:0} build={build.TotalMilliseconds:0} ms query-p50={latencies[latencies.Length / 2]:0.000} ms query-p99={latencies[latencies.Length * 99 / 100]:0.000} ms"));
            GC.KeepAlive(engine);
            engine.Dispose();
        }

        GC.KeepAlive(issues);
        return 0;
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
