using System.Text.Json;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Matching.Tests.Quality;

/// <summary>A labelled set in the shared data's format: issues with their group, organisations with the groups they serve.</summary>
internal sealed record LabelledSet(
    IReadOnlyList<(LocalIssue Issue, string Group)> Issues,
    IReadOnlyList<(Member Organisation, IReadOnlySet<string> Groups)> Organisations)
{
    public static LabelledSet Load(string name) => Load([$"{name}-issues.jsonl"], $"{name}-organisations.jsonl");

    /// <summary>
    /// Reads issue files and an organisations file of Data/. A member code the SDK does not read (a foreign one, before
    /// foreign codes are supported) gets a Dutch-form code of its own from GM7001 up, which no Dutch municipality has.
    /// </summary>
    public static LabelledSet Load(string[] issueFiles, string organisationFile)
    {
        var members = new Dictionary<string, MemberCode>(StringComparer.Ordinal);
        var issues = issueFiles.SelectMany(file => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", file))).Select(line =>
        {
            var row = JsonDocument.Parse(line).RootElement;
            var code = row.GetProperty("member").GetString()!;
            if (!MemberCode.TryParse(code, out var member) && !members.TryGetValue(code, out member))
            {
                members[code] = member = MemberCode.Parse($"GM{7001 + members.Count:D4}");
            }

            var issue = new LocalIssue(
                IssueId.Parse(row.GetProperty("id").GetString()!),
                member,
                row.GetProperty("title").GetString()!,
                row.GetProperty("text").GetString()!,
                row.TryGetProperty("themes", out var themes) ? themes.EnumerateArray().Select(t => t.GetString()!) : null,
                row.TryGetProperty("articles", out var articles) ? articles.EnumerateArray().Select(a => CrcArticle.FromNumber(a.GetInt32())) : null,
                language: row.TryGetProperty("language", out var language) ? language.GetString() : LanguageTag.Dutch);
            return (issue, row.GetProperty("group").GetString()!);
        }).ToArray();
        var organisations = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", organisationFile)).Select(line =>
        {
            var row = JsonDocument.Parse(line).RootElement;
            var organisation = TestData.Organisation(row.GetProperty("id").GetString()!, row.GetProperty("name").GetString()!, row.GetProperty("text").GetString()!);
            IReadOnlySet<string> groups = row.GetProperty("groups").EnumerateArray().Select(g => g.GetString()!).ToHashSet();
            return (organisation, groups);
        }).ToArray();
        return new LabelledSet(issues, organisations);
    }

    public IssueIndex BuildIndex()
    {
        var index = new IssueIndex();
        index.AddRange(Issues.Select(d => d.Issue));
        foreach (var (organisation, _) in Organisations)
        {
            index.UpsertOrganisation(organisation);
        }

        return index;
    }

    /// <summary>
    /// nDCG@10 of the queries <paramref name="asks"/> selects, each ranking only issues in the languages <paramref name="scope"/>
    /// gives for it (relevant: same group, other member, in scope), as the quality command's cross-language and per-language lines.
    /// </summary>
    public double NdcgAt10(IssueIndex index, Func<LocalIssue, bool> asks, Func<LocalIssue, string[]> scope)
    {
        var groupOf = Issues.ToDictionary(d => d.Issue.Id, d => d.Group);
        var total = 0.0;
        var queries = 0;
        foreach (var (issue, group) in Issues.Where(d => asks(d.Issue)))
        {
            var languages = scope(issue);
            var relevant = Issues.Count(d => d.Group == group && d.Issue.Member != issue.Member && languages.Contains(d.Issue.Language));
            if (relevant == 0)
            {
                continue;
            }

            var dcg = index.Match(issue.Id, 10, languages).Select((m, i) => groupOf[m.Issue] == group ? 1 / Math.Log2(i + 2) : 0).Sum();
            total += dcg / Enumerable.Range(0, Math.Min(relevant, 10)).Sum(i => 1 / Math.Log2(i + 2));
            queries++;
        }

        return total / queries;
    }

    /// <summary>nDCG@10 with binary gains over every issue, relevant = same group, other member; as the shared data's README scores it.</summary>
    public double NdcgAt10(IssueIndex index)
    {
        var groupOf = Issues.ToDictionary(d => d.Issue.Id, d => d.Group);
        var total = 0.0;
        foreach (var (issue, group) in Issues)
        {
            var relevant = Issues.Count(d => d.Group == group && d.Issue.Member != issue.Member);
            var dcg = index.Match(issue.Id, 10).Select((m, i) => groupOf[m.Issue] == group ? 1 / Math.Log2(i + 2) : 0).Sum();
            var idcg = Enumerable.Range(0, Math.Min(relevant, 10)).Sum(i => 1 / Math.Log2(i + 2));
            total += idcg > 0 ? dcg / idcg : 0;
        }

        return total / Issues.Count;
    }

    /// <summary>The share of issues with an organisation serving their group among their top 3 organisations.</summary>
    public double OrganisationHitAt3(IssueIndex index)
    {
        var groupsOf = Organisations.ToDictionary(o => o.Organisation.Id.Organisation!.Value, o => o.Groups);
        return Issues.Count(d => index.MatchOrganisations(d.Issue.Id, 3).Any(m => groupsOf[m.Organisation].Contains(d.Group))) / (double)Issues.Count;
    }
}
