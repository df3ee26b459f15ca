using System.Diagnostics;
using System.Globalization;
using Cfc.Sdk.Benchmarks.Corpus;
using Cfc.Sdk.Benchmarks.Engines;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;

namespace Cfc.Sdk.Benchmarks.Suites;

/// <summary>
/// <c>memory [--issues N] [--corpus multilingual|dutch] [--engine cfc|lucene-mlt]</c>: the managed heap an index holds per
/// issue, beyond the issues themselves (measured as the heap after a full collection, with and without the built index),
/// plus a single-threaded Stopwatch profile of build and query with reasons (p50/p99). The corpus is the five-language
/// <see cref="MultilingualCorpus"/> unless <c>--corpus dutch</c> asks for the Dutch <see cref="SyntheticCorpus"/>.
/// </summary>
public static class MemoryCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        var count = 100_000;
        string? only = null;
        var corpus = "multilingual";
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
            else if (args[i] == "--corpus")
            {
                corpus = args[i + 1];
            }
            else
            {
                output.WriteLine($"Unknown argument '{args[i]}'.");
                return 2;
            }
        }

        if (corpus is not ("multilingual" or "dutch"))
        {
            output.WriteLine($"Unknown corpus '{corpus}': multilingual or dutch.");
            return 2;
        }

        var generation = Stopwatch.StartNew();
        var issues = corpus == "dutch" ? SyntheticCorpus.Generate(count) : MultilingualCorpus.Generate(count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus={corpus} issues={count} generated in {generation.Elapsed.TotalSeconds:0.0} s"));
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
            var latencies = Latencies(issues, query => engine.MatchIssues(query, 10));
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{engine.Name}: issues={count} bytes/issue={(after - before) / (double)count:0} build={build.TotalMilliseconds:0} ms query-p50={latencies[latencies.Length / 2]:0.000} ms query-p99={latencies[latencies.Length * 99 / 100]:0.000} ms");
            if (engine is CfcEngine cfc)
            {
                // The same queries without reasons (ids and scores into a buffer): what the search alone costs.
                var scores = new IssueScore[10];
                var search = Latencies(issues, query => cfc.Index.Match(query.Id, scores));
                line += string.Create(CultureInfo.InvariantCulture, $" search-p50={search[search.Length / 2]:0.000} ms");
            }

            output.WriteLine(line);
            GC.KeepAlive(engine);
            engine.Dispose();
        }

        GC.KeepAlive(issues);
        return 0;
    }

    // Warms up long enough for tiered compilation to settle, then times single queries; sorted.
    private static double[] Latencies(IReadOnlyList<LocalIssue> issues, Action<LocalIssue> match)
    {
        const int warmup = 3000;
        var latencies = new double[3000];
        for (var i = 0; i < latencies.Length + warmup; i++)
        {
            var query = issues[(int)((long)i * 7919 % issues.Count)];
            var start = Stopwatch.GetTimestamp();
            match(query);
            if (i >= warmup)
            {
                latencies[i - warmup] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        Array.Sort(latencies);
        return latencies;
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
