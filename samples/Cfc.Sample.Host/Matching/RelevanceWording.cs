namespace Cfc.Sample.Host.Matching;

/// <summary>
/// A match's calibrated relevance (<c>Cfc.Sdk.Matching.IssueMatch.Relevance</c>, the chance that the match is about the
/// same problem) in words, for pages and the newsletter: a coordinator reads "waarschijnlijk relevant", never a number.
/// A relevance that is not known (a match stored before relevance existed) has no words: nothing is shown rather than a
/// guess that looks measured.
/// </summary>
internal static class RelevanceWording
{
    /// <summary>The band of <paramref name="relevance"/>: 0 below 0.25, 1 below 0.5, 2 below 0.75, 3 from 0.75.</summary>
    /// <param name="relevance">The relevance, 0 to 1.</param>
    /// <returns>The band, 0 to 3.</returns>
    public static int Band(double relevance) => relevance switch
    {
        >= 0.75 => 3,
        >= 0.5 => 2,
        >= 0.25 => 1,
        _ => 0,
    };

    /// <summary>The page text key for <paramref name="relevance"/>: <c>Matches.Relevance0</c> to <c>Matches.Relevance3</c>.</summary>
    /// <param name="relevance">The relevance, 0 to 1, or <see langword="null"/> when it is not known.</param>
    /// <returns>The key; <see langword="null"/> when the relevance is not known.</returns>
    public static string? Key(double? relevance) =>
        relevance is { } known ? "Matches.Relevance" + Band(known).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The Dutch words for <paramref name="relevance"/>, as the Dutch page texts say them (the newsletter is Dutch).</summary>
    /// <param name="relevance">The relevance, 0 to 1, or <see langword="null"/> when it is not known.</param>
    /// <returns>Words such as <c>waarschijnlijk relevant</c>; <see langword="null"/> when the relevance is not known.</returns>
    public static string? Dutch(double? relevance) => relevance is not { } known ? null : Band(known) switch
    {
        3 => "zeer waarschijnlijk relevant",
        2 => "waarschijnlijk relevant",
        1 => "mogelijk relevant",
        _ => "waarschijnlijk niet relevant",
    };
}
