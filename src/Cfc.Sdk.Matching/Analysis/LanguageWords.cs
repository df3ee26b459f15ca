using System.Collections.Concurrent;
using Cfc.Sdk.Matching.Concepts;

namespace Cfc.Sdk.Matching.Analysis;

/// <summary>
/// The words of one language as a <see cref="TextAnalyzer"/> knows them: its analysis, its compound lexicon, the stems and
/// phrases of its concept labels, and the cache of every distinct word seen, analysed once, with terms interned in the
/// analyzer's shared term table.
/// </summary>
internal sealed class LanguageWords
{
    private const int MinPartLength = 4;
    private const int MinCompoundLength = 2 * MinPartLength;
    private const int MaxWordLength = 64;

    private readonly TextAnalyzer _analyzer;
    private readonly HashSet<string> _lexicon = new(StringComparer.Ordinal);
    private readonly string[] _links;
    private readonly HashSet<string> _partStemsWithoutConcepts;
    private readonly Dictionary<string, int[]> _conceptsByStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Phrase[]> _phrasesByFirstStem = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordInfo> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly bool _splits;

    public LanguageWords(TextAnalyzer analyzer, LanguageAnalysis analysis, int id, IReadOnlyCollection<string> extraParts)
    {
        _analyzer = analyzer;
        Analysis = analysis;
        Id = id;
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _links = [.. analysis.CompoundLinks.Select(analysis.Fold).Where(l => l.Length > 0)];
        _partStemsWithoutConcepts = new HashSet<string>(analysis.PartsWithoutConcepts.Select(w => StemFolded(analysis.Fold(w))), StringComparer.Ordinal);
        _splits = analysis.CompoundParts.Count > 0;
        foreach (var word in analysis.CompoundParts.Concat(_splits ? extraParts : []))
        {
            AddToLexicon(word);
        }
    }

    public LanguageAnalysis Analysis { get; }

    public int Id { get; }

    /// <summary>Registers the concepts' labels in this language: single words by stem (and in the compound lexicon), phrases by their first stem.</summary>
    public void AddConcepts(ConceptScheme concepts)
    {
        var conceptsByStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var phrasesByFirstStem = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var concept in concepts.Concepts)
        {
            var conceptId = _analyzer.Intern(TextAnalyzer.ConceptPrefix + concept);
            foreach (var label in concepts.LabelsOf(concept, Analysis.Language))
            {
                var words = SplitWords(label).ToArray();
                var stems = words.Select(Analysis.Fold).Where(w => !IsStop(w)).Select(StemFolded).ToArray();
                if (stems.Length == 1 && words.Length > 1)
                {
                    // A phrase that keeps one content word without its stop words ("niet naar school")
                    // would make that common word ("school") express the concept: leave it out.
                    continue;
                }

                if (stems.Length == 1)
                {
                    if (_splits)
                    {
                        AddToLexicon(label);
                    }

                    AddTo(conceptsByStem, stems[0], conceptId);
                }
                else if (stems.Length > 1)
                {
                    if (!phrasesByFirstStem.TryGetValue(stems[0], out var list))
                    {
                        phrasesByFirstStem[stems[0]] = list = [];
                    }

                    list.Add(new Phrase(stems.Select(_analyzer.Intern).ToArray(), conceptId));
                }
            }
        }

        foreach (var (stem, ids) in conceptsByStem)
        {
            _conceptsByStem[stem] = [.. ids.Distinct().Order()];
        }

