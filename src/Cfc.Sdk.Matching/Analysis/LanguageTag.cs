using System.Diagnostics.CodeAnalysis;
using Cfc.Sdk.Languages;

namespace Cfc.Sdk.Matching.Analysis;

/// <summary>
/// The language tags of matching: a BCP 47 primary language subtag in lower case (<c>nl</c>, <c>en</c>, <c>de</c>,
/// <c>fr</c>, <c>es</c>, <c>pap</c>), two or three ASCII letters. Regions and scripts (<c>de-AT</c>) are not kept:
/// matching analyses by language, so <see cref="Normalise"/> reduces them to the primary subtag.
/// </summary>
public static class LanguageTag
{
    /// <summary>Dutch, <c>nl</c>.</summary>
    public const string Dutch = "nl";

    /// <summary>English, <c>en</c>.</summary>
    public const string English = "en";

    /// <summary>German, <c>de</c>.</summary>
    public const string German = "de";

    /// <summary>French, <c>fr</c>.</summary>
    public const string French = "fr";

    /// <summary>Spanish, <c>es</c>.</summary>
    public const string Spanish = "es";

    /// <summary>Papiamentu, <c>pap</c> (Bonaire, Curaçao, Aruba).</summary>
    public const string Papiamentu = "pap";

    /// <summary>The languages with built-in analysis, in this order: nl, en, de, fr, es, pap.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = [Dutch, English, German, French, Spanish, Papiamentu];

    /// <summary>Whether <paramref name="tag"/> is a tag of matching: two or three lower-case ASCII letters.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns><see langword="true"/> for tags such as <c>nl</c> and <c>pap</c>; <see langword="false"/> for <see langword="null"/>, <c>NL</c>, <c>de-AT</c>.</returns>
    public static bool IsValid([NotNullWhen(true)] string? tag) =>
        tag is { Length: 2 or 3 } && tag.All(char.IsAsciiLetterLower);

    /// <summary>
    /// Reads a BCP 47 tag as a tag of matching: the tag is checked whole by <see cref="LanguageTags.Normalise"/>, the
    /// SDK's one rule for language tags, and its primary subtag is kept, lower-cased (<c>de-AT</c> → <c>de</c>,
    /// <c>NL</c> → <c>nl</c>).
    /// </summary>
    /// <param name="tag">A BCP 47 language tag.</param>
    /// <param name="paramName">The parameter or field to name when the tag is not valid.</param>
    /// <returns>The primary language subtag in lower case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is not a well-formed BCP 47 tag (<c>nl-!!!</c>, <c>de-</c>, <c>en_GB</c>).</exception>
    public static string Normalise(string tag, string paramName = "language")
    {
        var canonical = LanguageTags.Normalise(tag, paramName);
        var dash = canonical.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? canonical : canonical[..dash];
    }
}
