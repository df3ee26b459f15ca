using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Nl;

namespace Cfc.Sdk.Matching.Analysis;

/// <summary>
/// Dutch text analysis for matching: tokenising, case and accent folding, stop words (the Snowball
/// Dutch list and common Dutch verbs, adverbs and conjunctions that carry no topic), Snowball Dutch stemming (from Lucene.Net.Analysis.Common), compound splitting
/// (<c>schoolverzuim</c> → <c>school</c> + <c>verzuim</c>) and thesaurus concepts
/// (<c>krappe beurs</c>, <c>minima</c>, <c>schulden</c> → <c>~armoede</c>).
/// </summary>
/// <remarks>
/// <para>
/// Compounds are split against a fixed lexicon: the built-in list of common Dutch words of the field,
/// every single word of the thesaurus and the caller's extra words. Parts are at least four letters;
/// the linking forms <c>-s-</c>, <c>-e-</c> and <c>-en-</c> are recognised. Because the lexicon is
/// fixed, the analysis of a text never depends on what else was analysed or indexed. A part passes its
/// thesaurus concepts on to the compound (<c>kinderarmoede</c> → <c>~armoede</c>), except a few words that mean
/// something else inside a compound (<c>baan</c> is a job, but <c>padelbaan</c> is a court).
/// </para>
/// <para>
/// Common words of the field (<c>kinderen</c>, <c>ouders</c>, <c>jongeren</c>, ..., see <see cref="IsCommonWord"/>) are
/// indexed but count little, bring in no thesaurus concept (neither alone nor as a part of a compound), and a match must
/// share something other than them to be proposed. A concept reached through another word (<c>pleegzorg</c> →
/// <c>~gezin</c>) is an ordinary term.
/// </para>
/// <para>
/// Each distinct word is analysed once and cached, with its terms interned as integer ids; the cache
/// grows with the vocabulary seen. An instance is safe for concurrent use by any number of threads.
/// </para>
/// </remarks>
public sealed class DutchTextAnalyzer
{
    private const string CompoundPartsResource = "Cfc.Sdk.Matching.compound-parts-nl.txt";
    private const string ExtraStopWordsResource = "Cfc.Sdk.Matching.stop-words-nl.txt";
    private const string CommonWordsResource = "Cfc.Sdk.Matching.common-words-nl.txt";
    private const int MinPartLength = 4;

    // Words whose concepts a compound does not take from them as a part: "baan" is a job alone (and in "bijbaan",
    // which the thesaurus lists), but a court in "padelbaan", a rink in "ijsbaan" and a slide in "glijbaan";
    // "taal" is a language skill alone but not in "moedertaal". Alone they keep their concepts.
    private static readonly string[] s_partsWithoutConcepts = ["baan", "banen", "taal", "talen"];
    private const int MinCompoundLength = 2 * MinPartLength;
    private const int MaxWordLength = 64;

    private static readonly Lazy<DutchTextAnalyzer> s_default = new(() => new DutchTextAnalyzer(Thesaurus.Default));
    private static readonly string[] s_linkingForms = ["s", "en", "e"];

    // Lucene's DutchAnalyzer keeps these apart from the Snowball rules for the same reason: the plural
    // of "kind" is "kinderen", which the Snowball rules stem to "kinder".
    private static readonly Dictionary<string, string> s_stemOverrides = new(StringComparer.Ordinal)
    {
        ["kind"] = "kinder",
        ["kinds"] = "kinder",
        ["fiets"] = "fiets",
        ["ei"] = "eier",
    };

    private readonly HashSet<string> _stopWords;
    private readonly HashSet<string> _lexicon;
    private readonly Dictionary<string, int[]> _conceptsByStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Phrase[]> _phrasesByFirstStem = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordInfo> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly ConcurrentDictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly Lock _termLock = new();
    private readonly Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer _stemmer = new();
    private readonly Lock _stemLock = new();
    private readonly bool[] _common;
    private readonly bool[] _supporting;
    private readonly HashSet<string> _partStemsWithoutConcepts;
    private string[] _terms = new string[1024];
    private int _termCount;

