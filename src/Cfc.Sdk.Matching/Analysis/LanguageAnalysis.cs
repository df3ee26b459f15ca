using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Cfc.Sdk.Matching.Analysis;

/// <summary>
/// How the words of one language are analysed for matching: folding, stop words, stemming, compound splitting and the
/// common words of the field. The extension point for languages: an app adds a language, or replaces a built-in one, by
/// deriving from this class or with <see cref="Create"/>, and registers it in <see cref="MatchingOptions.Languages"/>
/// (or passes it to <see cref="TextAnalyzer"/>); the index itself is not changed.
/// </summary>
/// <remarks>
/// <para>
/// Built in: <see cref="Dutch"/>, <see cref="English"/>, <see cref="German"/>, <see cref="French"/> and
/// <see cref="Spanish"/> (Lucene.Net's Snowball stemmers, for French its light French stemmer, and stop sets plus lists of function words; compound
/// splitting for Dutch and German against a lexicon of the field's general vocabulary) and <see cref="Papiamentu"/>
/// (tokenised, folded and stop words removed, matched without a stemmer). A language without analysis of its own is
/// folded and matched on whole words (<see cref="Generic"/>).
/// </para>
/// <para>
/// The analyser calls every member once per distinct word and caches the result, so the members need not be fast, but
/// they must be deterministic and safe for concurrent calls.
/// </para>
/// </remarks>
public abstract class LanguageAnalysis
{
    private static readonly Lazy<LanguageAnalysis> s_dutch = new(() => new SnowballAnalysis(
        LanguageTag.Dutch,
        DutchAnalyzer.DefaultStopSet.Concat(ReadWordList("stop-words-nl.txt")),
        () => new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer(),
        ReadWordList("compound-parts-nl.txt"),
        ["s", "en", "e"],
        ReadWordList("common-words-nl.txt"),
        ["baan", "banen", "taal", "talen"],
        new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = "kinder", ["kinds"] = "kinder", ["fiets"] = "fiets", ["ei"] = "eier" }));

    private static readonly Lazy<LanguageAnalysis> s_english = new(() => new SnowballAnalysis(
        LanguageTag.English, EnglishAnalyzer.DefaultStopSet.Concat(ReadWordList("stop-words-en.txt")), () => new EnglishStemmer(), [], [], ReadWordList("common-words-en.txt"), [], null));

    private static readonly Lazy<LanguageAnalysis> s_german = new(() => new SnowballAnalysis(
        LanguageTag.German,
        GermanAnalyzer.DefaultStopSet.Concat(ReadWordList("stop-words-de.txt")),
        () => new German2Stemmer(),
        ReadWordList("compound-parts-de.txt"),
        ["s", "es", "n", "en", "e", "er"],
        ReadWordList("common-words-de.txt"),
        [],
        null));

    // Lucene's light French stemmer (Savoy's, the one Lucene's own FrenchAnalyzer uses) takes off inflections and a few
    // derivational endings; the Snowball French rules cut deeper and make words of different meaning meet. It is stateless.
    private static readonly FrenchLightStemmer s_frenchStemmer = new();

    // The French and Spanish stemmers read accents (French -ée, -ées; Spanish -ación): these stem before folding.
    private static readonly Lazy<LanguageAnalysis> s_french = new(() => new SnowballAnalysis(
        LanguageTag.French, FrenchAnalyzer.DefaultStopSet.Concat(ReadWordList("stop-words-fr.txt")), null, [], [], ReadWordList("common-words-fr.txt"), [], null, stemsAccents: true, stem: StemFrench));

    private static readonly Lazy<LanguageAnalysis> s_spanish = new(() => new SnowballAnalysis(
        LanguageTag.Spanish, SpanishAnalyzer.DefaultStopSet.Concat(ReadWordList("stop-words-es.txt")), () => new SpanishStemmer(), [], [], ReadWordList("common-words-es.txt"), [], null, stemsAccents: true));

    private static readonly Lazy<LanguageAnalysis> s_papiamentu = new(() => new SnowballAnalysis(
        LanguageTag.Papiamentu, ReadWordList("stop-words-pap.txt"), null, [], [], ReadWordList("common-words-pap.txt"), [], null));

    /// <summary>Creates the analysis of a language.</summary>
    /// <param name="language">The language's tag, two or three lower-case letters (<see cref="LanguageTag"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a valid tag.</exception>
    protected LanguageAnalysis(string language)
    {
        if (!LanguageTag.IsValid(language))
        {
            throw new ArgumentException($"'{language}' is not a language tag of two or three lower-case letters such as 'nl' or 'pap'.", nameof(language));
        }

        Language = language;
    }

    /// <summary>Dutch: the Snowball Dutch stemmer and stop words, compound splitting with the linking forms -s-, -e- and -en-.</summary>
    public static LanguageAnalysis Dutch => s_dutch.Value;

    /// <summary>English: the Snowball English (Porter2) stemmer and Lucene's English stop words with more function words.</summary>
    public static LanguageAnalysis English => s_english.Value;

    /// <summary>German: the Snowball German stemmer, Lucene's German stop words with more function words, compound splitting (<c>Kinderarmut</c> → <c>kinder</c> + <c>armut</c>).</summary>
    public static LanguageAnalysis German => s_german.Value;

    /// <summary>French: Lucene's light French stemmer (as Lucene's <c>FrenchAnalyzer</c>) and Lucene's French stop words with more function words.</summary>
    public static LanguageAnalysis French => s_french.Value;

    /// <summary>Spanish: the Snowball Spanish stemmer and Lucene's Spanish stop words with more function words.</summary>
    public static LanguageAnalysis Spanish => s_spanish.Value;

    /// <summary>Papiamentu: folding and a list of function words; no stemmer (none is published), so words match as written.</summary>
    public static LanguageAnalysis Papiamentu => s_papiamentu.Value;

    /// <summary>The built-in analyses: nl, en, de, fr, es and pap.</summary>
    public static IReadOnlyList<LanguageAnalysis> BuiltIn => [Dutch, English, German, French, Spanish, Papiamentu];

    /// <summary>The language's tag, such as <c>nl</c>.</summary>
    public string Language { get; }

    /// <summary>Words compound splitting may use as parts; empty (the default) when the language's words are not split.</summary>
    public virtual IReadOnlyCollection<string> CompoundParts => [];

    /// <summary>The linking elements between the parts of a compound (Dutch <c>s</c>, <c>en</c>, <c>e</c>); empty by default.</summary>
    public virtual IReadOnlyCollection<string> CompoundLinks => [];

    /// <summary>
    /// Words that most issues of the field share (<c>children</c>, <c>parents</c>, ...): they count little, bring in no
    /// concept and never make a match alone. Empty by default.
    /// </summary>
    public virtual IReadOnlyCollection<string> CommonWords => [];

    /// <summary>
    /// Words whose concepts a compound does not take from them as a part, because they mean something else inside
    /// compounds (Dutch <c>baan</c>, a job, but <c>padelbaan</c> is a court). Empty by default.
    /// </summary>
    public virtual IReadOnlyCollection<string> PartsWithoutConcepts => [];

    /// <summary>The analysis of a language that has none of its own: folding only, no stop words beyond one letter, no stemmer.</summary>
    /// <param name="language">The language's tag.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a valid tag.</exception>
    public static LanguageAnalysis Generic(string language) => new SnowballAnalysis(language, [], null, [], [], [], [], null);

    /// <summary>Creates the analysis of a language from its parts, for an app that configures rather than derives.</summary>
    /// <param name="language">The language's tag, two or three lower-case letters.</param>
    /// <param name="stopWords">The language's stop words.</param>
    /// <param name="stem">The stemmer, given a folded word; must be safe for concurrent calls; <see langword="null"/> to match words as written.</param>
    /// <param name="compoundParts">Words compound splitting may use as parts; <see langword="null"/> or empty not to split.</param>
    /// <param name="compoundLinks">The linking elements between compound parts; <see langword="null"/> for none.</param>
    /// <param name="commonWords">The common words of the field in the language; <see langword="null"/> for none.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stopWords"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a valid tag, or a word is <see langword="null"/> or blank.</exception>
    public static LanguageAnalysis Create(
        string language,
        IEnumerable<string> stopWords,
        Func<string, string>? stem = null,
        IEnumerable<string>? compoundParts = null,
        IEnumerable<string>? compoundLinks = null,
        IEnumerable<string>? commonWords = null)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        return new ConfiguredAnalysis(
            language,
            CheckWords(stopWords, nameof(stopWords)),
            stem,
            CheckWords(compoundParts ?? [], nameof(compoundParts)),
            CheckWords(compoundLinks ?? [], nameof(compoundLinks)),
            CheckWords(commonWords ?? [], nameof(commonWords)));
    }

    /// <summary>Lower-cases <paramref name="word"/> (invariant) and removes its accents (<c>Coöperatie</c> → <c>cooperatie</c>, <c>niños</c> → <c>ninos</c>; <c>ß</c> → <c>ss</c>).</summary>
    /// <param name="word">The word.</param>
    /// <returns>The folded word; stop words, stems and compound parts are looked up in this form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is <see langword="null"/>.</exception>
    public virtual string Fold(string word) => FoldAccents(word);

    /// <summary>Whether the folded word is a stop word of the language (it carries no topic and is not indexed).</summary>
    /// <param name="folded">A word folded by <see cref="Fold"/>.</param>
    /// <returns><see langword="true"/> for a stop word.</returns>
    public abstract bool IsStopWord(string folded);

    /// <summary>The stem of a folded word, under which its inflections meet (<c>speelplekken</c> → <c>speelplek</c>).</summary>
    /// <param name="folded">A word folded by <see cref="Fold"/>, not a stop word.</param>
    /// <returns>The stem; the word itself for a language without a stemmer.</returns>
    public abstract string Stem(string folded);

    /// <summary>The text as folded by the built-in analyses: lower case (invariant), accents removed, <c>ß</c> as <c>ss</c>.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The folded word.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is <see langword="null"/>.</exception>
    public static string FoldAccents(string word)
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

        var decomposed = lower.Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
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

    /// <summary>The language's tag, for diagnostics.</summary>
    /// <returns>The tag.</returns>
    public override string ToString() => Language;

    internal static IEnumerable<string> ReadWordList(string fileName)
    {
        var resourceName = "Cfc.Sdk.Matching." + fileName;
        using var stream = typeof(LanguageAnalysis).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The built-in resource '{resourceName}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                words.AddRange(trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return words;
    }

    private static string StemFrench(string word)
    {
        var chars = word.ToCharArray();
        return new string(chars, 0, s_frenchStemmer.Stem(chars, chars.Length));
    }

    private static string[] CheckWords(IEnumerable<string> words, string paramName)
    {
        var list = words.ToArray();
        if (list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A word is null or blank.", paramName);
        }

        return list;
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

    /// <summary>A language analysed with a Snowball stemmer, another stemmer of Lucene.Net or none, stop words and optional compound splitting.</summary>
    private sealed class SnowballAnalysis : LanguageAnalysis
    {
        private readonly HashSet<string> _stopWords;
        private readonly SnowballProgram? _stemmer;
        private readonly Lock _stemLock = new();
        private readonly Dictionary<string, string> _stemOverrides;
        private readonly bool _stemsAccents;
        private readonly Func<string, string>? _stem;

        public SnowballAnalysis(
            string language,
            IEnumerable<string> stopWords,
            Func<SnowballProgram>? createStemmer,
            IEnumerable<string> compoundParts,
            IReadOnlyCollection<string> compoundLinks,
            IEnumerable<string> commonWords,
            IReadOnlyCollection<string> partsWithoutConcepts,
            Dictionary<string, string>? stemOverrides,
            bool stemsAccents = false,
            Func<string, string>? stem = null)
            : base(language)
        {
            _stem = stem;
            _stemsAccents = stemsAccents;
            _stopWords = new HashSet<string>(stopWords.Select(FoldAccents), StringComparer.Ordinal);
            _stemmer = createStemmer?.Invoke();
            _stemOverrides = stemOverrides ?? new Dictionary<string, string>(StringComparer.Ordinal);
            CompoundParts = [.. compoundParts];
            CompoundLinks = compoundLinks;
            CommonWords = [.. commonWords];
            PartsWithoutConcepts = partsWithoutConcepts;
        }

        public override IReadOnlyCollection<string> CompoundParts { get; }

        public override IReadOnlyCollection<string> CompoundLinks { get; }

        public override IReadOnlyCollection<string> CommonWords { get; }

        public override IReadOnlyCollection<string> PartsWithoutConcepts { get; }

        // A language that stems accents keeps them through folding; the stem is folded instead, so its terms are accent-free too.
        public override string Fold(string word) => _stemsAccents ? word.ToLowerInvariant() : FoldAccents(word);

        public override bool IsStopWord(string folded) => _stopWords.Contains(_stemsAccents ? FoldAccents(folded) : folded);

        public override string Stem(string folded)
        {
            if (_stemOverrides.TryGetValue(folded, out var stem))
            {
                return stem;
            }

            // The stemmers' rules are written for letters: numbers and words with other characters are kept as they are.
            if (folded.Length < 3 || !folded.All(c => _stemsAccents ? char.IsLetter(c) && !char.IsUpper(c) : char.IsAsciiLetterLower(c)))
            {
                return _stemsAccents ? FoldAccents(folded) : folded;
            }

            if (_stem is not null)
            {
                return _stemsAccents ? FoldAccents(_stem(folded)) : _stem(folded);
            }

            if (_stemmer is null)
            {
                return _stemsAccents ? FoldAccents(folded) : folded;
            }

            // A Snowball program keeps its state between calls; the analyser calls once per distinct word, so a lock costs little.
            lock (_stemLock)
            {
                _stemmer.SetCurrent(folded);
                _stemmer.Stem();
                return _stemsAccents ? FoldAccents(_stemmer.Current) : _stemmer.Current;
            }
        }
    }

    /// <summary>A language an app configured through <see cref="Create"/>.</summary>
    private sealed class ConfiguredAnalysis(
        string language,
        string[] stopWords,
        Func<string, string>? stem,
        string[] compoundParts,
        string[] compoundLinks,
        string[] commonWords) : LanguageAnalysis(language)
    {
        private readonly HashSet<string> _stopWords = new(stopWords.Select(FoldAccents), StringComparer.Ordinal);

        public override IReadOnlyCollection<string> CompoundParts => compoundParts;

        public override IReadOnlyCollection<string> CompoundLinks => compoundLinks;

        public override IReadOnlyCollection<string> CommonWords => commonWords;

        public override bool IsStopWord(string folded) => _stopWords.Contains(folded);

        public override string Stem(string folded) => stem is null ? folded : stem(folded);
    }
}
