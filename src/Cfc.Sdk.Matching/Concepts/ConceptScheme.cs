using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Matching.Concepts;

/// <summary>
/// A concept scheme in the manner of SKOS: language-independent concepts of children's rights and local youth policy
/// (poverty, school absence, bullying, ...), each with labels per language (the first its preferred label, the others
/// alternative labels), broader concepts, and the CRC articles and goal areas it concerns. Two texts that express a
/// concept in different words, or in different languages, share the concept as a matching term: "absentismo escolar",
/// "persistent absence", "Schulabsentismus" and "schoolverzuim" all express <c>schoolverzuim</c>.
/// </summary>
/// <remarks>
/// <para>
/// The text format, UTF-8, one entry a line (lines starting with <c>#</c> and blank lines are ignored; several lines may
/// name the same concept and add to it):
/// </para>
/// <list type="bullet">
/// <item><c>concept: label, label, a phrase</c>: Dutch labels (the format of the thesaurus files of earlier releases);</item>
/// <item><c>concept@en: label, label</c>: labels in the language of a BCP 47 primary tag (<c>nl</c>, <c>en</c>, <c>de</c>, <c>fr</c>, <c>es</c>, <c>pap</c>, ...);</item>
/// <item><c>concept/broader: concept, concept</c>: broader concepts;</item>
/// <item><c>concept/articles: 27, 26</c>: CRC article numbers (1–54);</item>
/// <item><c>concept/goals: 3, 5</c>: goal area numbers (1–5, <see cref="GoalArea"/>).</item>
/// </list>
/// <para>
/// A concept id is lower-case ASCII letters, digits and <c>-</c>; it identifies the concept in every language (the
/// built-in ids are the Dutch names of earlier releases, kept so that their thesaurus files still extend them). Labels are
/// matched after the analysis of their language (folding, stop words, stemming), so one inflection covers the others.
/// </para>
/// <para>
/// Instances are immutable. Two schemes are equal when they hold the same concepts with the same labels, broader concepts,
/// articles and goal areas; the order of labels is kept (the first is the preferred one) but does not count for equality.
/// JSON writes the text format (<see cref="ToString"/>) as one string and reads it through <see cref="Parse"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<ConceptScheme>))]
public sealed class ConceptScheme : IEquatable<ConceptScheme>, IParsable<ConceptScheme>
{
    private const string ResourceName = "Cfc.Sdk.Matching.concepts.txt";

    private static readonly Lazy<ConceptScheme> s_default = new(LoadDefault);

    private readonly SortedDictionary<string, Concept> _concepts;

    private ConceptScheme(SortedDictionary<string, Concept> concepts)
    {
        _concepts = concepts;
        Languages = [.. concepts.Values.SelectMany(c => c.Labels.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The built-in scheme: every concept in nl, en, de, fr and es, written as the field's general vocabulary in each language.</summary>
    public static ConceptScheme Default => s_default.Value;

    /// <summary>A scheme without concepts.</summary>
    public static ConceptScheme Empty { get; } = new(new SortedDictionary<string, Concept>(StringComparer.Ordinal));

    /// <summary>The concept ids, in ordinal order.</summary>
    public IReadOnlyCollection<string> Concepts => _concepts.Keys;

    /// <summary>The languages that have labels, in ordinal order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Whether the scheme holds concept <paramref name="concept"/>.</summary>
    /// <param name="concept">A concept id.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> is <see langword="null"/>.</exception>
    public bool Contains(string concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return _concepts.ContainsKey(concept);
    }

    /// <summary>The labels of <paramref name="concept"/> in <paramref name="language"/>, the preferred one first.</summary>
    /// <param name="concept">A concept id.</param>
    /// <param name="language">A language tag such as <c>en</c>.</param>
    /// <returns>The labels; empty when the scheme has no such concept or no labels in that language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> or <paramref name="language"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> LabelsOf(string concept, string language)
    {
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(language);
        return _concepts.TryGetValue(concept, out var entry) && entry.Labels.TryGetValue(language, out var labels) ? labels : [];
    }

    /// <summary>The broader concepts of <paramref name="concept"/>, in ordinal order.</summary>
    /// <param name="concept">A concept id.</param>
    /// <returns>The broader concepts; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> BroaderOf(string concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return _concepts.TryGetValue(concept, out var entry) ? entry.Broader : [];
    }

    /// <summary>The CRC articles <paramref name="concept"/> concerns, by number.</summary>
    /// <param name="concept">A concept id.</param>
    /// <returns>The articles; empty when none are attached.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<CrcArticle> ArticlesOf(string concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return _concepts.TryGetValue(concept, out var entry) ? entry.Articles : [];
    }

    /// <summary>The goal areas <paramref name="concept"/> concerns, in their order.</summary>
    /// <param name="concept">A concept id.</param>
    /// <returns>The goal areas; empty when none are attached.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<GoalArea> GoalAreasOf(string concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return _concepts.TryGetValue(concept, out var entry) ? entry.GoalAreas : [];
    }

