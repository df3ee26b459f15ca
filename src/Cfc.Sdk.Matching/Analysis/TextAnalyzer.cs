using System.Collections.Concurrent;
using Cfc.Sdk.Matching.Concepts;

namespace Cfc.Sdk.Matching.Analysis;

/// <summary>
/// Text analysis for matching, in every language it knows: tokenising, folding, stop words, stemming, compound splitting
/// (<c>schoolverzuim</c> → <c>school</c> + <c>verzuim</c>, <c>Kinderarmut</c> → <c>kinder</c> + <c>armut</c>) and the
/// concepts of a <see cref="ConceptScheme"/> (<c>krappe beurs</c>, <c>low income</c>, <c>Kinderarmut</c> → <c>~armoede</c>),
/// each language by its <see cref="LanguageAnalysis"/>; and detection of a text's language (<see cref="DetectLanguage(string)"/>).
/// </summary>
/// <remarks>
/// <para>
/// Compounds are split against a fixed lexicon per language: the language's compound parts, every single-word label of the
/// scheme in that language and the caller's extra words. Parts are at least four letters; the language's linking elements
/// are recognised (Dutch <c>-s-</c>, <c>-e-</c>, <c>-en-</c>). Because the lexicon is fixed, the analysis of a text never
/// depends on what else was analysed or indexed. A part passes its concepts on to the compound (<c>kinderarmoede</c> →
/// <c>~armoede</c>), except the language's <see cref="LanguageAnalysis.PartsWithoutConcepts"/>.
/// </para>
/// <para>
/// Common words of the field (<c>kinderen</c>, <c>children</c>, <c>Eltern</c>, ..., see <see cref="IsCommonWord"/>) are
/// indexed but count little, bring in no concept (neither alone nor as a part of a compound), and a match must share
/// something other than them to be proposed.
/// </para>
/// <para>
/// Terms are shared between languages: a concept is one term whatever the language of the words that expressed it, and a
/// stem written alike (<c>school</c>, <c>sport</c>) is one term. Each distinct word of a language is analysed once and
/// cached, with its terms interned as integer ids; the cache grows with the vocabulary seen. An instance is safe for
/// concurrent use by any number of threads.
/// </para>
/// </remarks>
public sealed class TextAnalyzer
{
    /// <summary>The prefix of concept terms, <c>~</c>.</summary>
    public const string ConceptPrefix = "~";

    private static readonly Lazy<TextAnalyzer> s_default = new(() => new TextAnalyzer(ConceptScheme.Default));

    private readonly ConcurrentDictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly Lock _termLock = new();
    private Dictionary<string, LanguageWords> _languages = new(StringComparer.Ordinal);
    private readonly Lock _languageLock = new();
    private readonly LanguageDetector _detector;
    private readonly bool[] _common;
    private readonly bool[] _supporting;
    private LanguageWords[] _languageById;
    private string[] _terms = new string[1024];
    private int _termCount;

    /// <summary>Creates an analyzer with the built-in languages, concept scheme and compound lexicons.</summary>
    public TextAnalyzer()
        : this(ConceptScheme.Default)
    {
    }

    /// <summary>Creates an analyzer with the given concept scheme and languages.</summary>
    /// <param name="concepts">The concepts to recognise; <see cref="ConceptScheme.Empty"/> for none.</param>
    /// <param name="languages">
    /// Analyses that add languages or replace built-in ones (an analysis replaces the built-in one of its language);
    /// <see langword="null"/> for the built-in ones only.
    /// </param>
    /// <param name="compoundParts">Extra words the compound splitter of every compounding language may use as parts; <see langword="null"/> for none.</param>
    /// <param name="commonWords">
    /// Extra common words, in any language, beyond each language's own (<see cref="LanguageAnalysis.CommonWords"/>): they
    /// count little (<see cref="MatchingOptions.CommonWordWeight"/>) and a match that shares nothing else is not proposed;
    /// <see langword="null"/> for none.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="concepts"/> is <see langword="null"/>, or an analysis is.</exception>
    /// <exception cref="ArgumentException">A compound part or common word is <see langword="null"/> or blank.</exception>
    public TextAnalyzer(ConceptScheme concepts, IEnumerable<LanguageAnalysis>? languages = null, IEnumerable<string>? compoundParts = null, IEnumerable<string>? commonWords = null)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        Concepts = concepts;
        var extraParts = (compoundParts ?? []).ToArray();
        if (extraParts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A compound part is null or blank.", nameof(compoundParts));
        }

        var extraCommon = (commonWords ?? []).ToArray();
        if (extraCommon.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A common word is null or blank.", nameof(commonWords));
        }