    /// <summary>Creates an analyzer with the built-in thesaurus and compound lexicon.</summary>
    public DutchTextAnalyzer()
        : this(Thesaurus.Default)
    {
    }

    /// <summary>Creates an analyzer with the given thesaurus.</summary>
    /// <param name="thesaurus">The concepts to recognise; <see cref="Thesaurus.Empty"/> for none.</param>
    /// <param name="compoundParts">Extra words the compound splitter may use as parts, beyond the built-in lexicon and the thesaurus' words; <see langword="null"/> for none.</param>
    /// <param name="commonWords">
    /// Extra words that, like the built-in <c>kinderen</c>, <c>ouders</c> and <c>jongeren</c>, occur in a large share of issues:
    /// they count little (<see cref="MatchingOptions.CommonWordWeight"/>) and a match that shares nothing else is not proposed;
    /// <see langword="null"/> for none.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="thesaurus"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A compound part or common word is <see langword="null"/> or blank.</exception>
    public DutchTextAnalyzer(Thesaurus thesaurus, IEnumerable<string>? compoundParts = null, IEnumerable<string>? commonWords = null)
    {
        ArgumentNullException.ThrowIfNull(thesaurus);
        Thesaurus = thesaurus;
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _stopWords = new HashSet<string>(DutchAnalyzer.DefaultStopSet.Select(Fold).Concat(Thesaurus.ReadWordList(ExtraStopWordsResource).Select(Fold)), StringComparer.Ordinal);

        _partStemsWithoutConcepts = new HashSet<string>(s_partsWithoutConcepts.Select(StemFolded), StringComparer.Ordinal);
        _lexicon = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Thesaurus.ReadWordList(CompoundPartsResource))
        {
            AddToLexicon(word);
        }

        foreach (var word in compoundParts ?? [])
        {
            if (string.IsNullOrWhiteSpace(word))
            {
                throw new ArgumentException("A compound part is null or blank.", nameof(compoundParts));
            }

            AddToLexicon(word);
        }

