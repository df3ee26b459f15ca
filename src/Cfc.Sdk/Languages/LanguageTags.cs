using System.Diagnostics.CodeAnalysis;

namespace Cfc.Sdk.Languages;

/// <summary>
/// The shape of a BCP 47 language tag (RFC 5646) as the SDK accepts it: a primary language subtag of 2 or 3 ASCII letters
/// followed by subtags of 1 to 8 ASCII letters or digits, separated by <c>-</c>; written in the RFC's case conventions
/// (<c>de</c>, <c>de-AT</c>, <c>sr-Latn-RS</c>), compared ignoring case.
/// </summary>
/// <remarks>
/// Subtags are not checked against the IANA registry: a network may need a language the registry added after this release,
/// and a tag that is well formed but unknown harms nothing but its own lookup.
/// </remarks>
internal static class LanguageTags
{
    /// <summary>The longest tag accepted; long enough for a language, script, region and two variants.</summary>
    public const int MaxLength = 35;

    /// <summary>The tag in its canonical case, or <see langword="null"/> when <paramref name="tag"/> is not a well-formed tag.</summary>
    /// <param name="tag">The text to read.</param>
    /// <param name="canonical">The tag written as RFC 5646 recommends: language lower case, a four-letter script title case, a two-letter region upper case, the rest lower case.</param>
    /// <returns><see langword="true"/> when the tag is well formed.</returns>
    public static bool TryNormalise([NotNullWhen(true)] string? tag, [NotNullWhen(true)] out string? canonical)
    {
        canonical = null;
        if (string.IsNullOrEmpty(tag) || tag.Length > MaxLength)
        {
            return false;
        }

        var subtags = tag.Split('-');
        if (subtags[0].Length is < 2 or > 3 || !subtags[0].All(char.IsAsciiLetter))
        {
            return false;
        }

        var afterSingleton = false;
        for (var i = 0; i < subtags.Length; i++)
        {
            var subtag = subtags[i];
            if (subtag.Length is < 1 or > 8 || !subtag.All(char.IsAsciiLetterOrDigit))
            {
                return false;
            }

            // Only after an extension's or private use's singleton do case conventions stop applying.
            subtags[i] = !afterSingleton && i > 0 && subtag.Length == 4 && subtag.All(char.IsAsciiLetter)
                ? char.ToUpperInvariant(subtag[0]) + subtag[1..].ToLowerInvariant()
                : !afterSingleton && i > 0 && subtag.Length == 2
                    ? subtag.ToUpperInvariant()
                    : subtag.ToLowerInvariant();
            afterSingleton |= subtag.Length == 1;
        }

        canonical = string.Join('-', subtags);
        return true;
    }

    /// <summary>The tag in its canonical case.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="paramName">The parameter the tag came from, for the message.</param>
    /// <returns>The canonical tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is not a well-formed language tag.</exception>
    public static string Normalise(string tag, string paramName)
    {
        ArgumentNullException.ThrowIfNull(tag, paramName);
        return TryNormalise(tag, out var canonical)
            ? canonical
            : throw new ArgumentException($"'{tag}' is not a BCP 47 language tag such as 'nl', 'en' or 'de-AT': a language of 2 or 3 letters, then subtags of 1 to 8 letters or digits after '-'.", paramName);
    }

    /// <summary>
    /// The tags to try for <paramref name="canonical"/>, most specific first, as RFC 4647's lookup does: <c>de-Latn-AT</c>,
    /// <c>de-Latn</c>, <c>de</c>; a singleton left at the end is dropped with the subtag after it.
    /// </summary>
    /// <param name="canonical">A canonical tag.</param>
    /// <returns>The tag and its ever shorter prefixes.</returns>
    public static IEnumerable<string> Fallbacks(string canonical)
    {
        var tag = canonical;
        while (true)
        {
            yield return tag;
            var dash = tag.LastIndexOf('-');
            if (dash < 0)
            {
                yield break;
            }

            tag = tag[..dash];
            if (tag.Length > 2 && tag[^2] == '-')
            {
                tag = tag[..^2];
            }
        }
    }
}
