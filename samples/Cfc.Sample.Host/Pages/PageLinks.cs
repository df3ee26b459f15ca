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

    /// <summary>
    /// The path and query of <paramref name="uri"/>, an address of this host (such as <c>NavigationManager.Uri</c>), as
    /// a link relative to the host: an absolute one would repeat the request's <c>Host</c> header, and a path that
    /// starts with <c>//</c> would be read by the browser as another host.
    /// </summary>
    /// <param name="uri">An absolute address of this host.</param>
    /// <returns>The link, starting with one <c>/</c>.</returns>
    public static string Relative(string uri) => string.Concat("/", new Uri(uri).PathAndQuery.TrimStart('/'));
}
