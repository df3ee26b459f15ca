using System.Globalization;

namespace Cfc.Sample.Host.Pages;

/// <summary>Links between the pages that keep the page's language.</summary>
internal static class PageLinks
{
    /// <summary>
    /// The value of <c>culture=</c> that keeps the page's language: its two-letter name (<c>en</c>), or
    /// <see langword="null"/> when the page is in the default language and needs none.
    /// </summary>
    public static string? Culture
    {
        get
        {
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            return language == CfcPages.Cultures[0].TwoLetterISOLanguageName ? null : language;
        }
    }

    /// <summary>
    /// <paramref name="path"/> with <c>culture=</c> when the page is not in the default language, so that a reader
    /// who chose English stays in English.
    /// </summary>
    /// <param name="path">A path of the host, possibly with a query.</param>
    /// <returns>The link.</returns>
    public static string Href(string path) =>
        Culture is { } language
            ? string.Concat(path, path.Contains('?', StringComparison.Ordinal) ? "&" : "?", "culture=", language)
            : path;
}
