using System.Collections.Immutable;

namespace Cfc.Sdk.Network;

/// <summary>The one way theme lists are cleaned: trimmed, checked, each once ignoring case, sorted.</summary>
internal static class Themes
{
    /// <remarks>
    /// Of spellings that differ only in case, the ordinal-first is kept (<c>Armoede</c> before <c>armoede</c>), so the result,
    /// and the equality of the types that hold it, never depends on the order the themes were given in.
    /// </remarks>
    public static IReadOnlyList<string> Normalise(IEnumerable<string>? themes, int maxLength, string paramName)
    {
        var kept = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var theme in themes ?? [])
        {
            var text = RequiredText.Check(theme, maxLength, paramName);
            if (!kept.TryGetValue(text, out var spelling) || string.CompareOrdinal(text, spelling) < 0)
            {
                kept[text] = text;
            }
        }

        return kept.Values.Order(StringComparer.OrdinalIgnoreCase).ThenBy(t => t, StringComparer.Ordinal).ToImmutableArray();
    }
}
