using BenchmarkDotNet.Running;
using Cfc.Sdk.Benchmarks.Corpus;
using Cfc.Sdk.Benchmarks.Quality;

namespace Cfc.Sdk.Benchmarks;

/// <summary>
/// <c>quality --issues FILE [--organisations FILE]</c> scores the engines on a labelled set;
/// <c>suggest-concepts --issues FILE [FILE…] [--language xx] [--top N]</c> prints concept suggestions mined from issues;
/// <c>generate --issues N --seed S --out FILE</c> writes a synthetic corpus;
/// <c>memory [--issues N]</c> measures index memory per issue (and a quick latency profile);
/// <c>grain-throughput [--silos N] [--callers C] [--seconds S]</c> measures read throughput through the Orleans grains;
/// anything else goes to BenchmarkDotNet's switcher (e.g. <c>--filter *Query*</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "quality")
        {
            return QualityCommand.Run(args[1..], Console.Out);
        }

        if (args.Length > 0 && args[0] == "suggest-concepts")
        {
            return Concepts.SuggestConceptsCommand.Run(args[1..], Console.Out);
        }

        if (args.Length > 0 && args[0] == "generate")
        {
            return SyntheticCorpus.Command(args[1..], Console.Out);
        }

        if (args.Length > 0 && args[0] == "memory")
        {
            return Suites.MemoryCommand.Run(args[1..], Console.Out);
        }

        if (args.Length > 0 && args[0] == "grain-throughput")
        {
            return Suites.GrainThroughputCommand.RunAsync(args[1..], Console.Out).GetAwaiter().GetResult();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
        return 0;
    }
}
