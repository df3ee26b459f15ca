using System.Globalization;
using Cfc.Sdk.Benchmarks.Engines;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;

namespace Cfc.Sdk.Benchmarks.Quality;

/// <summary>
/// <c>quality --issues FILE [FILE…] [--organisations FILE [FILE…]] [--ablation [--suggest-top N]] [--per-group]</c>: scores every engine on
/// labelled sets in the development set's format and prints one line per engine and measure. With issues in more than one
/// language it also prints, per engine, the cross-language line (each query ranks only issues in other languages) and one
/// line per query language (each query ranks only issues in its own language), and how well the SDK detects the languages.
/// <c>--ablation</c> adds engines without the concept scheme, without tags, and with feedback (three documents), with and
/// without the concept scheme; and how much matching leans on hand-written vocabulary: the built-in scheme with half of its
/// alternative labels in the issues' languages removed (seeded), that scheme with the best <c>--suggest-top</c> (20)
/// suggestions per language mined from the issues (<see cref="ConceptSuggester"/>, default thresholds) added (labels and new
/// concepts; and the labels alone), the full scheme
/// with its own mined suggestions added, and no scheme with the mined new concepts.
/// </summary>
public static class QualityCommand
{
    // The feedback the ablation's feedback lines use (MatchingOptions.FeedbackDocuments).
    private const int AblationFeedbackDocuments = 3;

    // The reduced scheme of the ablation: the share of alternative labels removed per language, and the seed that picks them
    // (the issue that asked for less dependence on hand-written vocabulary).
    private const double ReducedShare = 0.5;
    private const int ReducedSeed = 18;

    // How many mined labels, and how many mined new concepts, per language the ablation adds unless --suggest-top says.
    private const int DefaultSuggestTop = 20;

    private const string Usage = "Usage: quality --issues FILE [FILE...] [--organisations FILE [FILE...]] [--ablation [--suggest-top N]] [--per-group]";

    public static int Run(string[] args, TextWriter output)
    {
        var issuePaths = new List<string>();
        var organisationPaths = new List<string>();
        var ablation = false;
        var perGroup = false;
        var suggestTop = DefaultSuggestTop;
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
                case "--suggest-top" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top >= 1:
                    suggestTop = top;
                    i++;
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
                .. SuggestionEngines(issues, languages, suggestTop, output),
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

    // The reduced scheme, alone and with suggestions mined from the issues (never from their groups), all or only the labels; the full scheme with
    // its own suggestions; and no scheme with the new concepts mined.
    private static IEnumerable<IMatchEngine> SuggestionEngines(IReadOnlyList<LabelledIssue> issues, string[] languages, int top, TextWriter output)
    {
        var texts = issues.Select(i => i.Issue).ToArray();
        var reduced = ReducedScheme.Of(ConceptScheme.Default, languages, ReducedShare, ReducedSeed);
        foreach (var language in languages)
        {
            output.WriteLine(Invariant($"reduced scheme, {language}: {ReducedScheme.AlternativeLabels(reduced, language)} of {ReducedScheme.AlternativeLabels(ConceptScheme.Default, language)} alternative labels kept"));
        }

        yield return SchemeEngine(reduced, "cfc-reduced");
        foreach (var (scheme, name, labelsOnly) in new[]
        {
            (reduced, "cfc-reduced+suggested", false), (reduced, "cfc-reduced+labels", true), (ConceptScheme.Default, "cfc-suggested", false),
            (ConceptScheme.Empty, "cfc-no-thesaurus+suggested", false),
        })
        {
            var suggestions = new ConceptSuggester(new TextAnalyzer(scheme)).Suggest(texts).Top(top);
            suggestions = labelsOnly ? new ConceptSuggestions(suggestions.Labels) : suggestions;
            output.WriteLine(Invariant($"suggestions for {name}: {suggestions.Labels.Count} labels and {suggestions.NewConcepts.Count} new concepts (at most {top} of each per language)"));
            yield return SchemeEngine(scheme.Merge(suggestions.ToConceptScheme()), name);
        }
    }

    private static CfcEngine SchemeEngine(ConceptScheme scheme, string name)
    {
        var options = new MatchingOptions { UseBuiltInThesaurus = false };
        var text = scheme.ToString();
        if (text.Length > 0)
        {
            options.ThesaurusEntries.Add(text);
        }

        return new CfcEngine(options, name);
    }

    private static string LanguageOf(LabelledIssue issue) => issue.Issue.Language ?? LanguageTag.Dutch;

    // How often the SDK's detection names the labelled language, from title and text (as the index detects it) and from the title alone.
    private static void WriteDetection(IReadOnlyList<LabelledIssue> issues, TextWriter output)
    {
        var analyzer = TextAnalyzer.Default;
        var full = issues.Count(i => analyzer.DetectLanguage(i.Issue.Title, i.Issue.Text) == LanguageOf(i));
        var titles = issues.Count(i => analyzer.DetectLanguage(i.Issue.Title) == LanguageOf(i));
        output.WriteLine(Invariant($"language detection: title+text={full / (double)issues.Count:0.000} title={titles / (double)issues.Count:0.000} issues={issues.Count}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
