using System.Globalization;
using Cfc.Sdk.Benchmarks.Engines;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Analysis;

namespace Cfc.Sdk.Benchmarks.Quality;

/// <summary>
/// <c>quality --issues FILE [FILE…] [--organisations FILE [FILE…]] [--ablation] [--per-group]</c>: scores every engine on
/// labelled sets in the development set's format and prints one line per engine and measure. With issues in more than one
/// language it also prints, per engine, the cross-language line (each query ranks only issues in other languages) and one
/// line per query language (each query ranks only issues in its own language), and how well the SDK detects the languages.
/// <c>--ablation</c> adds engines without the concept scheme, without tags, and with feedback (three documents), with and
/// without the concept scheme.
/// </summary>
public static class QualityCommand
{
    // The feedback the ablation's feedback lines use (MatchingOptions.FeedbackDocuments).
    private const int AblationFeedbackDocuments = 3;

    private const string Usage = "Usage: quality --issues FILE [FILE...] [--organisations FILE [FILE...]] [--ablation] [--per-group]";

    public static int Run(string[] args, TextWriter output)
    {
        var issuePaths = new List<string>();
        var organisationPaths = new List<string>();
        var ablation = false;
        var perGroup = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--issues" when i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        issuePaths.Add(args[++i]);
                    }

                    break;
                case "--organisations" when i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        organisationPaths.Add(args[++i]);
                    }

                    break;
                case "--per-group":
                    perGroup = true;
                    break;
                case "--ablation":
                    ablation = true;
                    break;
                default:
                    output.WriteLine($"Unknown argument '{args[i]}'. {Usage}");
                    return 2;
            }
        }

        if (issuePaths.Count == 0)
        {
            output.WriteLine(Usage);
            return 2;
        }

        var issues = LabelledSet.ReadIssues(issuePaths);
        var organisations = LabelledSet.ReadOrganisations(organisationPaths);
        var languages = issues.Select(i => i.Issue.Language ?? LanguageTag.Dutch).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (languages.Length > 1)
        {
            WriteDetection(issues, output);
        }

        IMatchEngine[] engines = [new CfcEngine(), new LuceneMltEngine()];
        if (ablation)
        {
            // What each part of the analysis adds: without the concepts, and without tags; and what feedback adds, with and
            // without the concepts.
            engines =
            [
                .. engines,
                new CfcEngine(new MatchingOptions { UseBuiltInThesaurus = false }, "cfc-no-thesaurus"),
                new CfcEngine(new MatchingOptions { ThemeWeight = 0, ArticleWeight = 0 }, "cfc-no-tags"),
                new CfcEngine(new MatchingOptions { FeedbackDocuments = AblationFeedbackDocuments }, "cfc-feedback"),
                new CfcEngine(new MatchingOptions { UseBuiltInThesaurus = false, FeedbackDocuments = AblationFeedbackDocuments }, "cfc-no-thesaurus-feedback"),
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
                    output.WriteLine(Invariant($"  {engine.Name} {group}: ndcg@10={sum / issues.Count(i => i.Group == group):0.000}"));
                }

                output.WriteLine(Invariant($"{engine.Name}: ndcg@10={scores.Ndcg10:0.000} mrr={scores.Mrr:0.000} p@5={scores.P5:0.000} queries={scores.Queries}"));
                if (organisations.Count > 0)
                {
                    output.WriteLine(Invariant($"{engine.Name}: org-hit@3={scores.OrgHit3:0.000} org-p@3={scores.OrgP3:0.000}"));
                }

                if (languages.Length > 1)
                {
                    var cross = Evaluation.Scoped(engine, issues, _ => true, query => languages.Where(l => l != LanguageOf(query)).ToArray());
                    output.WriteLine(Invariant($"{engine.Name} cross-language: ndcg@10={cross.Ndcg10:0.000} mrr={cross.Mrr:0.000} queries={cross.Queries}"));
                    foreach (var language in languages)
                    {
                        var own = Evaluation.Scoped(engine, issues, query => LanguageOf(query) == language, _ => [language]);
                        output.WriteLine(Invariant($"{engine.Name} {language}: ndcg@10={own.Ndcg10:0.000} mrr={own.Mrr:0.000} queries={own.Queries}"));
                    }
                }
            }
        }

        return 0;
    }

    private static string LanguageOf(LabelledIssue issue) => issue.Issue.Language ?? LanguageTag.Dutch;

    // How often the SDK's detection names the labelled language, from title and text and from the title alone.
    private static void WriteDetection(IReadOnlyList<LabelledIssue> issues, TextWriter output)
    {
        var analyzer = TextAnalyzer.Default;
        var full = issues.Count(i => analyzer.DetectLanguage(i.Issue.Title + "\n" + i.Issue.Text) == LanguageOf(i));
        var titles = issues.Count(i => analyzer.DetectLanguage(i.Issue.Title) == LanguageOf(i));
        output.WriteLine(Invariant($"language detection: title+text={full / (double)issues.Count:0.000} title={titles / (double)issues.Count:0.000} issues={issues.Count}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
