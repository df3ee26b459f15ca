using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Matching;

/// <summary>Why a match was proposed: the shared words with their shares of the score, and the shared themes and articles.</summary>
/// <remarks>Two values are equal when their lists are equal element by element.</remarks>
public sealed class MatchReasons : IEquatable<MatchReasons>
{
    /// <summary>Creates reasons.</summary>
    /// <param name="terms">The shared words, largest share first.</param>
    /// <param name="themes">The shared themes.</param>
    /// <param name="articles">The shared CRC articles.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public MatchReasons(IReadOnlyList<TermReason> terms, IReadOnlyList<string> themes, IReadOnlyList<CrcArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(articles);
        Terms = terms;
        Themes = themes;
        Articles = articles;
    }

    /// <summary>The shared words or phrases as written in the match, largest share first (ties by text).</summary>
    public IReadOnlyList<TermReason> Terms { get; }

    /// <summary>The themes both carry.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>The CRC articles both carry.</summary>
    public IReadOnlyList<CrcArticle> Articles { get; }

    /// <inheritdoc />
    public bool Equals(MatchReasons? other) =>
        other is not null
        && Terms.SequenceEqual(other.Terms)
        && Themes.SequenceEqual(other.Themes, StringComparer.Ordinal)
        && Articles.SequenceEqual(other.Articles);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MatchReasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Terms.Count, Themes.Count, Articles.Count);

    /// <summary>The reasons in short, for diagnostics.</summary>
    /// <returns>Text such as <c>terms: pesten 0.42, school 0.10; themes: veiligheid; articles: 19</c>.</returns>
    public override string ToString() =>
        $"terms: {string.Join(", ", Terms.Select(t => FormattableString.Invariant($"{t.Text} {t.Share:0.00}")))}; themes: {string.Join(", ", Themes)}; articles: {string.Join(", ", Articles)}";
}
