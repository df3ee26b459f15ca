using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Matching.Tests.Quality;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Matching.Tests;

/// <summary>The labelled sets (see Data/README.md) and small builders for tests.</summary>
internal static class TestData
{
    private static readonly Lazy<LabelledSet> s_dev = new(() => LabelledSet.Load("dev"));
    private static readonly Lazy<LabelledSet> s_blind = new(() => LabelledSet.Load("blind"));

    /// <summary>The development set of the shared data.</summary>
    public static LabelledSet Dev => s_dev.Value;

    /// <summary>A second set written without seeing the thesaurus or the development set (see Data/README.md).</summary>
    public static LabelledSet Blind => s_blind.Value;

    public static IReadOnlyList<(LocalIssue Issue, string Group)> DevIssues => Dev.Issues;

    public static IReadOnlyList<(Member Organisation, IReadOnlySet<string> Groups)> DevOrganisations => Dev.Organisations;

    public static IssueIndex DevIndex() => Dev.BuildIndex();

    public static Member Organisation(string id, string name, string expertise, string[]? themes = null, int[]? articles = null) =>
        Member.Organisation(
            OrganisationId.Parse(id),
            name,
            new ExpertiseProfile(expertise, themes, articles: articles?.Select(CrcArticle.FromNumber)),
            NodaTime.DateTimeZoneProviders.Tzdb[MemberCode.EuropeanNetherlandsZoneId]);

    public static LocalIssue Issue(string id, string member, string title, string text = "", string[]? themes = null, int[]? articles = null, string? language = null) =>
        new(IssueId.Parse(id), MemberCode.Parse(member), title, text, themes, articles?.Select(CrcArticle.FromNumber), language: language);
}
