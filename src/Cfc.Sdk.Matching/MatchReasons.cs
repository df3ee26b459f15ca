using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Matching;

/// <summary>Why a match was proposed: the shared words with their shares of the score, and the shared themes and articles.</summary>
/// <remarks>
/// <para>
/// Immutable: the constructor copies its arguments. The terms are held largest share first (ties by text, ordinal), the themes
/// distinct in ordinal order and the articles distinct in number order, so two values are equal when they hold the same
/// terms, themes and articles, whatever order they were given in.
/// </para>
/// <para>JSON (property names follow the naming policy of the options in use; camelCase here): <c>{"terms": [{"text": "pesten", "share": 0.42}], "themes": ["veiligheid"], "articles": [19]}</c>, validated on read.</para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class MatchReasons : IEquatable<MatchReasons>
{
    private static readonly IReadOnlyList<TermReason> s_noTerms = ImmutableArray<TermReason>.Empty;
    private static readonly IReadOnlyList<string> s_noThemes = ImmutableArray<string>.Empty;
    private static readonly IReadOnlyList<CrcArticle> s_noArticles = ImmutableArray<CrcArticle>.Empty;

    /// <summary>Creates reasons.</summary>
    /// <param name="terms">The shared words.</param>
    /// <param name="themes">The shared themes.</param>
    /// <param name="articles">The shared CRC articles.</param>
    /// <exception cref="ArgumentNullException">An argument or a theme is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A term is the default value, a theme is blank, or an article is the default value.</exception>
    public MatchReasons(IEnumerable<TermReason> terms, IEnumerable<string> themes, IEnumerable<CrcArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(articles);
        var termList = terms.ToList();
        if (termList.Any(t => t.Text is null))
        {
            throw new ArgumentException("A term reason is the default value, which has no text.", nameof(terms));
        }

        termList.Sort(static (x, y) => y.Share != x.Share ? y.Share.CompareTo(x.Share) : string.CompareOrdinal(x.Text, y.Text));
        var themeSet = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var theme in themes)
        {
            if (theme is null)
            {
                throw new ArgumentNullException(nameof(themes), "A shared theme is null.");
            }

            if (string.IsNullOrWhiteSpace(theme))
            {
                throw new ArgumentException("A shared theme is blank.", nameof(themes));
            }

            themeSet.Add(theme);
        }

        var articleSet = ImmutableSortedSet.CreateBuilder<CrcArticle>();
        foreach (var article in articles)
        {
            if (article == default)
            {
                throw new ArgumentException("A shared article is the default value, which names no article.", nameof(articles));
            }

            articleSet.Add(article);
        }

        Terms = termList.ToImmutableArray();
        Themes = themeSet.ToImmutableArray();
        Articles = articleSet.ToImmutableArray();
    }

    // For the index, which builds the lists already valid and in order; the empty lists are shared rather than boxed anew.
    private MatchReasons(ImmutableArray<TermReason> terms, ImmutableArray<string> themes, ImmutableArray<CrcArticle> articles)
    {
        Terms = terms.IsEmpty ? s_noTerms : terms;
        Themes = themes.IsEmpty ? s_noThemes : themes;
        Articles = articles.IsEmpty ? s_noArticles : articles;
    }

    /// <summary>Reasons from lists that are already valid, distinct where they must be, and in order.</summary>
    internal static MatchReasons FromOrdered(ImmutableArray<TermReason> terms, ImmutableArray<string> themes, ImmutableArray<CrcArticle> articles) =>
        new(terms, themes, articles);

    /// <summary>Reasons without terms, themes or articles.</summary>
    public static MatchReasons None { get; } = new([], [], []);

    /// <summary>The shared words or phrases as written in the match, largest share first (ties by text).</summary>
    public IReadOnlyList<TermReason> Terms { get; }

    /// <summary>The themes both carry, distinct, in ordinal order.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>The CRC articles both carry, distinct, in number order.</summary>
    public IReadOnlyList<CrcArticle> Articles { get; }

    /// <inheritdoc />
    public bool Equals(MatchReasons? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Terms.SequenceEqual(other.Terms)
                && Themes.SequenceEqual(other.Themes, StringComparer.Ordinal)
                && Articles.SequenceEqual(other.Articles)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MatchReasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Terms.Count, Terms.Count > 0 ? Terms[0] : default, Themes.Count, Articles.Count);

    /// <summary>The reasons in short, for diagnostics.</summary>
    /// <returns>Text such as <c>terms: pesten 0.42, school 0.10; themes: veiligheid; articles: 19</c>.</returns>
    public override string ToString() =>
        $"terms: {string.Join(", ", Terms.Select(t => FormattableString.Invariant($"{t.Text} {t.Share:0.00}")))}; themes: {string.Join(", ", Themes)}; articles: {string.Join(", ", Articles)}";

    private sealed class Stored
    {
        public required IReadOnlyList<TermReason> Terms { get; init; }

        public required IReadOnlyList<string> Themes { get; init; }

        public required IReadOnlyList<CrcArticle> Articles { get; init; }
    }

    private sealed class Converter : StoredFormJsonConverter<MatchReasons, Stored>
    {
        protected override MatchReasons FromStored(Stored stored) => new(stored.Terms, stored.Themes, stored.Articles);

        protected override Stored ToStored(MatchReasons value) => new() { Terms = value.Terms, Themes = value.Themes, Articles = value.Articles };
    }
}
