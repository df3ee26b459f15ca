using System.Text;
using Cfc.Sdk.Matching.Concepts;

namespace Cfc.Sdk.Benchmarks.Quality;

/// <summary>
/// A concept scheme with a seeded share of its alternative labels removed in some languages, to measure how much matching
/// leans on hand-written vocabulary and how much mined suggestions give back. Preferred labels, other languages' labels,
/// broader concepts, articles and goal areas are kept.
/// </summary>
public static class ReducedScheme
{
    /// <summary>
    /// <paramref name="scheme"/> without <paramref name="share"/> of its alternative labels in each of
    /// <paramref name="languages"/>: per language, the alternative labels in ordinal order (concept, then label) are shuffled
    /// by <c>new Random(seed)</c> and the first <c>⌊share × count⌋</c> are removed.
    /// </summary>
    public static ConceptScheme Of(ConceptScheme scheme, IReadOnlyCollection<string> languages, double share, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        var removed = new HashSet<(string Concept, string Language, string Label)>();
        foreach (var language in languages.Order(StringComparer.Ordinal))
        {
            var alternatives = scheme.Concepts
                .SelectMany(c => scheme.LabelsOf(c, language).Skip(1).Order(StringComparer.Ordinal).Select(l => (c, language, l)))
                .ToArray();
            new Random(seed).Shuffle(alternatives);
            removed.UnionWith(alternatives.Take((int)(share * alternatives.Length)));
        }

        var text = new StringBuilder();
        foreach (var concept in scheme.Concepts)
        {
            foreach (var language in scheme.Languages)
            {
                var kept = scheme.LabelsOf(concept, language).Where(l => !removed.Contains((concept, language, l))).ToArray();
                if (kept.Length > 0)
                {
                    text.Append(concept).Append('@').Append(language).Append(": ").AppendJoin(", ", kept).Append('\n');
                }
            }

            AppendRelation(text, concept, "broader", scheme.BroaderOf(concept));
            AppendRelation(text, concept, "articles", scheme.ArticlesOf(concept).Select(a => a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            AppendRelation(text, concept, "goals", scheme.GoalAreasOf(concept).Select(g => ((int)g).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return ConceptScheme.Parse(text.ToString());
    }

    /// <summary>How many alternative labels <paramref name="scheme"/> holds in <paramref name="language"/>.</summary>
    public static int AlternativeLabels(ConceptScheme scheme, string language) =>
        scheme.Concepts.Sum(c => Math.Max(0, scheme.LabelsOf(c, language).Count - 1));

    private static void AppendRelation(StringBuilder text, string concept, string relation, IEnumerable<string> values)
    {
        var all = values.ToArray();
        if (all.Length > 0)
        {
            text.Append(concept).Append('/').Append(relation).Append(": ").AppendJoin(", ", all).Append('\n');
        }
    }
}
