using Cfc.Sdk.Exchange;
using Microsoft.Net.Http.Headers;

namespace Cfc.Sample.Host.Exchange;

/// <summary>Content negotiation between the media types a route answers in and a request's <c>Accept</c>.</summary>
internal static class MediaTypes
{
    /// <summary>JSON, the API's own form.</summary>
    public const string Json = "application/json";

    /// <summary>
    /// The media type of <paramref name="offered"/> to answer in: the entries of <c>Accept</c> are tried by quality,
    /// highest first (the client's order among equals), and the first offered type an entry matches wins, so a wildcard
    /// takes the route's first. SDMX-CSV matches with <c>version=2.0.0</c> or without a version. No <c>Accept</c> is
    /// <c>*/*</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="offered">The media types the route answers in, its default first.</param>
    /// <returns>The media type, or <see langword="null"/> when <c>Accept</c> names none of them.</returns>
    public static string? Choose(HttpRequest request, params string[] offered)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return offered[0];
        }

        foreach (var entry in accept.Where(a => (a.Quality ?? 1) > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (offered.FirstOrDefault(type => Matches(entry, type)) is { } chosen)
            {
                return chosen;
            }
        }

        return null;
    }

    private static bool Matches(MediaTypeHeaderValue entry, string offered)
    {
        var type = MediaTypeHeaderValue.Parse(offered);
        if (entry.MatchesAllTypes || (entry.MatchesAllSubTypes && entry.Type.Equals(type.Type, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (!entry.MediaType.Equals(type.MediaType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var version = entry.Parameters.FirstOrDefault(p => p.Name.Equals("version", StringComparison.OrdinalIgnoreCase))?.Value.ToString();
        return offered != SdmxDataflow.CsvMediaType || version is null || version.Trim('"') == "2.0.0";
    }
}
