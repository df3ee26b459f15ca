using System.Globalization;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Matching.Concepts;

/// <summary>
/// Mines concept suggestions from a corpus by co-occurrence, for a coordinator to review: words that issues write together
/// with a concept of the scheme far more often than chance, as new alternative labels of that concept, and pairs of words
/// no concept covers that issues write together, as candidate new concepts. An offline step: the index is not changed.
/// </summary>
/// <remarks>
/// <para>
/// Each issue's title and text (and each organisation's expertise) is analysed by the <see cref="Analyzer"/> in its own
/// language (detected when not given), and counted once per word stem and concept it holds; texts are compared only with
/// texts of their own language. A word is a candidate when it is not a stop word or common word of the field, holds no digit
/// (years, numbers), and carries no concept of the scheme yet (alone, as the analyzer reads it).
/// </para>
/// <para>
/// The score is Dunning's log-likelihood ratio G² of the 2×2 table of texts (with both, with one, with the other, with
/// neither), kept only for a positive association, at least <see cref="MinCount"/> texts together and a G² of at least
/// <see cref="MinScore"/>; and a label must be mostly written where its concept is: at least half of the texts with the
/// word express the concept (of a new concept's two words, at least half of the texts with either hold both). G² alone
/// would also suggest a general word (<c>nodig</c>, <c>needed</c>) that many texts of a concept happen to write, and a
/// label makes every text with the word express the concept. G² rather than pointwise mutual information because PMI rates a word seen once with a concept
/// highest of all, while G² grows with the evidence and stays reliable for the small counts of a network's corpus
/// (T. Dunning, "Accurate methods for the statistics of surprise and coincidence", 1993). The default
/// <see cref="DefaultMinScore"/>, 10.83, is the χ² value (one degree of freedom) that chance exceeds once in a thousand.
/// </para>
/// <para>
/// A word is suggested for one concept only, the one it scores highest with; a word suggested as a label is not also part of
/// a new concept, and a word is part of one new concept at most (the best pair first). A label is shown as the word's
/// form most often written, in lower case. The result depends on the texts alone, not on the order they were given in;
/// ties are ordered by text. Co-occurrence finds words written about the same problem, not only synonyms: review every line.
/// </para>
/// </remarks>
public sealed class ConceptSuggester
{
    /// <summary>The default <see cref="MinCount"/>: 2 texts.</summary>
    public const int DefaultMinCount = 2;

    /// <summary>The default <see cref="MinScore"/>: 10.83, the χ² (one degree of freedom) that chance exceeds with probability 0.001.</summary>
    public const double DefaultMinScore = 10.83;

    private const string NewConceptPrefix = "suggested";

