namespace Cfc.Sample.Host.Matching;

/// <summary>
/// A match's calibrated relevance (<c>Cfc.Sdk.Matching.IssueMatch.Relevance</c>, the chance that the match is about the
/// same problem) in words, for pages and the newsletter: a coordinator reads "waarschijnlijk relevant", never a number.
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
    /// <param name="relevance">The relevance, 0 to 1.</param>
    /// <returns>The key.</returns>
    public static string Key(double relevance) => "Matches.Relevance" + Band(relevance).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The Dutch words for <paramref name="relevance"/>, as the Dutch page texts say them (the newsletter is Dutch).</summary>
    /// <param name="relevance">The relevance, 0 to 1.</param>
    /// <returns>Words such as <c>waarschijnlijk relevant</c>.</returns>
    public static string Dutch(double relevance) => Band(relevance) switch
    {
        3 => "zeer waarschijnlijk relevant",
        2 => "waarschijnlijk relevant",
        1 => "mogelijk relevant",
        _ => "misschien relevant",
    };
}
