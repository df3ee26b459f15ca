using System.Globalization;
using Cfc.Sdk.Benchmarks.Quality;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;

namespace Cfc.Sdk.Benchmarks.Concepts;

/// <summary>
/// <c>suggest-concepts --issues FILE [FILE…] [--language xx] [--top N] [--min-count N] [--min-score X]</c>: mines concept
/// suggestions from issues in the development set's format (<c>group</c> may be absent) against the built-in concept scheme
/// and prints them in the scheme's text format, each after a comment with its evidence, for a coordinator to review and add
/// to <c>Cfc:Matching:ThesaurusFiles</c> or <c>Cfc:Matching:ThesaurusEntries</c>.
/// </summary>
public static class SuggestConceptsCommand
{
    private const string Usage = "Usage: suggest-concepts --issues FILE [FILE...] [--language xx] [--top N] [--min-count N] [--min-score X]";

    public static int Run(string[] args, TextWriter output)
    {
        var paths = new List<string>();
        string? language = null;
        int? top = null;
        var minCount = ConceptSuggester.DefaultMinCount;
        var minScore = ConceptSuggester.DefaultMinScore;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : null;
            switch (args[i])
            {
                case "--issues" when value is not null:
                    while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        paths.Add(args[++i]);
                    }

                    break;
                case "--language" when value is not null && LanguageTag.IsValid(value):
                    language = value;
                    i++;
                    break;
                case "--top" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1:
                    top = n;
                    i++;
                    break;
                case "--min-count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1:
                    minCount = count;
                    i++;
                    break;
                case "--min-score" when double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) && double.IsFinite(score):
                    minScore = score;
                    i++;
                    break;
                default:
                    output.WriteLine($"Invalid argument '{args[i]}'{(value is null ? string.Empty : $" '{value}'")}: --language takes a tag such as 'en', --top and --min-count a whole number of 1 or more, --min-score a number of 0 or more. {Usage}");
                    return 2;
            }
        }

        if (paths.Count == 0)
        {
            output.WriteLine(Usage);
            return 2;
        }

        var issues = LabelledSet.ReadIssues(paths, requireGroups: false).Select(i => i.Issue).ToArray();
        var suggestions = new ConceptSuggester(TextAnalyzer.Default, minCount, minScore)
            .Suggest(issues, languages: language is null ? null : [language]);
        if (top is { } perLanguage)
        {
            suggestions = suggestions.Top(perLanguage);
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"# Concept suggestions mined from {issues.Length} issues by co-occurrence (Dunning's G², at least {minCount} issues together, G² at least {minScore}),"));
        output.WriteLine("# in the concept scheme's text format. Review every line: keep the ones you accept and add them to Cfc:Matching:ThesaurusFiles or ThesaurusEntries.");
        output.Write(suggestions.ToString());
        return 0;
    }
}
