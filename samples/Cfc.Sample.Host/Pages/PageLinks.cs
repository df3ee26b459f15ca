using System.Globalization;

namespace Cfc.Sample.Host.Pages;

/// <summary>Links between the pages that keep the page's language.</summary>
internal static class PageLinks
{
    /// <summary>
    /// <paramref name="path"/> with <c>culture=</c> when the page is not in the default language, so that a reader
    /// who chose English stays in English.
    /// </summary>
    /// <param name="path">A path of the host, possibly with a query.</param>
    /// <returns>The link.</returns>
    public static string Href(string path)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (language == CfcPages.Cultures[0].TwoLetterISOLanguageName)
        {
            return path;
        }

        return string.Concat(path, path.Contains('?', StringComparison.Ordinal) ? "&" : "?", "culture=", language);
    }
}