        var analyses = new Dictionary<string, LanguageAnalysis>(StringComparer.Ordinal);
        foreach (var analysis in LanguageAnalysis.BuiltIn)
        {
            analyses[analysis.Language] = analysis;
        }

        foreach (var analysis in languages ?? [])
        {
            ArgumentNullException.ThrowIfNull(analysis, nameof(languages));
            analyses[analysis.Language] = analysis;
        }

        foreach (var language in concepts.Languages.Where(l => !analyses.ContainsKey(l)))
        {
            analyses[language] = LanguageAnalysis.Generic(language);
        }

        _languageById = [];
        foreach (var analysis in analyses.Values.OrderBy(a => LanguageTag.BuiltIn.Contains(a.Language) ? LanguageTag.BuiltIn.ToList().IndexOf(a.Language) : int.MaxValue).ThenBy(a => a.Language, StringComparer.Ordinal))
        {
            AddLanguage(new LanguageWords(this, analysis, _languageById.Length, extraParts));
        }

        foreach (var words in _languageById)
        {
            words.AddConcepts(concepts);
        }

        // Every flagged term is interned here, so the flags cover all of them and later ids are never flagged.
        var common = new List<int>();
        foreach (var words in _languageById)
        {
            foreach (var word in words.Analysis.CommonWords.Concat(extraCommon))
            {
                if (words.TryStemOf(word.Trim(), out var stem))
                {
                    common.Add(Intern(stem));
                }
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

        _detector = new LanguageDetector(_languageById.Select(w => w.Analysis));
    }

    /// <summary>The shared analyzer with the built-in languages and concept scheme.</summary>
    public static TextAnalyzer Default => s_default.Value;

    /// <summary>The concept scheme this analyzer recognises.</summary>
    public ConceptScheme Concepts { get; }

    /// <summary>The languages with an analysis of their own (built-in, registered, or labelled in the scheme), the built-in ones first.</summary>
    public IReadOnlyList<string> Languages => [.. Volatile.Read(ref _languageById).Select(w => w.Analysis.Language)];

    internal int TermCount => Volatile.Read(ref _termCount);

    /// <summary>The language of <paramref name="text"/> among this analyzer's languages, by the function words it uses; <c>nl</c> when undecidable.</summary>
    /// <param name="text">The text, e.g. an issue's title and description.</param>
    /// <returns>A language tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public string DetectLanguage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _detector.Detect(text);
    }

