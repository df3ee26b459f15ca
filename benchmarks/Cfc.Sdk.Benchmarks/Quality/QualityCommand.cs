using System.Globalization;
using Cfc.Sdk.Benchmarks.Engines;
using Cfc.Sdk.Matching;

namespace Cfc.Sdk.Benchmarks.Quality;

/// <summary>
/// <c>quality --issues FILE [--organisations FILE] [--ablation] [--per-group]</c>: scores every engine on a labelled set in the
/// development set's format and prints one line per engine and measure.
/// </summary>
public static class QualityCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        string? issuesPath = null;
        string? organisationsPath = null;
        var ablation = false;
        var perGroup = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--issues" when i + 1 < args.Length:
                    issuesPath = args[++i];
                    break;
                case "--organisations" when i + 1 < args.Length:
                    organisationsPath = args[++i];
                    break;
                case "--per-group":
                    perGroup = true;
                    break;
                case "--ablation":
                    ablation = true;
                    break;
                default:
                    output.WriteLine($"Unknown argument '{args[i]}'. Usage: quality --issues FILE [--organisations FILE]");
                    return 2;
            }
        }

        if (issuesPath is null)
        {
            output.WriteLine("Usage: quality --issues FILE [--organisations FILE]");
            return 2;
        }

        var issues = LabelledSet.ReadIssues(issuesPath);
        var organisations = organisationsPath is null ? [] : LabelledSet.ReadOrganisations(organisationsPath);
        IMatchEngine[] engines = [new CfcEngine(), new LuceneMltEngine()];
        if (ablation)
        {
            // What each part of the analysis adds: without the thesaurus, and without tags.
            engines =
            [
                .. engines,
                new CfcEngine(new MatchingOptions { UseBuiltInThesaurus = false }, "cfc-no-thesaurus"),
                new CfcEngine(new MatchingOptions { ThemeWeight = 0, ArticleWeight = 0 }, "cfc-no-tags"),
            ];
        }

        foreach (var engine in engines)
        {
            using (engine)
            {
                var byGroup = perGroup ? new SortedDictionary<string, double>(StringComparer.Ordinal) : null;
                var scores = Evaluation.Score(engine, issues, organisations, byGroup);
                foreach (var (group, sum) in byGroup ?? [])
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {engine.Name} {group}: ndcg@10={sum / issues.Count(i => i.Group == group):0.000}"));
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine.Name}: ndcg@10={scores.Ndcg10:0.000} mrr={scores.Mrr:0.000} p@5={scores.P5:0.000} queries={scores.Queries}"));
                if (organisationsPath is not null)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine.Name}: org-hit@3={scores.OrgHit3:0.000} org-p@3={scores.OrgP3:0.000}"));
                }
            }
        }

        return 0;
    }
}
