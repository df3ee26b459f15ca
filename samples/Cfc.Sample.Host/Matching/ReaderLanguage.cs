using Cfc.Sdk.Matching.Concepts;
using Microsoft.Net.Http.Headers;

namespace Cfc.Sample.Host.Matching;

/// <summary>
/// The language a reader of a JSON match route asks shared concepts to be labelled in: the first of the request's
/// <c>Accept-Language</c> tags, by quality (<c>q=0</c> and <c>*</c> ignored), that the concept scheme has labels for.
/// The pages label concepts in the page's culture instead.
/// </summary>
internal static class ReaderLanguage
{
    /// <summary>The reader's language for <paramref name="request"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="scheme">The index's concept scheme.</param>
    /// <returns>
    /// A language the scheme labels, as its primary subtag (<c>de-AT</c> reads as <c>de</c>); <see langword="null"/> when
    /// the request names none of them (no header, only unknown languages, or a header that does not parse), and then a
    /// concept keeps the label in the query issue's language.
    /// </returns>
    public static string? Of(HttpRequest request, ConceptScheme scheme)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var accepted))
        {
            return null;
        }

        // OrderByDescending is stable: among equal qualities the header's order decides, as RFC 9110 leaves it.
        foreach (var tag in accepted.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            var value = tag.Value.AsSpan();
            var dash = value.IndexOfAny('-', '_');
            var primary = (dash < 0 ? value : value[..dash]).ToString().ToLowerInvariant();
            if (primary != "*" && scheme.Languages.Contains(primary, StringComparer.Ordinal))
            {
                return primary;
            }
        }

        return null;
    }
}