    /// <summary>
    /// The language of a document with a title and a text (an issue; an organisation's name and expertise), as the index
    /// detects it when none is given: from the title and the text together, the title alone when the text is empty.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <param name="text">The text; may be empty.</param>
    /// <returns>A language tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    public string DetectLanguage(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        return _detector.Detect(text.Length == 0 ? title : string.Concat(title, "\n", text));
    }

    /// <summary>Whether the term is the stem of a common word, which counts little.</summary>
    internal bool IsCommon(int termId) => termId < _common.Length && _common[termId];

    /// <summary>
    /// Whether the term supports a match but cannot make one alone: a common word or an age group (never shown as a reason).
    /// A common word brings in no concept, so every concept is a full term, reached through a word that is not common.
    /// </summary>
    internal bool IsSupporting(int termId) => termId < _supporting.Length && _supporting[termId];

    /// <summary>Whether <paramref name="word"/> is, after stemming in <paramref name="language"/>, one of the common words of the field, such as <c>kinderen</c> or <c>children</c>.</summary>
    /// <param name="word">The word.</param>
    /// <param name="language">The word's language tag; <c>nl</c> when not given.</param>
    /// <returns><see langword="true"/> for a common word; such a word counts little and is never a match's only reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> or <paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a valid tag.</exception>
    public bool IsCommonWord(string word, string language = LanguageTag.Dutch)
    {
        ArgumentNullException.ThrowIfNull(word);
        return For(language).TryStemOf(word, out var stem) && _termIds.TryGetValue(stem, out var id) && IsCommon(id);
    }

    /// <summary>Whether <paramref name="word"/> is a stop word of <paramref name="language"/> (after folding) or too short to carry meaning.</summary>
    /// <param name="word">The word.</param>
    /// <param name="language">The word's language tag; <c>nl</c> when not given.</param>
    /// <returns><see langword="true"/> for stop words such as Dutch <c>de</c>, <c>het</c>, <c>op</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> or <paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a valid tag.</exception>
    public bool IsStopWord(string word, string language = LanguageTag.Dutch)
    {
        ArgumentNullException.ThrowIfNull(word);
        var words = For(language);
        return words.IsStop(words.Analysis.Fold(word));
    }

    /// <summary>The stem of <paramref name="word"/> in <paramref name="language"/> after folding: Dutch <c>speelplekken</c> → <c>speelplek</c>.</summary>
    /// <param name="word">The word.</param>
    /// <param name="language">The word's language tag; <c>nl</c> when not given.</param>
    /// <returns>The stem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> or <paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a valid tag.</exception>
    public string Stem(string word, string language = LanguageTag.Dutch)
    {
        ArgumentNullException.ThrowIfNull(word);
        var words = For(language);
        return words.StemFolded(words.Analysis.Fold(word));
    }

    /// <summary>The parts of a compound word, folded, in order: <c>schoolverzuim</c> → <c>school</c>, <c>verzuim</c>.</summary>
    /// <param name="word">The word.</param>
    /// <param name="language">The word's language tag; <c>nl</c> when not given.</param>
    /// <returns>The parts; empty when the word is not a compound of known parts or the language does not split compounds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> or <paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a valid tag.</exception>
    public IReadOnlyList<string> SplitCompound(string word, string language = LanguageTag.Dutch)
    {
        ArgumentNullException.ThrowIfNull(word);
        var words = For(language);
        return words.Decompound(words.Analysis.Fold(word));
    }

    /// <summary>Analyses <paramref name="text"/> into the terms the matcher indexes, in text order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The text's language tag; <see langword="null"/> to detect it (<see cref="DetectLanguage(string)"/>).</param>
    /// <returns>For each non-stop word its stem, the stems of its compound parts and its concepts; then the concepts of multi-word labels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a valid tag.</exception>
    public IReadOnlyList<AnalyzedTerm> Analyze(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = For(language ?? DetectLanguage(text));
        var tokens = new List<Token>();
        words.Tokenize(text, tokens);
        var terms = new List<AnalyzedTerm>();
        foreach (var token in tokens)
        {
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

    /// <summary>The words and phrases of <paramref name="text"/> that carried <paramref name="concept"/>, as written, in text order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="concept">A concept id (<c>armoede</c>) or concept term (<c>~armoede</c>).</param>
    /// <param name="language">The text's language tag; <see langword="null"/> to detect it.</param>
    /// <returns>The carriers, distinct; empty when the text does not express the concept.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="concept"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a valid tag.</exception>
    public IReadOnlyList<string> ConceptCarriers(string text, string concept, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(concept);
        var term = concept.StartsWith(ConceptPrefix, StringComparison.Ordinal) ? concept : ConceptPrefix + concept;
        return [.. Analyze(text, language).Where(t => t.Kind == TermKind.Concept && string.Equals(t.Term, term, StringComparison.Ordinal)).Select(t => t.Surface).Distinct(StringComparer.Ordinal)];
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

    /// <summary>The words of <paramref name="language"/>, analysed and cached; a language without analysis of its own gets the generic one.</summary>
    internal LanguageWords For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Volatile.Read(ref _languages).TryGetValue(language, out var words))
        {
            return words;
        }

        lock (_languageLock)
        {
            if (_languages.TryGetValue(language, out words))
            {
                return words;
            }

            words = new LanguageWords(this, LanguageAnalysis.Generic(LanguageTag.Normalise(language)), _languageById.Length, []);
            if (!string.Equals(words.Analysis.Language, language, StringComparison.Ordinal))
            {
                return For(words.Analysis.Language);
            }

            AddLanguage(words);
            return words;
        }
    }

    /// <summary>The words of the language with id <paramref name="id"/>, as numbered in term vectors.</summary>
    internal LanguageWords LanguageAt(int id) => Volatile.Read(ref _languageById)[id];

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

    /// <summary>Whether the term is a word or compound part of a language's text, not a concept (<c>~</c>) nor a tag (<c>#</c>).</summary>
    internal bool IsWord(int termId) => TermAt(termId) is [not ('~' or '#'), ..];

    internal bool IsCommonStem(string stem) => _termIds.TryGetValue(stem, out var id) && IsCommon(id);

    // Readers look languages up without the lock: both tables are replaced, never changed.
    private void AddLanguage(LanguageWords words)
    {
        var byId = new LanguageWords[words.Id + 1];
        Array.Copy(_languageById, byId, words.Id);
        byId[words.Id] = words;
        Volatile.Write(ref _languageById, byId);
        Volatile.Write(ref _languages, new Dictionary<string, LanguageWords>(_languages, StringComparer.Ordinal) { [words.Analysis.Language] = words });
    }
}
