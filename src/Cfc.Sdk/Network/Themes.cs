using System.Collections.Immutable;

namespace Cfc.Sdk.Network;

/// <summary>The one way theme lists are cleaned: trimmed, checked, each once ignoring case, sorted.</summary>
internal static class Themes
{
    /// <remarks>
    /// Of spellings that differ only in case, the ordinal-first is kept (<c>Armoede</c> before <c>armoede</c>), so the result,
    /// and the equality of the types that hold it, never depends on the order the themes were given in.
    /// </remarks>
    public static IReadOnlyList<string> Normalise(IEnumerable<string>? themes, int maxLength, string paramName) =>
        Normalise((themes ?? []).Select(theme => RequiredText.Check(theme, maxLength, paramName)), theme => theme, (kept, _, spelling) => spelling);

    /// <summary>
    /// Keeps each theme once by its name ignoring case, sorted by name, whatever the input order: repeats are folded together by
    /// <paramref name="merge"/>, which is given both and the ordinal-first of their spellings to keep.
    /// </summary>
    public static ImmutableArray<T> Normalise<T>(IEnumerable<T> themes, Func<T, string> nameOf, Func<T, T, string, T> merge)
    {
        var kept = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var theme in themes)
        {
            var name = nameOf(theme);
            if (kept.TryGetValue(name, out var earlier))
            {
                var earlierName = nameOf(earlier);
                kept[name] = merge(earlier, theme, string.CompareOrdinal(earlierName, name) <= 0 ? earlierName : name);
            }
            else
            {
                kept.Add(name, theme);
            }
        }

        return kept.Values.OrderBy(nameOf, StringComparer.OrdinalIgnoreCase).ThenBy(nameOf, StringComparer.Ordinal).ToImmutableArray();
    }
}