    /// <summary>
    /// The label a reader of <paramref name="language"/> sees for a concept: its preferred label in that language (a
    /// regional tag such as <c>de-AT</c> falls back to <c>de</c>), else in English, else in Dutch, else the concept id.
    /// </summary>
    /// <param name="conceptTerm">A concept id, or a concept term as the analyser writes it (<c>~armoede</c>).</param>
    /// <param name="language">The reader's BCP 47 language tag.</param>
    /// <returns>The label; the id without <c>~</c> for a concept the scheme does not hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conceptTerm"/> or <paramref name="language"/> is <see langword="null"/>.</exception>
    public string ConceptLabel(string conceptTerm, string language)
    {
        ArgumentNullException.ThrowIfNull(conceptTerm);
        ArgumentNullException.ThrowIfNull(language);
        var concept = conceptTerm.StartsWith(TextAnalyzer.ConceptPrefix, StringComparison.Ordinal) ? conceptTerm[TextAnalyzer.ConceptPrefix.Length..] : conceptTerm;
        if (!_concepts.TryGetValue(concept, out var entry))
        {
            return concept;
        }

        var dash = language.IndexOfAny(['-', '_']);
        var primary = (dash < 0 ? language : language[..dash]).ToLowerInvariant();
        foreach (var tag in new[] { primary, LanguageTag.English, LanguageTag.Dutch })
        {
            if (entry.Labels.TryGetValue(tag, out var labels))
            {
                return labels[0];
            }
        }

        return concept;
    }

