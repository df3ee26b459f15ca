using System.Text;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Matching.Concepts;

/// <summary>
/// The suggestions of <see cref="ConceptSuggester"/>, best first, in a form a coordinator can review and an app can apply:
/// <see cref="ToString"/> writes them in the <see cref="ConceptScheme"/> text format, each line after a comment with its
/// evidence, for <c>MatchingOptions.ThesaurusFiles</c> or <c>MatchingOptions.ThesaurusEntries</c> (in a host:
/// <c>Cfc:Matching:ThesaurusFiles</c>, <c>Cfc:Matching:ThesaurusEntries</c>).
/// </summary>
/// <remarks>
/// Immutable. The order is canonical whatever order the suggestions were given in: by <see cref="ConceptSuggestion.Score"/>,
/// highest first, then by language, concept and labels (ordinal). Two values are equal when they hold equal suggestions.
/// JSON (camelCase here): <c>{"suggestions": [...]}</c>.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ConceptSuggestions : IEquatable<ConceptSuggestions>
{
    /// <summary>Holds <paramref name="suggestions"/> in the canonical order.</summary>
    /// <param name="suggestions">The suggestions, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="suggestions"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two suggestions give the same concept the same label in the same language.</exception>
    public ConceptSuggestions(IReadOnlyList<ConceptSuggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var suggestion in suggestions)
        {
            ArgumentNullException.ThrowIfNull(suggestion, nameof(suggestions));
            if (!seen.Add(suggestion.ToString()))
            {
                throw new ArgumentException($"'{suggestion}' is suggested twice.", nameof(suggestions));
            }
        }

        Suggestions = [.. suggestions.Order(Ranking.Instance)];
    }

    /// <summary>No suggestions.</summary>
    public static ConceptSuggestions None { get; } = new([]);

    /// <summary>Every suggestion, best first.</summary>
    public IReadOnlyList<ConceptSuggestion> Suggestions { get; }

    /// <summary>The suggested alternative labels of existing concepts, best first.</summary>
    public IReadOnlyList<ConceptSuggestion> Labels => [.. Suggestions.Where(s => !s.IsNewConcept)];

    /// <summary>The suggested new concepts, best first.</summary>
    public IReadOnlyList<ConceptSuggestion> NewConcepts => [.. Suggestions.Where(s => s.IsNewConcept)];

    /// <summary>The best <paramref name="perLanguage"/> labels and the best <paramref name="perLanguage"/> new concepts of each language.</summary>
    /// <param name="perLanguage">How many of each kind to keep per language, 1 or more.</param>
    /// <returns>The kept suggestions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perLanguage"/> is less than 1.</exception>
    public ConceptSuggestions Top(int perLanguage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perLanguage, 1);
        return new([.. Suggestions.GroupBy(s => (s.Language, s.IsNewConcept)).SelectMany(g => g.Take(perLanguage))]);
    }

    /// <summary>The suggestions in the languages given.</summary>
    /// <param name="languages">Language tags such as <c>en</c>.</param>
    /// <returns>The suggestions whose language is one of them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="languages"/> or a tag is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tag is not a language tag.</exception>
    public ConceptSuggestions InLanguages(IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var kept = languages.Select(l => Analysis.LanguageTag.Normalise(l ?? throw new ArgumentNullException(nameof(languages)), nameof(languages))).ToHashSet(StringComparer.Ordinal);
        return new([.. Suggestions.Where(s => kept.Contains(s.Language))]);
    }

    /// <summary>The suggestions as a concept scheme, to merge with the one they were mined against (<see cref="ConceptScheme.Merge"/>).</summary>
    /// <returns>The scheme of the suggested labels and concepts.</returns>
    public ConceptScheme ToConceptScheme() => ConceptScheme.Parse(ToString());

    /// <inheritdoc />
    public bool Equals(ConceptSuggestions? other) => other is not null && Suggestions.SequenceEqual(other.Suggestions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConceptSuggestions);

    /// <inheritdoc />
    public override int GetHashCode() => Suggestions.Count == 0 ? 0 : HashCode.Combine(Suggestions.Count, Suggestions[0]);

    /// <summary>
    /// The suggestions in the <see cref="ConceptScheme"/> text format, best first, each line after a comment line with its
    /// score and counts; <see cref="ConceptScheme.Parse"/> reads it. Delete the lines you do not accept.
    /// </summary>
    /// <returns>The text, one suggestion per two lines, each ending in a line break.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var suggestion in Suggestions)
        {
            builder.Append(suggestion.Evidence()).Append('\n').Append(suggestion).Append('\n');
        }

        return builder.ToString();
    }

    private sealed class Stored
    {
        public required IReadOnlyList<ConceptSuggestion> Suggestions { get; init; }
    }

    private sealed class Converter : StoredFormJsonConverter<ConceptSuggestions, Stored>
    {
        protected override ConceptSuggestions FromStored(Stored stored) => new(stored.Suggestions);

        protected override Stored ToStored(ConceptSuggestions value) => new() { Suggestions = value.Suggestions };
    }

    private sealed class Ranking : IComparer<ConceptSuggestion>
    {
        public static readonly Ranking Instance = new();

        public int Compare(ConceptSuggestion? x, ConceptSuggestion? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? 1 : -1;
            }

            var order = y.Score.CompareTo(x.Score);
            order = order != 0 ? order : string.CompareOrdinal(x.Language, y.Language);
            order = order != 0 ? order : string.CompareOrdinal(x.Concept, y.Concept);
            for (var i = 0; order == 0 && i < Math.Min(x.Labels.Count, y.Labels.Count); i++)
            {
                order = string.CompareOrdinal(x.Labels[i], y.Labels[i]);
            }

            return order != 0 ? order : x.Labels.Count.CompareTo(y.Labels.Count);
        }
    }
}