        var conceptsByStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var phrasesByFirstStem = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var concept in thesaurus.Concepts)
        {
            var conceptId = Intern(ConceptPrefix + concept);
            foreach (var term in thesaurus.TermsOf(concept))
            {
                var words = SplitWords(term).ToArray();
                var stems = words.Select(Fold).Where(w => !IsStop(w)).Select(StemFolded).ToArray();
                if (stems.Length == 1 && words.Length > 1)
                {
                    // A phrase that keeps one content word without its stop words ("niet naar school")
                    // would make that common word ("school") express the concept: leave it out.
                    continue;
                }

                if (stems.Length == 1)
                {
                    AddToLexicon(term);
                    AddTo(conceptsByStem, stems[0], conceptId);
                }
                else if (stems.Length > 1)
                {
                    var phrase = new Phrase(stems.Select(Intern).ToArray(), conceptId);
                    if (!phrasesByFirstStem.TryGetValue(stems[0], out var list))
                    {
                        phrasesByFirstStem[stems[0]] = list = [];
                    }

                    list.Add(phrase);
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

        // Every flagged term is interned here, so the flags cover all of them and later ids are never flagged.
        var common = new List<int>();
        foreach (var word in Thesaurus.ReadWordList(CommonWordsResource).Concat(commonWords ?? []))
        {
            if (string.IsNullOrWhiteSpace(word))
            {
                throw new ArgumentException("A common word is null or blank.", nameof(commonWords));
            }

            var folded = Fold(word.Trim());
            if (!IsStop(folded))
            {
                common.Add(Intern(StemFolded(folded)));
            }
        }

        var ageTags = new List<int>();
        foreach (var (_, tag) in Indexing.VectorBuilder.AgeGroupTags)
        {
            ageTags.Add(Intern(tag));
        }

        _common = new bool[_termCount];
        _supporting = new bool[_termCount];
        foreach (var id in common)
        {
            _common[id] = _supporting[id] = true;
        }

        foreach (var id in ageTags)
        {
            _supporting[id] = true;
        }
    }

    /// <summary>The shared analyzer with the built-in thesaurus.</summary>
    public static DutchTextAnalyzer Default => s_default.Value;

    /// <summary>The prefix of concept terms, <c>~</c>.</summary>
    public const string ConceptPrefix = "~";

    /// <summary>The thesaurus this analyzer recognises.</summary>
    public Thesaurus Thesaurus { get; }

    internal int TermCount => Volatile.Read(ref _termCount);

    /// <summary>Whether the term is the stem of a common word, which counts little.</summary>
    internal bool IsCommon(int termId) => termId < _common.Length && _common[termId];

    /// <summary>
    /// Whether the term supports a match but cannot make one alone: a common word or an age group (never shown as a reason).
    /// A common word brings in no concept, so every concept is a full term, reached through a word that is not common.
    /// </summary>
    internal bool IsSupporting(int termId) => termId < _supporting.Length && _supporting[termId];

    /// <summary>Whether <paramref name="word"/> is, after stemming, one of the common words of the field, such as <c>kinderen</c> or <c>ouders</c>.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for a common word; such a word counts little and is never a match's only reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is <see langword="null"/>.</exception>
    public bool IsCommonWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var folded = Fold(word);
        return !IsStop(folded) && TryGetTermId(StemFolded(folded), out var id) && IsCommon(id);
    }

    /// <summary>Lower-cases <paramref name="word"/> (invariant) and removes its accents: <c>Coöperatie</c> → <c>cooperatie</c>.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The folded word.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is <see langword="null"/>.</exception>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (Ascii.IsValid(lower))
        {
            return lower;
        }

        if (!IsValidUnicode(lower))
        {
            // Text with lone surrogates cannot be normalised; it is folded as far as lower-casing goes.
            return lower;
        }

        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsValidUnicode(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="word"/> is a stop word (after folding) or too short to carry meaning.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for stop words such as <c>de</c>, <c>het</c>, <c>op</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is <see langword="null"/>.</exception>
    public bool IsStopWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return IsStop(Fold(word));
    }

    /// <summary>The Snowball Dutch stem of <paramref name="word"/> after folding: <c>speelplekken</c> → <c>speelplek</c>.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The stem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is <see langword="null"/>.</exception>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return StemFolded(Fold(word));
    }

    /// <summary>The parts of a compound word, folded, in order: <c>schoolverzuim</c> → <c>school</c>, <c>verzuim</c>.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The parts; empty when the word is not a compound of known parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> SplitCompound(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Decompound(Fold(word));
    }

    /// <summary>Analyses <paramref name="text"/> into the terms the matcher indexes, in text order.</summary>
    /// <param name="text">Dutch text.</param>
    /// <returns>For each non-stop word its stem, the stems of its compound parts and its concepts; then the concepts of thesaurus phrases.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<AnalyzedTerm> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        Tokenize(text, tokens);
        var terms = new List<AnalyzedTerm>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var surface = text.Substring(token.Start, token.Length);
            terms.Add(new AnalyzedTerm(TermAt(token.Word.StemId), TermKind.Word, surface));
            terms.AddRange(token.Word.PartIds.Select(id => new AnalyzedTerm(TermAt(id), TermKind.CompoundPart, surface)));
            terms.AddRange(token.Word.ConceptIds.Select(id => new AnalyzedTerm(TermAt(id), TermKind.Concept, surface)));
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var phrase in tokens[i].Word.PhraseStarts)
            {
                if (PhraseMatches(tokens, i, phrase))
                {
                    var last = tokens[i + phrase.StemIds.Length - 1];
                    var surface = text[tokens[i].Start..(last.Start + last.Length)];
                    terms.Add(new AnalyzedTerm(TermAt(phrase.ConceptId), TermKind.Concept, surface));
                }
            }
        }

        return terms;
    }

    internal static bool PhraseMatches(List<Token> tokens, int start, Phrase phrase)
    {
        var stems = phrase.StemIds;
        if (start + stems.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 1; j < stems.Length; j++)
        {
            if (tokens[start + j].Word.StemId != stems[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends the non-stop words of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    internal void Tokenize(string text, List<Token> tokens)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var i = 0;
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
            text.AsSpan(start, length).ToLowerInvariant(lower);
            var word = GetWord(lower);
            if (!word.IsStop)
            {
                tokens.Add(new Token(start, i - start, word));
            }
        }
    }

    internal WordInfo GetWord(ReadOnlySpan<char> lower) =>
        _wordLookup.TryGetValue(lower, out var word) ? word : _words.GetOrAdd(lower.ToString(), CreateWord);

    internal string TermAt(int id) => Volatile.Read(ref _terms)[id];

    internal bool TryGetTermId(string term, out int id) => _termIds.TryGetValue(term, out id);

    internal int Intern(string term)
    {
        if (_termIds.TryGetValue(term, out var id))
        {
            return id;
        }

        lock (_termLock)
        {
            if (_termIds.TryGetValue(term, out id))
            {
                return id;
            }

            id = _termCount;
            if (id == _terms.Length)
            {
                var grown = new string[_terms.Length * 2];
                Array.Copy(_terms, grown, id);
                Volatile.Write(ref _terms, grown);
            }

            _terms[id] = term;
            Volatile.Write(ref _termCount, id + 1);
            _termIds[term] = id;
            return id;
        }
    }

    private WordInfo CreateWord(string lower)
    {
        var folded = Fold(lower);
        if (IsStop(folded))
        {
            return new WordInfo { Lower = lower, IsStop = true, StemId = -1, PartIds = [], ConceptIds = [], PhraseStarts = [] };
        }

        var stem = StemFolded(folded);
        var stemId = Intern(stem);
        var parts = Decompound(folded);
        var partStems = parts.Select(StemFolded).Where(p => !string.Equals(p, stem, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();

        // A common word brings in no concept (ouders would make every issue about ~gezin), nor does a common part
        // or an ambiguous one (padel + baan is no job); a compound's own thesaurus entry always counts.
        var concepts = new SortedSet<int>();
        if (!IsCommon(stemId))
        {
            foreach (var s in parts.Select(StemFolded).Where(p => !_partStemsWithoutConcepts.Contains(p) && !IsCommonStem(p)).Prepend(stem))
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
            PartIds = [.. partStems.Select(Intern)],
            ConceptIds = [.. concepts],
            PhraseStarts = _phrasesByFirstStem.TryGetValue(stem, out var phrases) ? phrases : [],
        };
    }

    private bool IsCommonStem(string stem) => _termIds.TryGetValue(stem, out var id) && IsCommon(id);

    private bool IsStop(string folded) => folded.Length < 2 || _stopWords.Contains(folded);

    private string StemFolded(string folded)
    {
        if (s_stemOverrides.TryGetValue(folded, out var stem))
        {
            return stem;
        }

        if (folded.Length < 3 || !folded.All(char.IsAsciiLetterLower))
        {
            return folded;
        }

        lock (_stemLock)
        {
            _stemmer.SetCurrent(folded);
            _stemmer.Stem();
            return _stemmer.Current;
        }
    }

    private void AddToLexicon(string word)
    {
        var folded = Fold(word.Trim());
        if (folded.Length >= MinPartLength && !folded.Contains(' ', StringComparison.Ordinal))
        {
            _lexicon.Add(folded);
            _lexicon.Add(StemFolded(folded));
        }
    }

    private bool IsKnown(string part) =>
        part.Length >= MinPartLength && (_lexicon.Contains(part) || _lexicon.Contains(StemFolded(part)));

    private string[] Decompound(string folded)
    {
        if (folded.Length < MinCompoundLength || !folded.All(char.IsAsciiLetterLower))
        {
            return [];
        }

        var parts = new List<string>();
        return SplitInto(folded, parts, depth: 0) ? [.. parts] : [];
    }

    // Dutch compounds are head-final: try the longest known head first, then a known modifier,
    // possibly with a linking -s-, -e- or -en-, or a modifier that is itself a compound.
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
            foreach (var link in s_linkingForms)
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