    /// <summary>Creates a suggester that mines against the scheme of <paramref name="analyzer"/>.</summary>
    /// <param name="analyzer">The analyzer the index uses; its <see cref="TextAnalyzer.Concepts"/> is the scheme to extend.</param>
    /// <param name="minCount">The fewest texts a word and a concept (or two words) must share to be suggested, 1 or more.</param>
    /// <param name="minScore">The lowest G² to suggest, 0 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="analyzer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minCount"/> is less than 1, or <paramref name="minScore"/> is negative or not finite.</exception>
    public ConceptSuggester(TextAnalyzer analyzer, int minCount = DefaultMinCount, double minScore = DefaultMinScore)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        if (!double.IsFinite(minScore) || minScore < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minScore), minScore, "The lowest G² to suggest is finite and 0 or more.");
        }

        Analyzer = analyzer;
        MinCount = minCount;
        MinScore = minScore;
    }

    /// <summary>The analyzer whose languages and concept scheme the suggestions are for.</summary>
    public TextAnalyzer Analyzer { get; }

    /// <summary>The fewest texts a word and a concept (or two words) must share to be suggested.</summary>
    public int MinCount { get; }

    /// <summary>The lowest G² to suggest.</summary>
    public double MinScore { get; }

    /// <summary>Mines suggestions from issues and, optionally, organisations' expertise.</summary>
    /// <param name="issues">The issues, each in its language (detected when it has none).</param>
    /// <param name="expertise">Organisations' expertise, each in its language (detected when it has none); <see langword="null"/> for none.</param>
    /// <param name="languages">The languages to suggest labels in (tags such as <c>en</c>); <see langword="null"/> for every language of the texts.</param>
    /// <returns>The suggestions, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issues"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An issue, an expertise profile or a language is <see langword="null"/>, or a language is not a language tag.</exception>
    public ConceptSuggestions Suggest(IEnumerable<LocalIssue> issues, IEnumerable<ExpertiseProfile>? expertise = null, IEnumerable<string>? languages = null)
    {
        ArgumentNullException.ThrowIfNull(issues);
        HashSet<string>? kept = null;
        if (languages is not null)
        {
            kept = new HashSet<string>(StringComparer.Ordinal);
            foreach (var language in languages)
            {
                if (language is null)
                {
                    throw new ArgumentException("A language is null.", nameof(languages));
                }

                kept.Add(LanguageTag.Normalise(language, nameof(languages)));
            }
        }

        var texts = new List<(string Language, string Text)>();
        foreach (var issue in issues)
        {
            if (issue is null)
            {
                throw new ArgumentException("An issue is null.", nameof(issues));
            }

            texts.Add((issue.Language ?? Analyzer.DetectLanguage(issue.Title, issue.Text), issue.Title + "\n" + issue.Text));
        }

        foreach (var profile in expertise ?? [])
        {
            if (profile is null)
            {
                throw new ArgumentException("An expertise profile is null.", nameof(expertise));
            }

            texts.Add((profile.Language ?? Analyzer.DetectLanguage(profile.Description), profile.Description));
        }

        var suggestions = new List<ConceptSuggestion>();
        foreach (var group in texts.GroupBy(t => t.Language, StringComparer.Ordinal))
        {
            if (kept is null || kept.Contains(group.Key))
            {
                suggestions.AddRange(new LanguageCounts(this, group.Key, group.Select(t => t.Text)).Suggest());
            }
        }

        return new ConceptSuggestions(suggestions);
    }

    /// <summary>Dunning's G² of a 2×2 table of texts; 0 unless the two co-occur more often than chance.</summary>
    internal static double LogLikelihoodRatio(int together, int first, int second, int texts)
    {
        if ((long)together * texts <= (long)first * second)
        {
            return 0;
        }

        double n = texts;
        var firstOnly = first - together;
        var secondOnly = second - together;
        var neither = texts - first - second + together;
        var sum = Cell(together, first, second) + Cell(firstOnly, first, texts - second) + Cell(secondOnly, texts - first, second) + Cell(neither, texts - first, texts - second);
        return Math.Max(0, 2 * sum);

        double Cell(int count, int row, int column) => count == 0 ? 0 : count * Math.Log(count * n / ((double)row * column));
    }

    /// <summary>The counts of one language's texts: per text its candidate words and its concepts.</summary>
    private sealed class LanguageCounts
    {
        private readonly ConceptSuggester _owner;
        private readonly string _language;
        private readonly Dictionary<string, Dictionary<string, int>> _forms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, bool> _candidates = new(StringComparer.Ordinal);
        private readonly List<(string[] Words, string[] Concepts)> _texts = [];

        public LanguageCounts(ConceptSuggester owner, string language, IEnumerable<string> texts)
        {
            _owner = owner;
            _language = language;
            foreach (var text in texts)
            {
                var words = new SortedSet<string>(StringComparer.Ordinal);
                var concepts = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var term in owner.Analyzer.Analyze(text, language))
                {
                    if (term.Kind == TermKind.Concept)
                    {
                        concepts.Add(term.Term[TextAnalyzer.ConceptPrefix.Length..]);
                    }
                    else if (term.Kind == TermKind.Word && IsCandidate(term.Surface))
                    {
                        words.Add(term.Term);
                        CountForm(term.Term, term.Surface.ToLowerInvariant());
                    }
                }

                _texts.Add(([.. words], [.. concepts]));
            }
        }

        public IEnumerable<ConceptSuggestion> Suggest()
        {
            var n = _texts.Count;
            var wordTexts = Count(_texts.SelectMany(t => t.Words));
            var conceptTexts = Count(_texts.SelectMany(t => t.Concepts));
            var minCount = _owner.MinCount;

            // Alternative labels: each word with the concept it scores highest with (ties: the concept's id).
            var together = Count(_texts.SelectMany(t => t.Words.Where(w => wordTexts[w] >= minCount).SelectMany(w => t.Concepts.Select(c => (Word: w, Concept: c)))));
            var best = new SortedDictionary<string, ConceptSuggestion>(StringComparer.Ordinal);
            foreach (var ((word, concept), count) in together)
            {
                var score = LogLikelihoodRatio(count, conceptTexts[concept], wordTexts[word], n);
                if (count < minCount || 2 * count < wordTexts[word])
                {
                    continue;
                }

                if (score >= _owner.MinScore && score > 0
                    && (!best.TryGetValue(word, out var current) || score > current.Score || (score.Equals(current.Score) && string.CompareOrdinal(concept, current.Concept) < 0)))
                {
                    best[word] = new ConceptSuggestion(concept, _language, [FormOf(word)], isNewConcept: false, score, count, conceptTexts[concept], wordTexts[word], n);
                }
            }

            // New concepts: pairs of words that are no label and no suggested label, best pair first, each word in one pair.
            var free = wordTexts.Where(w => w.Value >= minCount && !best.ContainsKey(w.Key)).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
            var pairs = Count(_texts.SelectMany(t => Pairs(t.Words.Where(free.Contains).ToArray())));
            var ranked = pairs
                .Where(p => p.Value >= minCount)
                .Select(p => (Pair: p.Key, Count: p.Value, Score: LogLikelihoodRatio(p.Value, wordTexts[p.Key.First], wordTexts[p.Key.Second], n)))
                .Where(p => p.Score >= _owner.MinScore && p.Score > 0 && 2 * p.Count >= Math.Max(wordTexts[p.Pair.First], wordTexts[p.Pair.Second]))
                .OrderByDescending(p => p.Score)
                .ThenBy(p => p.Pair.First, StringComparer.Ordinal)
                .ThenBy(p => p.Pair.Second, StringComparer.Ordinal);
            var used = new HashSet<string>(StringComparer.Ordinal);
            var concepts = new List<ConceptSuggestion>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (pair, count, score) in ranked)
            {
                if (used.Contains(pair.First) || used.Contains(pair.Second))
                {
                    continue;
                }

                used.Add(pair.First);
                used.Add(pair.Second);
                string[] labels = [FormOf(pair.First), FormOf(pair.Second)];
                var id = NewConceptId(labels, ids);
                concepts.Add(new ConceptSuggestion(id, _language, labels, isNewConcept: true, score, count, wordTexts[pair.First], wordTexts[pair.Second], n));
            }

            return best.Values.Concat(concepts);
        }

        private static Dictionary<T, int> Count<T>(IEnumerable<T> items)
            where T : notnull
        {
            var counts = new Dictionary<T, int>();
            foreach (var item in items)
            {
                counts[item] = counts.GetValueOrDefault(item) + 1;
            }

            return counts;
        }

        // The words of a text are sorted, so each pair comes once with its first word first in ordinal order.
        private static IEnumerable<(string First, string Second)> Pairs(string[] words)
        {
            for (var i = 0; i < words.Length; i++)
            {
                for (var j = i + 1; j < words.Length; j++)
                {
                    yield return (words[i], words[j]);
                }
            }
        }

        // A new concept's id names its language and words; it never takes an id of the scheme or of another suggestion.
        private string NewConceptId(string[] labels, HashSet<string> ids)
        {
            var words = labels.Select(l => new string([.. LanguageAnalysis.FoldAccents(l).Where(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))]));
            var id = string.Join('-', new[] { NewConceptPrefix, _language }.Concat(words.Where(w => w.Length > 0)));
            var unique = id;
            for (var i = 2; _owner.Analyzer.Concepts.Contains(unique) || !ids.Add(unique); i++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{id}-{i}");
            }

            return unique;
        }

        private bool IsCandidate(string surface)
        {
            var key = surface.ToLowerInvariant();
            if (!_candidates.TryGetValue(key, out var candidate))
            {
                var analyzer = _owner.Analyzer;
                candidate = !key.Any(char.IsDigit)
                    && key.IndexOfAny([',', '\n', '\r']) < 0
                    && !analyzer.IsCommonWord(key, _language)
                    && !analyzer.Analyze(key, _language).Any(t => t.Kind == TermKind.Concept);
                _candidates[key] = candidate;
            }

            return candidate;
        }

        private void CountForm(string stem, string form)
        {
            if (!_forms.TryGetValue(stem, out var forms))
            {
                _forms[stem] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            forms[form] = forms.GetValueOrDefault(form) + 1;
        }

        // The form most often written; of equally frequent forms the first in ordinal order.
        private string FormOf(string stem) =>
            _forms[stem].OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
    }
}
