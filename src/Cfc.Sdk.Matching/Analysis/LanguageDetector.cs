namespace Cfc.Sdk.Matching.Analysis;

/// <summary>
/// Detects the language of a text among a set of languages by the function words it uses: each word that is a stop word
/// of some of the languages votes for them, a word that only one language uses counting most (a vote of 1 shared among
/// the languages whose stop word it is). The language with the most votes wins; a text without votes, or a tie that
/// involves Dutch or no clear winner, is Dutch (<c>nl</c>), the network's first language.
/// </summary>
/// <remarks>
/// Function words are the most frequent words of every language and the most telling: a sentence of ten words nearly
/// always holds several. A title of three words may hold none; then the letters decide between the languages that have
/// letters of their own (<c>ñ</c> Spanish, <c>ß</c> German, <c>ç</c> French), else the text is Dutch. On the
/// development sets (313 issues in nl, en, de, fr and es) it names the labelled language of every issue from title and
/// text, and of most from the title alone (see benchmarks/README.md).
/// </remarks>
internal sealed class LanguageDetector
{
    private const int MaxWords = 200;

    private static readonly (char Letter, string Language)[] s_letters =
        [('ñ', LanguageTag.Spanish), ('¿', LanguageTag.Spanish), ('¡', LanguageTag.Spanish), ('ß', LanguageTag.German), ('ç', LanguageTag.French), ('œ', LanguageTag.French)];

    private readonly LanguageAnalysis[] _languages;

    public LanguageDetector(IEnumerable<LanguageAnalysis> languages) => _languages = [.. languages];

    public string Detect(string text)
    {
        Span<double> votes = stackalloc double[_languages.Length];
        Span<bool> stops = stackalloc bool[_languages.Length];
        var words = 0;
        var i = 0;
        while (i < text.Length && words < MaxWords)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            words++;
            var folded = LanguageAnalysis.FoldAccents(text[start..i]);
            var count = 0;
            for (var l = 0; l < _languages.Length; l++)
            {
                stops[l] = _languages[l].IsStopWord(folded);
                count += stops[l] ? 1 : 0;
            }

            for (var l = 0; l < _languages.Length && count > 0; l++)
            {
                votes[l] += stops[l] ? 1.0 / count : 0;
            }
        }

        var best = -1;
        var tie = false;
        for (var l = 0; l < _languages.Length; l++)
        {
            if (votes[l] > 0 && (best < 0 || votes[l] > votes[best]))
            {
                best = l;
                tie = false;
            }
            else if (best >= 0 && votes[l] == votes[best])
            {
                tie = true;
            }
        }

        if (best >= 0 && !tie)
        {
            return _languages[best].Language;
        }

        foreach (var (letter, language) in s_letters)
        {
            if (text.Contains(letter, StringComparison.OrdinalIgnoreCase) && _languages.Any(l => l.Language == language))
            {
                return language;
            }
        }

        return LanguageTag.Dutch;
    }
}
