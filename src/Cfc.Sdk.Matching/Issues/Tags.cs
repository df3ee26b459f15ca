using System.Collections.Immutable;
using System.Globalization;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Matching.Issues;

/// <summary>Normalisation of an issue's themes and articles: sets, so held distinct and sorted.</summary>
internal static class Tags
{
    public static ImmutableArray<string> NormaliseThemes(IEnumerable<string>? themes, string paramName)
    {
        if (themes is null)
        {
            return [];
        }

        var set = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var theme in themes)
        {
            if (string.IsNullOrWhiteSpace(theme) || theme.Trim().Length > LocalIssue.MaxThemeLength)
            {
                throw new ArgumentException($"Every theme must hold 1 to {LocalIssue.MaxThemeLength} characters and not only white space.", paramName);
            }

            set.Add(theme.Trim().ToLower(CultureInfo.InvariantCulture));
        }

        return [.. set];
    }

    public static ImmutableArray<CrcArticle> NormaliseArticles(IEnumerable<CrcArticle>? articles, string paramName)
    {
        if (articles is null)
        {
            return [];
        }

        var set = ImmutableSortedSet.CreateBuilder<CrcArticle>();
        foreach (var article in articles)
        {
            if (article == default)
            {
                throw new ArgumentException("An article is the default value, which names no article.", paramName);
            }

            set.Add(article);
        }

        return [.. set];
    }
}
