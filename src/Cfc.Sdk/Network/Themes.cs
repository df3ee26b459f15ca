namespace Cfc.Sdk.Network;

/// <summary>The one way theme lists are cleaned: trimmed, checked, each once ignoring case, sorted.</summary>
internal static class Themes
{
    public static IReadOnlyList<string> Normalise(IEnumerable<string>? themes, int maxLength, string paramName)
    {
        var set = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var theme in themes ?? [])
        {
            set.Add(RequiredText.Check(theme, maxLength, paramName));
        }

        return [.. set];
    }
}
