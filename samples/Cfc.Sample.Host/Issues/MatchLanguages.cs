using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Matching.Analysis;

namespace Cfc.Sample.Host.Issues;

/// <summary>The <c>languages</c> query parameter of the match routes: BCP 47 tags separated by commas (<c>nl,en</c>).</summary>
internal static class MatchLanguages
{
    /// <summary>Reads the parameter; absent or empty means every language.</summary>
    /// <param name="text">The parameter as given, or <see langword="null"/>.</param>
    /// <param name="languages">The tags, lower-case primary subtags; empty for every language.</param>
    /// <param name="error">A 400 problem naming <c>languages</c> when a tag is not a language tag.</param>
    /// <returns>Whether the parameter is valid.</returns>
    public static bool TryParse(string? text, out ImmutableArray<string> languages, [NotNullWhen(false)] out InvalidProblem? error)
    {
        languages = [];
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var tags = ImmutableArray.CreateBuilder<string>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            try
            {
                tags.Add(LanguageTag.Normalise(part));
            }
            catch (ArgumentException)
            {
                error = ValidationErrors.For("languages", $"'{part}' is not a BCP 47 language tag such as 'nl', 'en', 'de', 'fr', 'es' or 'pap'; give tags separated by commas, e.g. languages=nl,en.");
                return false;
            }
        }

        languages = tags.Distinct(StringComparer.Ordinal).ToImmutableArray();
        return true;
    }
}
