using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;

namespace Cfc.Sample.Host.Issues;

/// <summary>The language an issue is written in, as the API and the pages show it.</summary>
internal static class IssueLanguage
{
    /// <summary>
    /// The language of <paramref name="issue"/>: the tag it was given, or, for an issue stored without one (by an earlier
    /// release, or sent without <c>language</c>), the one <paramref name="analyzer"/> detects as the index does
    /// (<see cref="TextAnalyzer.DetectLanguage(string, string)"/>), so that the issue says what its matches say.
    /// </summary>
    /// <param name="issue">The issue.</param>
    /// <param name="analyzer">The index's analyzer.</param>
    /// <returns>A BCP 47 tag such as <c>nl</c> or <c>es</c>.</returns>
    public static string Of(LocalIssue issue, TextAnalyzer analyzer) =>
        issue.Language ?? analyzer.DetectLanguage(issue.Title, issue.Text);
}
