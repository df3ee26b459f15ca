using System.Globalization;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Matching.Indexing;

/// <summary>
/// Turns a document's fields into a <see cref="TermVector"/>: words, compound parts and concepts of the
/// title and text in the document's language (given, or detected from the title and text), and tag terms for
/// themes, articles and age groups, each with its field's weight and the place of the first word or phrase that
/// produced it (a match's reasons show those words without reading the text again).
/// One builder per thread keeps the dense scratch arrays, so building allocates only the result.
/// </summary>
internal sealed class VectorBuilder
{
    public const string ThemePrefix = "#theme:";
    public const string ArticlePrefix = "#crc:";
    public const string AgeGroupPrefix = "#age:";

    /// <summary>Each age group flag and its tag term, for the analyzer (which flags the terms) and the builder.</summary>
    public static readonly (AgeGroups Flag, string Tag)[] AgeGroupTags =
        [.. Enum.GetValues<AgeGroups>().Where(g => g != AgeGroups.None).Select(g => (g, AgeGroupPrefix + ((int)g).ToString(CultureInfo.InvariantCulture)))];

    [ThreadStatic]
    private static VectorBuilder? t_current;

    private readonly List<Token> _tokens = new(256);
    private readonly List<int> _touched = new(256);
    private float[] _weights = new float[4096];
    private uint[] _places = new uint[4096];
    private float _length;
    private string?[] _surfaces = new string?[64];

    public static VectorBuilder Current => t_current ??= new VectorBuilder();

    /// <summary>A scratch list for merging a match's reasons, empty between uses.</summary>
    public List<(string Text, double Share)> Reasons { get; } = new(16);

    /// <summary>A scratch array of at least <paramref name="length"/> entries, all <see langword="null"/> between uses.</summary>
    public string?[] Surfaces(int length)
    {
        if (_surfaces.Length < length)
        {
            _surfaces = new string?[Math.Max(length, _surfaces.Length * 2)];
        }

        return _surfaces;
    }

    public TermVector Build(TextAnalyzer analyzer, Weights weights, string? language, string title, string text, IReadOnlyList<string> themes, IReadOnlyList<CrcArticle> articles, AgeGroups ageGroups)
    {
        _length = 0;
        var words = analyzer.For(language ?? analyzer.DetectLanguage(title, text));
        AddText(analyzer, words, weights, title, 0, weights.Title);
        AddText(analyzer, words, weights, text, 1, 1f);
        for (var t = 0; t < themes.Count; t++)
        {
            var theme = themes[t];
            AddText(analyzer, words, weights, theme, 2 + t, weights.Theme);
            // Themes are tags whatever their case: an organisation's "Armoede" is an issue's "armoede".
            Add(analyzer.Intern(ThemePrefix + theme.ToLowerInvariant()), weights.Theme);
        }

        foreach (var article in articles)
        {
            Add(analyzer.Intern(ArticlePrefix + article.Number.ToString(CultureInfo.InvariantCulture)), weights.Article);
        }

        foreach (var (flag, tag) in AgeGroupTags)
        {
            if ((ageGroups & flag) != 0)
            {
                Add(analyzer.Intern(tag), weights.AgeGroup);
            }
        }

        return Drain(words.Id);
    }

    private void AddText(TextAnalyzer analyzer, LanguageWords words, Weights weights, string text, int field, float fieldWeight)
    {
        _tokens.Clear();
        words.Tokenize(text, _tokens);
        for (var i = 0; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            var word = token.Word;
            var place = TermVector.Place(field, token.Start, token.Length);
            _length += fieldWeight;

            // A common word counts little (and brings in no concept); its compound parts are weighted as parts.
            var wordWeight = analyzer.IsCommon(word.StemId) ? fieldWeight * weights.Common : fieldWeight;
            Add(word.StemId, wordWeight, place);
            foreach (var part in word.PartIds)
            {
                Add(part, fieldWeight * weights.CompoundPart, place);
            }

            foreach (var concept in word.ConceptIds)
            {
                Add(concept, wordWeight * weights.Concept, place);
            }

            // A phrase that carries a concept is its place whole, rather than a word of it that carries the same concept
            // alone ("absentismo escolar", not "absentismo"), and the longest such phrase starting at a word wins.
            foreach (var phrase in word.PhraseStarts)
            {
                if (TextAnalyzer.PhraseMatches(_tokens, i, phrase))
                {
                    var last = _tokens[i + phrase.StemIds.Length - 1];
                    Add(phrase.ConceptId, fieldWeight * weights.Concept, TermVector.Place(field, token.Start, last.Start + last.Length - token.Start), longer: true);
                }
            }
        }
    }

    // place is where the word or phrase that produced the term is (0 for a tag); the term keeps its first place, or, for
    // a phrase (longer), the phrase when it starts where that first place does and is longer.
    private void Add(int termId, float weight, uint place = 0, bool longer = false)
    {
        // A zero weight (a field switched off in the options) adds no term: the search relies on every
        // posting raising a document's score above zero.
        if (weight <= 0f)
        {
            return;
        }

        if (termId >= _weights.Length)
        {
            var size = Math.Max(termId + 1, _weights.Length * 2);
            Array.Resize(ref _weights, size);
            Array.Resize(ref _places, size);
        }

        if (_weights[termId] == 0f)
        {
            _touched.Add(termId);
            _places[termId] = place;
        }
        else if (longer && TermVector.IsLongerAtSameStart(place, _places[termId]))
        {
            _places[termId] = place;
        }

        _weights[termId] += weight;
    }

    private TermVector Drain(int language)
    {
        _touched.Sort();
        var ids = new int[_touched.Count];
        var values = new float[_touched.Count];
        var places = new uint[_touched.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = _touched[i];
            ids[i] = id;
            values[i] = _weights[id];
            places[i] = _places[id];
            _weights[id] = 0f;
        }

        _touched.Clear();
        return new TermVector(ids, values, places, Math.Max(_length, 1f), language);
    }
}
