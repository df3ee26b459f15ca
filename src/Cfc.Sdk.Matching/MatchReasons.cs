using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Cfc.Sdk.Matching.Concepts;
using Cfc.Sdk.Serialization;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Matching;

/// <summary>Why a match was proposed: the shared words and the shared concepts with their shares of the score, and the shared themes and articles.</summary>
/// <remarks>
/// <para>
/// Immutable: the constructor copies its arguments. The terms are held largest share first (ties by text, ordinal), the themes
/// distinct in ordinal order and the articles distinct in number order, so two values are equal when they hold the same
/// terms, themes and articles, whatever order they were given in. The concepts are held largest share first (ties by
/// concept id, ordinal).
/// </para>
/// <para>
/// A shared word occurs in both texts; a concept the two texts share only through the thesaurus (<c>schoolverzuim ↔
/// absentismo escolar</c>) is a <see cref="ConceptReason"/>, never a word.
/// </para>
/// <para>JSON (property names follow the naming policy of the options in use; camelCase here): <c>{"terms": [{"text": "pesten", "share": 0.42}], "concepts": [{"concept": "schoolverzuim", "label": "schoolverzuim", "queryWords": ["schoolverzuim"], "matchWords": ["absentismo escolar"], "share": 0.31}], "themes": ["veiligheid"], "articles": [19]}</c>,
/// validated on read; <c>concepts</c> may be missing (reasons stored before concepts were reasons), and reads as none.</para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class MatchReasons : IEquatable<MatchReasons>
{
    private static readonly IReadOnlyList<TermReason> s_noTerms = ImmutableArray<TermReason>.Empty;
    private static readonly IReadOnlyList<string> s_noThemes = ImmutableArray<string>.Empty;
    private static readonly IReadOnlyList<CrcArticle> s_noArticles = ImmutableArray<CrcArticle>.Empty;
    private static readonly IReadOnlyList<ConceptReason> s_noConcepts = ImmutableArray<ConceptReason>.Empty;

    /// <summary>Creates reasons.</summary>
    /// <param name="terms">The shared words.</param>
    /// <param name="themes">The shared themes.</param>
    /// <param name="articles">The shared CRC articles.</param>
    /// <exception cref="ArgumentNullException">An argument or a theme is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A term is the default value, a theme is blank, or an article is the default value.</exception>
    public MatchReasons(IEnumerable<TermReason> terms, IEnumerable<string> themes, IEnumerable<CrcArticle> articles)
        : this(terms, [], themes, articles)
    {
    }

    /// <summary>Creates reasons with shared concepts.</summary>
    /// <param name="terms">The shared words.</param>
    /// <param name="concepts">The shared concepts.</param>
    /// <param name="themes">The shared themes.</param>
    /// <param name="articles">The shared CRC articles.</param>
    /// <exception cref="ArgumentNullException">An argument, a concept or a theme is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A term is the default value, a concept is given twice, a theme is blank, or an article is the default value.</exception>
    public MatchReasons(IEnumerable<TermReason> terms, IEnumerable<ConceptReason> concepts, IEnumerable<string> themes, IEnumerable<CrcArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(concepts);
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(articles);
        var termList = terms.ToList();
        if (termList.Any(t => t.Text is null))
        {
            throw new ArgumentException("A term reason is the default value, which has no text.", nameof(terms));
        }

        termList.Sort(static (x, y) => y.Share != x.Share ? y.Share.CompareTo(x.Share) : string.CompareOrdinal(x.Text, y.Text));
        var conceptList = concepts.ToList();
        if (conceptList.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(concepts), "A shared concept is null.");
        }

        if (conceptList.DistinctBy(c => c.Concept, StringComparer.Ordinal).Count() != conceptList.Count)
        {
            throw new ArgumentException("A shared concept is given twice.", nameof(concepts));
        }

        conceptList.Sort(CompareConcepts);
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
        Concepts = conceptList.ToImmutableArray();
        Themes = themeSet.ToImmutableArray();
        Articles = articleSet.ToImmutableArray();
    }

    // For the index, which builds the lists already valid and in order; the empty lists are shared rather than boxed anew.
    private MatchReasons(ImmutableArray<TermReason> terms, ImmutableArray<ConceptReason> concepts, ImmutableArray<string> themes, ImmutableArray<CrcArticle> articles)
    {
        Terms = terms.IsEmpty ? s_noTerms : terms;
        Concepts = concepts.IsEmpty ? s_noConcepts : concepts;
        Themes = themes.IsEmpty ? s_noThemes : themes;
        Articles = articles.IsEmpty ? s_noArticles : articles;
    }

    /// <summary>Reasons from lists that are already valid, distinct where they must be, and in order.</summary>
    internal static MatchReasons FromOrdered(ImmutableArray<TermReason> terms, ImmutableArray<ConceptReason> concepts, ImmutableArray<string> themes, ImmutableArray<CrcArticle> articles) =>
        new(terms, concepts, themes, articles);

    /// <summary>The order of <see cref="Concepts"/>: largest share first, ties by concept id (ordinal).</summary>
    internal static int CompareConcepts(ConceptReason x, ConceptReason y) =>
        y.Share != x.Share ? y.Share.CompareTo(x.Share) : string.CompareOrdinal(x.Concept, y.Concept);

    /// <summary>Reasons without terms, themes or articles.</summary>
    public static MatchReasons None { get; } = new([], [], []);

    /// <summary>The words or phrases both texts hold, as written in the match, largest share first (ties by text).</summary>
    public IReadOnlyList<TermReason> Terms { get; }

    /// <summary>The thesaurus concepts both texts express, in whatever words, largest share first (ties by concept id).</summary>
    public IReadOnlyList<ConceptReason> Concepts { get; }

    /// <summary>The themes both carry, distinct, in ordinal order.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>The CRC articles both carry, distinct, in number order.</summary>
    public IReadOnlyList<CrcArticle> Articles { get; }

    /// <summary>
    /// The same reasons with each shared concept labelled for a reader of <paramref name="language"/> (see
    /// <see cref="ConceptReason.InLanguage"/>): the index labels concepts in the query's language, while a page is read in
    /// its reader's.
    /// </summary>
    /// <param name="scheme">The concept scheme the labels come from, normally the index's (<c>TextAnalyzer.Concepts</c>).</param>
    /// <param name="language">The reader's BCP 47 language tag, e.g. the page's culture.</param>
    /// <returns>The relabelled reasons; this instance when no label changes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public MatchReasons InLanguage(ConceptScheme scheme, string language)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(language);
        var concepts = Concepts.Select(c => c.InLanguage(scheme, language)).ToImmutableArray();
        for (var i = 0; i < concepts.Length; i++)
        {
            if (!ReferenceEquals(concepts[i], Concepts[i]))
            {
                return FromOrdered([.. Terms], concepts, [.. Themes], [.. Articles]);
            }
        }

        return this;
    }

    /// <inheritdoc />
    public bool Equals(MatchReasons? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Terms.SequenceEqual(other.Terms)
                && Concepts.SequenceEqual(other.Concepts)
                && Themes.SequenceEqual(other.Themes, StringComparer.Ordinal)
                && Articles.SequenceEqual(other.Articles)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MatchReasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Terms.Count, Terms.Count > 0 ? Terms[0] : default, Concepts.Count, Themes.Count, Articles.Count);

    /// <summary>The reasons in short, for diagnostics.</summary>
    /// <returns>Text such as <c>terms: pesten 0.42, school 0.10; concepts: schoolverzuim (schoolverzuim ↔ absentismo escolar) 0.31; themes: veiligheid; articles: 19</c>.</returns>
    public override string ToString() =>
        $"terms: {string.Join(", ", Terms.Select(t => FormattableString.Invariant($"{t.Text} {t.Share:0.00}")))}; concepts: {string.Join(", ", Concepts)}; themes: {string.Join(", ", Themes)}; articles: {string.Join(", ", Articles)}";

    private sealed class Stored
    {
        public required IReadOnlyList<TermReason> Terms { get; init; }

        // Not required: reasons stored before shared concepts were their own reasons have none.
        public IReadOnlyList<ConceptReason>? Concepts { get; init; }

        public required IReadOnlyList<string> Themes { get; init; }

        public required IReadOnlyList<CrcArticle> Articles { get; init; }
    }

    private sealed class Converter : StoredFormJsonConverter<MatchReasons, Stored>
    {
        protected override MatchReasons FromStored(Stored stored) => new(stored.Terms, stored.Concepts ?? [], stored.Themes, stored.Articles);

        protected override Stored ToStored(MatchReasons value) => new() { Terms = value.Terms, Concepts = value.Concepts, Themes = value.Themes, Articles = value.Articles };
    }
}
