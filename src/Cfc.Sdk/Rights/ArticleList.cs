using System.Collections.Immutable;

namespace Cfc.Sdk.Rights;

/// <summary>The one way a type's CRC articles are cleaned: each once, in article order, no default value.</summary>
internal static class ArticleList
{
    public static IReadOnlyList<CrcArticle> Normalise(IEnumerable<CrcArticle>? articles, string paramName)
    {
        var set = new SortedSet<CrcArticle>();
        foreach (var article in articles ?? [])
        {
            set.Add(article != default ? article : throw new ArgumentException("The default CrcArticle names no article.", paramName));
        }

        return set.ToImmutableArray();
    }
}
