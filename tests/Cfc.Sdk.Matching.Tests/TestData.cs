using System.Text.Json;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Matching.Tests;

/// <summary>The development set (copied from the project's shared data) and small builders for tests.</summary>
internal static class TestData
{
    private static readonly Lazy<IReadOnlyList<(LocalIssue Issue, string Group)>> s_dev = new(() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "dev-issues.jsonl")).Select(line =>
        {
            var row = JsonDocument.Parse(line).RootElement;
            var issue = new LocalIssue(
                IssueId.Parse(row.GetProperty("id").GetString()!),
                MemberCode.Parse(row.GetProperty("member").GetString()!),
                row.GetProperty("title").GetString()!,
                row.GetProperty("text").GetString()!,
                row.TryGetProperty("themes", out var themes) ? themes.EnumerateArray().Select(t => t.GetString()!) : null,
                row.TryGetProperty("articles", out var articles) ? articles.EnumerateArray().Select(a => CrcArticle.FromNumber(a.GetInt32())) : null);
            return (issue, row.GetProperty("group").GetString()!);
        }).ToArray());

    private static readonly Lazy<IReadOnlyList<(Member Organisation, IReadOnlySet<string> Groups)>> s_organisations = new(() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "dev-organisations.jsonl")).Select(line =>
        {
            var row = JsonDocument.Parse(line).RootElement;
            var organisation = Organisation(row.GetProperty("id").GetString()!, row.GetProperty("name").GetString()!, row.GetProperty("text").GetString()!);
            IReadOnlySet<string> groups = row.GetProperty("groups").EnumerateArray().Select(g => g.GetString()!).ToHashSet();
            return (organisation, groups);
        }).ToArray());

    public static IReadOnlyList<(LocalIssue Issue, string Group)> DevIssues => s_dev.Value;

    public static IReadOnlyList<(Member Organisation, IReadOnlySet<string> Groups)> DevOrganisations => s_organisations.Value;

    public static IssueIndex DevIndex()
    {
        var index = new IssueIndex();
        index.AddRange(DevIssues.Select(d => d.Issue));
        foreach (var (organisation, _) in DevOrganisations)
        {
            index.UpsertOrganisation(organisation);
        }

        return index;
    }

    public static Member Organisation(string id, string name, string expertise, string[]? themes = null, int[]? articles = null) =>
        Member.Organisation(
            OrganisationId.Parse(id),
            name,
            new ExpertiseProfile(expertise, themes, articles: articles?.Select(CrcArticle.FromNumber)),
            NodaTime.DateTimeZoneProviders.Tzdb[MemberCode.EuropeanNetherlandsZoneId]);

    public static LocalIssue Issue(string id, string member, string title, string text = "", string[]? themes = null, int[]? articles = null) =>
        new(IssueId.Parse(id), MemberCode.Parse(member), title, text, themes, articles?.Select(CrcArticle.FromNumber));
}