        foreach (var (stem, phrases) in phrasesByFirstStem)
        {
            _phrasesByFirstStem[stem] = [.. phrases];
        }
    }

    /// <summary>The stem of a word that is not a stop word.</summary>
    public bool TryStemOf(string word, out string stem)
    {
        var folded = Analysis.Fold(word);
        stem = IsStop(folded) ? string.Empty : StemFolded(folded);
        return stem.Length > 0;
    }

    /// <summary>Appends the non-stop words of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public void Tokenize(string text, List<Token> tokens)
    {
        var position = 0;
        while (position < text.Length)
        {
            position = TokenizeNext(text, position, tokens);
        }
    }

    /// <summary>
    /// Appends the next non-stop word of <paramref name="text"/> from <paramref name="position"/> on to <paramref name="tokens"/>,
    /// none when the text has no more.
    /// </summary>
    /// <returns>The position after that word, or the text's length.</returns>
    public int TokenizeNext(string text, int position, List<Token> tokens)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var i = position;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var length = Math.Min(i - start, MaxWordLength);
            var lower = buffer[..length];
            ToLowerInvariant(text.AsSpan(start, length), lower);
            var word = GetWord(lower);
            if (!word.IsStop)
            {
                tokens.Add(new Token(start, i - start, word));
                return i;
            }
        }

        return i;
    }

    /// <summary>
    /// Writes <paramref name="word"/> in lower case as <see cref="MemoryExtensions.ToLowerInvariant"/> does: Latin-1 (the
    /// letters of most words of the five built-in languages) inline, since the invariant culture's call costs more than the
    /// rest of a word's lookup; a word with any other character through that call.
    /// </summary>
    public static void ToLowerInvariant(ReadOnlySpan<char> word, Span<char> lower)
    {
        for (var c = 0; c < word.Length; c++)
        {
            var ch = word[c];
            if (ch > '\u00FF')
            {
                word.ToLowerInvariant(lower);
                return;
            }

            lower[c] = ch is (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u00DE' and not '\u00D7') ? (char)(ch + 32) : ch;
        }
    }

    public bool IsStop(string folded) => folded.Length < 2 || Analysis.IsStopWord(folded);

    public string StemFolded(string folded) => Analysis.Stem(folded);

    public string[] Decompound(string folded)
    {
        if (!_splits || folded.Length < MinCompoundLength || !folded.All(char.IsAsciiLetterLower))
        {
            return [];
        }

        var parts = new List<string>();
        return SplitInto(folded, parts, depth: 0) ? [.. parts] : [];
    }

    private WordInfo GetWord(ReadOnlySpan<char> lower) =>
        _wordLookup.TryGetValue(lower, out var word) ? word : _words.GetOrAdd(lower.ToString(), CreateWord);

    private WordInfo CreateWord(string lower)
    {
        var folded = Analysis.Fold(lower);
        if (IsStop(folded))
        {
            return new WordInfo { Lower = lower, IsStop = true, StemId = -1, PartIds = [], ConceptIds = [], PhraseStarts = [] };
        }

        var stem = StemFolded(folded);
        var stemId = _analyzer.Intern(stem);
        var parts = Decompound(folded);
        var partStems = parts.Select(StemFolded).Where(p => !string.Equals(p, stem, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();

        // A common word brings in no concept (ouders would make every issue about ~gezin), nor does a common part
        // or an ambiguous one (padel + baan is no job); a compound's own label always counts.
        var concepts = new SortedSet<int>();
        if (!_analyzer.IsCommon(stemId))
        {
            foreach (var s in parts.Select(StemFolded).Where(p => !_partStemsWithoutConcepts.Contains(p) && !_analyzer.IsCommonStem(p)).Prepend(stem))
            {
                if (_conceptsByStem.TryGetValue(s, out var ids))
                {
                    concepts.UnionWith(ids);
                }
            }
        }

        return new WordInfo
        {
            Lower = lower,
            IsStop = false,
            StemId = stemId,
            PartIds = [.. partStems.Select(_analyzer.Intern)],
            ConceptIds = [.. concepts],
            PhraseStarts = _phrasesByFirstStem.TryGetValue(stem, out var phrases) ? phrases : [],
        };
    }

    private void AddToLexicon(string word)
    {
        var folded = Analysis.Fold(word.Trim());
        if (folded.Length >= MinPartLength && !folded.Contains(' ', StringComparison.Ordinal))
        {
            _lexicon.Add(folded);
            _lexicon.Add(StemFolded(folded));
        }
    }

    private bool IsKnown(string part) =>
        part.Length >= MinPartLength && (_lexicon.Contains(part) || _lexicon.Contains(StemFolded(part)));

    // Dutch and German compounds are head-final: try the longest known head first, then a known modifier,
    // possibly with a linking element, or a modifier that is itself a compound.
    private bool SplitInto(string word, List<string> parts, int depth)
    {
        for (var i = MinPartLength; i <= word.Length - MinPartLength; i++)
        {
            var head = word[i..];
            if (!IsKnown(head))
            {
                continue;
            }

            var modifier = word[..i];
            var found = IsKnown(modifier) ? modifier : null;
            foreach (var link in _links)
            {
                if (found is null && modifier.EndsWith(link, StringComparison.Ordinal) && IsKnown(modifier[..^link.Length]))
                {
                    found = modifier[..^link.Length];
                }
            }

            var mark = parts.Count;
            if (found is not null)
            {
                if (depth < 2 && found.Length >= MinCompoundLength)
                {
                    SplitInto(found, parts, depth + 1);
                }

                parts.Add(found);
            }
            else if (depth >= 2 || !SplitInto(modifier, parts, depth + 1))
            {
                parts.RemoveRange(mark, parts.Count - mark);
                continue;
            }

            if (depth < 2 && head.Length >= MinCompoundLength)
            {
                var headParts = new List<string>();
                if (SplitInto(head, headParts, depth + 1))
                {
                    parts.AddRange(headParts);
                }
            }

            parts.Add(head);
            return true;
        }

        return false;
    }

    private static IEnumerable<string> SplitWords(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static void AddTo(Dictionary<string, List<int>> map, string key, int value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
