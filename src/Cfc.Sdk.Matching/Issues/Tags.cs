using System.Globalization;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Matching.Issues;

/// <summary>Normalisation of themes and articles shared by issues and expertise profiles.</summary>
internal static class Tags
{
    public static IReadOnlyList<string> NormaliseThemes(IEnumerable<string>? themes, string paramName)
    {
        if (themes is null)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var theme in themes)
        {
            if (string.IsNullOrWhiteSpace(theme) || theme.Trim().Length > LocalIssue.MaxThemeLength)
            {
                throw new ArgumentException($"Every theme must hold 1 to {LocalIssue.MaxThemeLength} characters and not only white space.", paramName);
            }

            var normal = theme.Trim().ToLower(CultureInfo.InvariantCulture);
            if (!result.Contains(normal, StringComparer.Ordinal))
            {
                result.Add(normal);
            }
        }

        return result.AsReadOnly();
    }

    public static IReadOnlyList<CrcArticle> NormaliseArticles(IEnumerable<CrcArticle>? articles, string paramName)
    {
        if (articles is null)
        {
            return [];
        }

        var set = new SortedSet<CrcArticle>();
        foreach (var article in articles)
        {
            if (article == default)
            {
                throw new ArgumentException("An article is the default value, which names no article.", paramName);
            }

            set.Add(article);
        }

        return set.ToArray().AsReadOnly();
    }
}