    /// <summary>Reads a scheme in the text format from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text to read.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not in the format; the message names the line.</exception>
    public static ConceptScheme Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new Builder();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            builder.ParseLine(line, lineNumber);
        }

        return builder.Build();
    }

    /// <summary>Reads a scheme in the text format from a UTF-8 stream.</summary>
    /// <param name="stream">The stream to read; it is left open.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not in the format.</exception>
    public static ConceptScheme Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Load(reader);
    }

    /// <summary>Reads a scheme in the text format from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not in the format.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ConceptScheme LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Parses a scheme from text in the text format.</summary>
    /// <param name="text">The entries, one a line.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not in the format.</exception>
    public static ConceptScheme Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Load(reader);
    }

    /// <summary>Parses a scheme from text in the text format; the format provider is not used.</summary>
    /// <param name="s">The entries, one a line.</param>
    /// <param name="provider">Not used: the format is culture-invariant.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is not in the format.</exception>
    static ConceptScheme IParsable<ConceptScheme>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a scheme from text in the text format; the format provider is not used.</summary>
    /// <param name="s">The entries, one a line.</param>
    /// <param name="provider">Not used: the format is culture-invariant.</param>
    /// <param name="result">The scheme, or <see langword="null"/> when the text is not in the format.</param>
    /// <returns>Whether the text is in the format.</returns>
    static bool IParsable<ConceptScheme>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out ConceptScheme result)
    {
        result = null;
        if (s is null)
        {
            return false;
        }

        try
        {
            result = Parse(s);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>This scheme with the concepts, labels and relations of <paramref name="other"/> added; what both hold for a concept is united.</summary>
    /// <param name="other">The scheme to add.</param>
    /// <returns>The union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public ConceptScheme Merge(ConceptScheme other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var builder = new Builder();
        builder.Add(this);
        builder.Add(other);
        return builder.Build();
    }

    /// <inheritdoc />
    public bool Equals(ConceptScheme? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_concepts.Count == other._concepts.Count
                && _concepts.All(e => other._concepts.TryGetValue(e.Key, out var concept) && concept.Equals(e.Value))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConceptScheme);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (id, concept) in _concepts)
        {
            hash.Add(id, StringComparer.Ordinal);
            hash.Add(concept.Labels.Count);
        }

        return hash.ToHashCode();
    }

    /// <summary>The scheme in its text format, which <see cref="Parse"/> reads back.</summary>
    /// <returns>The text: per concept its Dutch labels, its labels in other languages, then its relations.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var (id, concept) in _concepts)
        {
            foreach (var (language, labels) in concept.Labels)
            {
                builder.Append(id).Append(language == LanguageTag.Dutch ? string.Empty : "@" + language).Append(": ").AppendJoin(", ", labels).Append('\n');
            }

            if (concept.Broader.Length > 0)
            {
                builder.Append(id).Append("/broader: ").AppendJoin(", ", concept.Broader).Append('\n');
            }

            if (concept.Articles.Length > 0)
            {
                builder.Append(id).Append("/articles: ").AppendJoin(", ", concept.Articles.Select(a => a.Number.ToString(CultureInfo.InvariantCulture))).Append('\n');
            }

            if (concept.GoalAreas.Length > 0)
            {
                builder.Append(id).Append("/goals: ").AppendJoin(", ", concept.GoalAreas.Select(g => ((int)g).ToString(CultureInfo.InvariantCulture))).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static ConceptScheme LoadDefault()
    {
        using var stream = typeof(ConceptScheme).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The built-in concept scheme resource '{ResourceName}' is missing from {typeof(ConceptScheme).Assembly.GetName().Name}.");
        return Load(stream);
    }

    private sealed record Concept(
        ImmutableSortedDictionary<string, ImmutableArray<string>> Labels,
        ImmutableArray<string> Broader,
        ImmutableArray<CrcArticle> Articles,
        ImmutableArray<GoalArea> GoalAreas)
    {
        public bool Equals(Concept? other) =>
            other is not null
            && Labels.Count == other.Labels.Count
            && Labels.All(l => other.Labels.TryGetValue(l.Key, out var labels) && labels.Length == l.Value.Length && labels.All(l.Value.Contains))
            && Broader.SequenceEqual(other.Broader)
            && Articles.SequenceEqual(other.Articles)
            && GoalAreas.SequenceEqual(other.GoalAreas);

        public override int GetHashCode() => Labels.Count;
    }

    private sealed class Builder
    {
        private readonly SortedDictionary<string, (SortedDictionary<string, List<string>> Labels, SortedSet<string> Broader, SortedSet<CrcArticle> Articles, SortedSet<GoalArea> Goals)> _entries = new(StringComparer.Ordinal);

        public void Add(ConceptScheme scheme)
        {
            foreach (var (id, concept) in scheme._concepts)
            {
                var entry = EntryOf(id);
                foreach (var (language, labels) in concept.Labels)
                {
                    AddLabels(entry.Labels, language, labels);
                }

                entry.Broader.UnionWith(concept.Broader);
                entry.Articles.UnionWith(concept.Articles);
                entry.Goals.UnionWith(concept.GoalAreas);
            }
        }

        public void ParseLine(string line, int lineNumber)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                return;
            }

            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? string.Empty : trimmed[..colon].Trim();
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            var at = key.IndexOf('@', StringComparison.Ordinal);
            var id = slash >= 0 ? key[..slash] : at >= 0 ? key[..at] : key;
            if (id.Length == 0 || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                throw Error(lineNumber, "expected 'concept: label, label, ...', 'concept@language: label, ...' or 'concept/broader|articles|goals: ...' with a concept id of lower-case ASCII letters, digits and '-'");
            }

            var values = trimmed[(colon + 1)..].Split(',').Select(v => string.Join(' ', v.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(v => v.Length > 0).ToArray();
            var entry = EntryOf(id);
            if (slash >= 0)
            {
                var relation = key[(slash + 1)..];
                switch (relation)
                {
                    case "broader":
                        foreach (var broader in values)
                        {
                            if (!broader.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                            {
                                throw Error(lineNumber, $"'{broader}' is not a concept id");
                            }

                            entry.Broader.Add(broader);
                        }

                        break;
                    case "articles":
                        foreach (var value in values)
                        {
                            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < CrcArticle.First or > CrcArticle.Last)
                            {
                                throw Error(lineNumber, $"'{value}' is not a CRC article number ({CrcArticle.First}–{CrcArticle.Last})");
                            }

                            entry.Articles.Add(CrcArticle.FromNumber(number));
                        }

                        break;
                    case "goals":
                        foreach (var value in values)
                        {
                            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !Enum.IsDefined((GoalArea)number))
                            {
                                throw Error(lineNumber, $"'{value}' is not a goal area number (1–5)");
                            }

                            entry.Goals.Add((GoalArea)number);
                        }

                        break;
                    default:
                        throw Error(lineNumber, $"'{relation}' is not a relation; use broader, articles or goals");
                }

                return;
            }

            var language = LanguageTag.Dutch;
            if (at >= 0)
            {
                language = key[(at + 1)..];
                if (!LanguageTag.IsValid(language))
                {
                    throw Error(lineNumber, $"'{language}' is not a language tag of two or three lower-case letters such as 'en' or 'pap'");
                }
            }

            AddLabels(entry.Labels, language, values);
        }

        public ConceptScheme Build()
        {
            var concepts = new SortedDictionary<string, Concept>(StringComparer.Ordinal);
            foreach (var (id, entry) in _entries)
            {
                var labels = entry.Labels.Where(l => l.Value.Count > 0).ToImmutableSortedDictionary(l => l.Key, l => l.Value.ToImmutableArray(), StringComparer.Ordinal);
                if (labels.Count > 0 || entry.Broader.Count > 0 || entry.Articles.Count > 0 || entry.Goals.Count > 0)
                {
                    concepts[id] = new Concept(labels, [.. entry.Broader], [.. entry.Articles], [.. entry.Goals]);
                }
            }

            return new ConceptScheme(concepts);
        }

        private static void AddLabels(SortedDictionary<string, List<string>> map, string language, IEnumerable<string> labels)
        {
            if (!map.TryGetValue(language, out var list))
            {
                map[language] = list = [];
            }

            list.AddRange(labels.Where(l => !list.Contains(l, StringComparer.Ordinal)));
        }

        private static FormatException Error(int lineNumber, string message) =>
            new(string.Create(CultureInfo.InvariantCulture, $"Concept scheme line {lineNumber}: {message}."));

        private (SortedDictionary<string, List<string>> Labels, SortedSet<string> Broader, SortedSet<CrcArticle> Articles, SortedSet<GoalArea> Goals) EntryOf(string id)
        {
            if (!_entries.TryGetValue(id, out var entry))
            {
                _entries[id] = entry = (new SortedDictionary<string, List<string>>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal), [], []);
            }

            return entry;
        }
    }
}
