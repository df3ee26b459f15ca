using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Matching.Concepts;

/// <summary>
/// One suggestion of <see cref="ConceptSuggester"/> for a coordinator to review: a word to add as an alternative label of an
/// existing concept in a language, or a pair of words to add as a new concept, with the co-occurrence counts and the
/// log-likelihood ratio (Dunning's G²) that ranked it.
/// </summary>
/// <remarks>
/// Immutable; two values are equal when all properties are equal (labels ordinally, in order). <see cref="ToString"/> is the
/// suggestion as a line of the <see cref="ConceptScheme"/> text format (<c>schoolverzuim@en: truancy</c>), which
/// <c>MatchingOptions.ThesaurusEntries</c> and <c>MatchingOptions.ThesaurusFiles</c> read. JSON (camelCase here):
/// <c>{"concept": "schoolverzuim", "language": "en", "labels": ["truancy"], "isNewConcept": false, "score": 23.4,
/// "together": 5, "conceptTexts": 7, "wordTexts": 6, "texts": 48}</c>, validated on read.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ConceptSuggestion : IEquatable<ConceptSuggestion>
{
    /// <summary>Creates a suggestion.</summary>
    /// <param name="concept">The concept's id: an existing concept for a new label, a new id for a new concept (lower-case ASCII letters, digits and <c>-</c>).</param>
    /// <param name="language">The language of the labels, a tag such as <c>en</c> (a regional tag is kept as its primary subtag).</param>
    /// <param name="labels">The label to add (one) or, for a new concept, its labels (at least two), as most often written.</param>
    /// <param name="isNewConcept">Whether <paramref name="concept"/> is a new concept rather than an existing one that gets a label.</param>
    /// <param name="score">Dunning's G² of the co-occurrence, 0 or more.</param>
    /// <param name="together">How many texts hold both the concept (for a new concept: its first label) and the word.</param>
    /// <param name="conceptTexts">How many texts express the concept (for a new concept: hold its first label).</param>
    /// <param name="wordTexts">How many texts hold the word (for a new concept: its second label).</param>
    /// <param name="texts">How many texts of the language were mined.</param>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/>, <paramref name="language"/>, <paramref name="labels"/> or a label is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="concept"/> is not a concept id, <paramref name="language"/> is not a language tag, a label is blank or
    /// holds a <c>,</c> or a line break, or there is not exactly one label for an existing concept or are fewer than two for a
    /// new one.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="score"/> is negative or not finite, or the counts do not fit together (each 0 or more,
    /// <paramref name="together"/> at most each of <paramref name="conceptTexts"/> and <paramref name="wordTexts"/>, and those at
    /// most <paramref name="texts"/>, which is at least 1).
    /// </exception>
    public ConceptSuggestion(string concept, string language, IReadOnlyList<string> labels, bool isNewConcept, double score, int together, int conceptTexts, int wordTexts, int texts)
    {
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(labels);
        if (!IsConceptId(concept))
        {
            throw new ArgumentException($"'{concept}' is not a concept id: lower-case ASCII letters, digits and '-'.", nameof(concept));
        }

        var all = labels.ToImmutableArray();
        foreach (var label in all)
        {
            ArgumentNullException.ThrowIfNull(label, nameof(labels));
            if (string.IsNullOrWhiteSpace(label) || label.IndexOfAny([',', '\n', '\r']) >= 0)
            {
                throw new ArgumentException($"The label '{label}' is blank or holds a ',' or a line break, which the concept scheme's text format cannot write.", nameof(labels));
            }
        }

        if (isNewConcept ? all.Length < 2 : all.Length != 1)
        {
            throw new ArgumentException(
                isNewConcept ? "A new concept needs at least two labels." : "A label for an existing concept is one label.",
                nameof(labels));
        }

        if (!double.IsFinite(score) || score < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A G² score is finite and 0 or more.");
        }

        if (texts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(texts), texts, "At least one text was mined.");
        }

        CheckCount(conceptTexts, texts, nameof(conceptTexts), nameof(texts));
        CheckCount(wordTexts, texts, nameof(wordTexts), nameof(texts));
        CheckCount(together, Math.Min(conceptTexts, wordTexts), nameof(together), "conceptTexts and wordTexts");
        Concept = concept;
        Language = LanguageTag.Normalise(language, nameof(language));
        Labels = all;
        IsNewConcept = isNewConcept;
        Score = score;
        Together = together;
        ConceptTexts = conceptTexts;
        WordTexts = wordTexts;
        Texts = texts;
    }

    /// <summary>The concept's id: an existing concept that gets a label, or a new concept.</summary>
    public string Concept { get; }

    /// <summary>The language of the labels.</summary>
    public string Language { get; }

    /// <summary>The label to add (one), or the labels of a new concept, each as most often written (lower case).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Whether <see cref="Concept"/> is a new concept, not yet in the scheme that was mined against.</summary>
    public bool IsNewConcept { get; }

    /// <summary>Dunning's G² (log-likelihood ratio) of the co-occurrence; the higher, the less likely it is chance.</summary>
    public double Score { get; }

    /// <summary>How many texts hold both the concept (for a new concept: its first label) and the word.</summary>
    public int Together { get; }

    /// <summary>How many texts express the concept (for a new concept: hold its first label).</summary>
    public int ConceptTexts { get; }

    /// <summary>How many texts hold the word (for a new concept: its second label).</summary>
    public int WordTexts { get; }

    /// <summary>How many texts of <see cref="Language"/> were mined.</summary>
    public int Texts { get; }

    /// <inheritdoc />
    public bool Equals(ConceptSuggestion? other) =>
        other is not null
        && string.Equals(Concept, other.Concept, StringComparison.Ordinal)
        && string.Equals(Language, other.Language, StringComparison.Ordinal)
        && Labels.SequenceEqual(other.Labels, StringComparer.Ordinal)
        && IsNewConcept == other.IsNewConcept
        && Score.Equals(other.Score)
        && Together == other.Together
        && ConceptTexts == other.ConceptTexts
        && WordTexts == other.WordTexts
        && Texts == other.Texts;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConceptSuggestion);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Concept), StringComparer.Ordinal.GetHashCode(Language), StringComparer.Ordinal.GetHashCode(Labels[0]), Score, Together);

    /// <summary>The suggestion as a line of the <see cref="ConceptScheme"/> text format: <c>schoolverzuim@en: truancy</c> (Dutch labels without <c>@nl</c>).</summary>
    /// <returns>The line, without a line break.</returns>
    public override string ToString() =>
        string.Concat(Concept, Language == LanguageTag.Dutch ? string.Empty : "@" + Language, ": ", string.Join(", ", Labels));

    /// <summary>The evidence for a reviewer, as a comment line of the text format: the score and the counts.</summary>
    internal string Evidence() =>
        IsNewConcept
            ? string.Create(CultureInfo.InvariantCulture, $"# new concept: G² {Score:0.0}; {Together} of {Texts} texts hold both words; '{Labels[0]}' is in {ConceptTexts}, '{Labels[1]}' in {WordTexts}")
            : string.Create(CultureInfo.InvariantCulture, $"# new label: G² {Score:0.0}; {Together} of {Texts} texts hold both; the concept is in {ConceptTexts}, '{Labels[0]}' in {WordTexts}");

    internal static bool IsConceptId(string id) =>
        id.Length > 0 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static void CheckCount(int count, int most, string name, string mostName)
    {
        if (count < 0 || count > most)
        {
            throw new ArgumentOutOfRangeException(name, count, $"{name} is from 0 to {mostName} ({most}).");
        }
    }

    private sealed class Stored
    {
        public required string Concept { get; init; }

        public required string Language { get; init; }

        public required IReadOnlyList<string> Labels { get; init; }

        public required bool IsNewConcept { get; init; }

        public required double Score { get; init; }

        public required int Together { get; init; }

        public required int ConceptTexts { get; init; }

        public required int WordTexts { get; init; }

        public required int Texts { get; init; }
    }

    private sealed class Converter : StoredFormJsonConverter<ConceptSuggestion, Stored>
    {
        protected override ConceptSuggestion FromStored(Stored stored) =>
            new(stored.Concept, stored.Language, stored.Labels, stored.IsNewConcept, stored.Score, stored.Together, stored.ConceptTexts, stored.WordTexts, stored.Texts);

        protected override Stored ToStored(ConceptSuggestion value) => new()
        {
            Concept = value.Concept,
            Language = value.Language,
            Labels = value.Labels,
            IsNewConcept = value.IsNewConcept,
            Score = value.Score,
            Together = value.Together,
            ConceptTexts = value.ConceptTexts,
            WordTexts = value.WordTexts,
            Texts = value.Texts,
        };
    }
}
