using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Cfc.Sdk.Matching.Concepts;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Matching;

/// <summary>
/// A thesaurus concept both texts express, possibly in different words or languages: its label in the reader's language,
/// the words that carried it in the query and in the match, and its share of the score.
/// </summary>
/// <remarks>
/// A shared concept is not a shared word: <c>schoolverzuim ↔ absentismo escolar</c> shares the concept of school absence,
/// while neither text holds the other's words. Immutable; two values are equal when all properties are equal (texts
/// ordinally, carriers in order). JSON (property names follow the naming policy of the options in use; camelCase here):
/// <c>{"concept": "schoolverzuim", "label": "schoolverzuim", "queryWords": ["schoolverzuim"], "matchWords": ["absentismo escolar"], "share": 0.31}</c>,
/// validated on read.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ConceptReason : IEquatable<ConceptReason>
{
    /// <summary>Creates a reason.</summary>
    /// <param name="concept">The concept's id in the concept scheme (<c>schoolverzuim</c>), without the analyser's <c>~</c>.</param>
    /// <param name="label">The concept's label in the reader's language.</param>
    /// <param name="queryWords">The words or phrases that carried the concept in the query, as written there; empty when only its themes did.</param>
    /// <param name="matchWords">The words or phrases that carried the concept in the match, as written there; empty when only its themes did.</param>
    /// <param name="share">Its share of the match's score, from 0 to 1.</param>
    /// <exception cref="ArgumentNullException">An argument or a carrier is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="concept"/>, <paramref name="label"/> or a carrier is blank, or <paramref name="concept"/> starts with <c>~</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not from 0 to 1.</exception>
    public ConceptReason(string concept, string label, IEnumerable<string> queryWords, IEnumerable<string> matchWords, double share)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(concept);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (concept.StartsWith('~'))
        {
            throw new ArgumentException("A concept is named by its id in the concept scheme, without the analyser's '~'.", nameof(concept));
        }

        if (!double.IsFinite(share) || share < 0 || share > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, string.Create(CultureInfo.InvariantCulture, $"A share of the score is from 0 to 1; it is {share}."));
        }

        Concept = concept;
        Label = label;
        QueryWords = Carriers(queryWords, nameof(queryWords));
        MatchWords = Carriers(matchWords, nameof(matchWords));
        Share = share;
    }

    /// <summary>The concept's id in the concept scheme, without the analyser's <c>~</c>.</summary>
    public string Concept { get; }

    /// <summary>The concept's label in the reader's language (by default the query's language).</summary>
    public string Label { get; }

    /// <summary>The words or phrases that carried the concept in the query, as written there, in text order.</summary>
    public IReadOnlyList<string> QueryWords { get; }

    /// <summary>The words or phrases that carried the concept in the match, as written there, in text order.</summary>
    public IReadOnlyList<string> MatchWords { get; }

    /// <summary>Its share of the match's score, from 0 to 1.</summary>
    public double Share { get; }

    /// <summary>
    /// The same reason with the concept's label for a reader of <paramref name="language"/> (a page in English shows
    /// <c>school absence</c> where the Dutch query's reason says <c>schoolverzuim</c>); the carriers stay as written.
    /// </summary>
    /// <param name="scheme">The concept scheme the label comes from, normally the index's (<c>TextAnalyzer.Concepts</c>).</param>
    /// <param name="language">The reader's BCP 47 language tag, e.g. the page's culture (<c>en-GB</c> reads as <c>en</c>).</param>
    /// <returns>The reason labelled as <see cref="ConceptScheme.ConceptLabel"/> says; this instance when the label is the same.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ConceptReason InLanguage(ConceptScheme scheme, string language)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(language);
        var label = scheme.ConceptLabel(Concept, language);
        return string.Equals(label, Label, StringComparison.Ordinal) ? this : new ConceptReason(Concept, label, QueryWords, MatchWords, Share);
    }

    /// <inheritdoc />
    public bool Equals(ConceptReason? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Concept, other.Concept, StringComparison.Ordinal)
                && string.Equals(Label, other.Label, StringComparison.Ordinal)
                && QueryWords.SequenceEqual(other.QueryWords, StringComparer.Ordinal)
                && MatchWords.SequenceEqual(other.MatchWords, StringComparer.Ordinal)
                && Share.Equals(other.Share)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConceptReason);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Concept), Share);

    /// <summary>The reason as invariant text, for diagnostics and plain-text readers.</summary>
    /// <returns>Text such as <c>schoolverzuim (schoolverzuim ↔ absentismo escolar) 0.31</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Label} ({string.Join(", ", QueryWords)} ↔ {string.Join(", ", MatchWords)}) {Share:0.####}");

    private static ImmutableArray<string> Carriers(IEnumerable<string> words, string name)
    {
        ArgumentNullException.ThrowIfNull(words, name);
        var carriers = words.ToImmutableArray();
        foreach (var word in carriers)
        {
            if (word is null)
            {
                throw new ArgumentNullException(name, "A word that carried the concept is null.");
            }

            if (string.IsNullOrWhiteSpace(word))
            {
                throw new ArgumentException("A word that carried the concept is blank.", name);
            }
        }

        return carriers;
    }

    private sealed class Stored
    {
        public required string Concept { get; init; }

        public required string Label { get; init; }

        public required IReadOnlyList<string> QueryWords { get; init; }

        public required IReadOnlyList<string> MatchWords { get; init; }

        public required double Share { get; init; }
    }

    private sealed class Converter : StoredFormJsonConverter<ConceptReason, Stored>
    {
        protected override ConceptReason FromStored(Stored stored) => new(stored.Concept, stored.Label, stored.QueryWords, stored.MatchWords, stored.Share);

        protected override Stored ToStored(ConceptReason value) => new()
        {
            Concept = value.Concept,
            Label = value.Label,
            QueryWords = value.QueryWords,
            MatchWords = value.MatchWords,
            Share = value.Share,
        };
    }
}
