using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Matching.Organisations;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Benchmarks.Quality;

/// <summary>A labelled issue: the issue and the group it belongs to.</summary>
public sealed record LabelledIssue(LocalIssue Issue, string Group);

/// <summary>A labelled organisation: the profile and the groups its expertise serves.</summary>
public sealed record LabelledOrganisation(ExpertiseProfile Profile, IReadOnlySet<string> Groups);

/// <summary>Reads the development set's JSON-lines format (see shared/data/matching/README.md).</summary>
public static class LabelledSet
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<LabelledIssue> ReadIssues(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(line =>
        {
            var row = JsonSerializer.Deserialize<IssueRow>(line, s_json) ?? throw new FormatException($"Not an issue: {line}");
            var issue = new LocalIssue(
                IssueId.Parse(row.Id),
                MemberCode.Parse(row.Member),
                row.Title,
                row.Text,
                row.Themes,
                row.Articles?.Select(CrcArticle.FromNumber));
            return new LabelledIssue(issue, row.Group);
        }).ToArray();

    public static IReadOnlyList<LabelledOrganisation> ReadOrganisations(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(line =>
        {
            var row = JsonSerializer.Deserialize<OrganisationRow>(line, s_json) ?? throw new FormatException($"Not an organisation: {line}");
            return new LabelledOrganisation(
                new ExpertiseProfile(OrganisationId.Parse(row.Id), row.Name, row.Text, row.Themes, row.Articles?.Select(CrcArticle.FromNumber)),
                row.Groups.ToHashSet(StringComparer.Ordinal));
        }).ToArray();

    private sealed record IssueRow(
        [property: JsonRequired] string Id,
        [property: JsonRequired] string Member,
        [property: JsonRequired] string Title,
        [property: JsonRequired] string Text,
        [property: JsonRequired] string Group,
        string[]? Themes,
        int[]? Articles);

    private sealed record OrganisationRow(
        [property: JsonRequired] string Id,
        [property: JsonRequired] string Name,
        [property: JsonRequired] string Text,
        [property: JsonRequired] string[] Groups,
        string[]? Themes,
        int[]? Articles);
}
