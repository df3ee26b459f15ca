using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sdk.Benchmarks.Quality;

/// <summary>A labelled issue: the issue and the group it belongs to.</summary>
public sealed record LabelledIssue(LocalIssue Issue, string Group);

/// <summary>A labelled organisation: the organisation with its expertise and the groups that expertise serves.</summary>
public sealed record LabelledOrganisation(Member Organisation, IReadOnlySet<string> Groups);

/// <summary>Reads the development set's JSON-lines format (see shared/data/matching/README.md).</summary>
public static class LabelledSet
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Reads labelled issues. Values the SDK's types would reject are mapped rather than refused, so that any
    /// labelled set can be scored: an id that is not an <see cref="IssueId"/> gets a generated one, a member that
    /// is not a member code the SDK reads gets a code of its own (the same for the same text, whichever file it is in), an
    /// article outside 1–54 and a blank theme are dropped, a blank title becomes the text's start, and over-long fields are
    /// cut. The optional <c>language</c> is the issue's language (<c>nl</c> when absent); an invalid one is refused. Every
    /// issue needs its <c>group</c>.
    /// </summary>
    public static IReadOnlyList<LabelledIssue> ReadIssues(params IReadOnlyList<string> paths) => ReadIssues(paths, requireGroups: true);

    /// <summary>
    /// Reads issues as <see cref="ReadIssues(IReadOnlyList{string})"/> does; when <paramref name="requireGroups"/> is false an
    /// issue without <c>group</c> (an application's own issues, not labelled) gets the empty group.
    /// </summary>
    public static IReadOnlyList<LabelledIssue> ReadIssues(IReadOnlyList<string> paths, bool requireGroups)
    {
        var members = new Dictionary<string, MemberCode>(StringComparer.Ordinal);
        var offset = 0;
        var all = new List<LabelledIssue>();
        foreach (var path in paths)
        {
            var read = ReadIssues(path, members, offset, requireGroups);
            offset += read.Length;
            all.AddRange(read);
        }

        return all;
    }

    private static LabelledIssue[] ReadIssues(string path, Dictionary<string, MemberCode> members, int offset, bool requireGroups)
    {
        return File.ReadLines(path).Where(l => l.Trim().Length > 0).Select((line, at) =>
        {
            var row = JsonSerializer.Deserialize<IssueRow>(line, s_json) ?? throw new FormatException($"Not an issue: {line}");
            if (requireGroups && row.Group is null)
            {
                throw new FormatException($"An issue without 'group' in {path}: {line}");
            }

            var index = offset + at;
            var id = IssueId.TryParse(row.Id, out var parsed) ? parsed : IssueId.Parse(string.Create(CultureInfo.InvariantCulture, $"q{index:D6}"));
            if (!MemberCode.TryParse(row.Member, out var member) && !members.TryGetValue(row.Member, out member))
            {
                // Codes from GM7001 up, which no Dutch municipality has, so that no foreign member is taken for a Dutch one.
                members[row.Member] = member = MemberCode.Parse(string.Create(CultureInfo.InvariantCulture, $"GM{7001 + members.Count:D4}"));
            }

            var text = Cut(row.Text, LocalIssue.MaxTextLength);
            var title = string.IsNullOrWhiteSpace(row.Title) ? Cut(text.Length > 0 ? text : row.Id, 80) : Cut(row.Title, LocalIssue.MaxTitleLength);
            var issue = new LocalIssue(
                id,
                member,
                string.IsNullOrWhiteSpace(title) ? "-" : title,
                text,
                row.Themes?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Cut(t.Trim(), LocalIssue.MaxThemeLength)),
                row.Articles?.Where(a => a is >= CrcArticle.First and <= CrcArticle.Last).Select(CrcArticle.FromNumber),
                language: row.Language ?? "nl");
            return new LabelledIssue(issue, row.Group ?? string.Empty);
        }).ToArray();
    }

    /// <summary>Reads labelled organisations from one or more files; ids that are not organisation ids get generated ones.</summary>
    public static IReadOnlyList<LabelledOrganisation> ReadOrganisations(params IReadOnlyList<string> paths) =>
        paths.SelectMany(ReadOrganisations).ToArray();

    private static LabelledOrganisation[] ReadOrganisations(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select((line, index) =>
        {
            var row = JsonSerializer.Deserialize<OrganisationRow>(line, s_json) ?? throw new FormatException($"Not an organisation: {line}");
            var id = OrganisationId.TryParse(row.Id, out var parsed) ? parsed : OrganisationId.Parse(string.Create(CultureInfo.InvariantCulture, $"org{index:D6}"));
            var name = string.IsNullOrWhiteSpace(row.Name) ? row.Id : Cut(row.Name, LocalIssue.MaxTitleLength);
            name = string.IsNullOrWhiteSpace(name) ? "-" : Cut(name, Member.MaxNameLength);
            var expertise = new ExpertiseProfile(
                Cut(string.IsNullOrWhiteSpace(row.Text) ? name : row.Text, ExpertiseProfile.MaxDescriptionLength),
                row.Themes?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Cut(t.Trim(), ExpertiseProfile.MaxThemeLength)),
                articles: row.Articles?.Where(a => a is >= CrcArticle.First and <= CrcArticle.Last).Select(CrcArticle.FromNumber));
            return new LabelledOrganisation(
                Member.Organisation(id, name, expertise, DateTimeZoneProviders.Tzdb[MemberCode.EuropeanNetherlandsZoneId]),
                row.Groups.ToHashSet(StringComparer.Ordinal));
        }).ToArray();

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    private sealed record IssueRow(
        [property: JsonRequired] string Id,
        [property: JsonRequired] string Member,
        [property: JsonRequired] string Title,
        [property: JsonRequired] string Text,
        string? Group,
        string[]? Themes,
        int[]? Articles,
        string? Language);

    private sealed record OrganisationRow(
        [property: JsonRequired] string Id,
        [property: JsonRequired] string Name,
        [property: JsonRequired] string Text,
        [property: JsonRequired] string[] Groups,
        string[]? Themes,
        int[]? Articles);
}
