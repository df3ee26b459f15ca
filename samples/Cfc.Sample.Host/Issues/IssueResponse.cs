using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Matching.Concepts;
using Cfc.Sdk.Matching.Issues;
using NodaTime;

namespace Cfc.Sample.Host.Issues;

/// <summary>A local issue: <c>{"id","member","title","text","themes","articles","opened","language"}</c>.</summary>
/// <param name="Id">The issue's id.</param>
/// <param name="Member">The code of the member facing it.</param>
/// <param name="Title">The title.</param>
/// <param name="Text">The description.</param>
/// <param name="Themes">The theme words, normalised.</param>
/// <param name="Articles">The CRC articles, by number.</param>
/// <param name="Opened">The date it was opened in the member's zone, when known.</param>
/// <param name="Language">The language it is written in, a BCP 47 tag such as <c>nl</c> or <c>es</c>: the one given, or the one detected when none was.</param>
internal sealed record IssueResponse(string Id, string Member, string Title, string Text, IReadOnlyList<string> Themes, IReadOnlyList<int> Articles, LocalDate? Opened, string Language)
{
    /// <summary>
    /// In a successor's list, the code of the predecessor the issue comes from (<c>"GM0457"</c>); left out for the
    /// member's own issues.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Origin { get; init; }

    /// <summary>The response for <paramref name="issue"/>.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="analyzer">The index's analyzer, which detects the language of an issue stored without one.</param>
    /// <returns>The response.</returns>
    public static IssueResponse From(LocalIssue issue, TextAnalyzer analyzer) => new(
        issue.Id.ToString(),
        issue.Member.ToString(),
        issue.Title,
        issue.Text,
        issue.Themes,
        [.. issue.Articles.Select(a => a.Number)],
        issue.Opened,
        IssueLanguage.Of(issue, analyzer));
}

/// <summary>The answer to a new issue: <c>{"id"}</c>.</summary>
/// <param name="Id">The new issue's id.</param>
internal sealed record IssueCreatedResponse(string Id);

/// <summary>The matches of an issue: <c>{"issue": id, "matches": [...]}</c>.</summary>
/// <param name="Issue">The issue matched.</param>
/// <param name="Matches">The matches, best first.</param>
internal sealed record MatchesResponse(string Issue, IReadOnlyList<MatchResponse> Matches);

/// <summary>One match: <c>{"issue","member","title","score","relevance","reasons":{"terms","tags","concepts"},"language"}</c>.</summary>
/// <param name="Issue">The matching issue's id.</param>
/// <param name="Member">Its member's code.</param>
/// <param name="Title">Its title.</param>
/// <param name="Score">How similar it is; higher is more similar; compares the matches of one query only.</param>
/// <param name="Relevance">The calibrated chance, 0 to 1, that it is about the same problem; <see langword="null"/>, and left out, in a newsletter draft stored before relevance existed.</param>
/// <param name="Reasons">Why it matches.</param>
/// <param name="Language">The language the matching issue is written in (given, or detected), a BCP 47 tag such as <c>nl</c> or <c>en</c>.</param>
internal sealed record MatchResponse(
    string Issue,
    string Member,
    string Title,
    double Score,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Relevance,
    ReasonsResponse Reasons,
    string Language)
{
    /// <summary>The response for the domain's <paramref name="match"/>.</summary>
    /// <param name="match">The match.</param>
    /// <param name="scheme">The concept scheme that labels the shared concepts for <paramref name="reader"/>.</param>
    /// <param name="reader">The reader's language (<see cref="Matching.ReaderLanguage"/>); <see langword="null"/> for the labels in the query issue's language.</param>
    /// <returns>The response.</returns>
    public static MatchResponse From(IssueMatch match, ConceptScheme scheme, string? reader)
    {
        // Plain loops into arrays of the right size: this runs for every match of every match query.
        var reasons = match.Reasons;
        var terms = new string[reasons.Terms.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = reasons.Terms[i].Text;
        }

        var tags = new string[reasons.Themes.Count + reasons.Articles.Count];
        for (var i = 0; i < reasons.Themes.Count; i++)
        {
            tags[i] = reasons.Themes[i];
        }

        for (var i = 0; i < reasons.Articles.Count; i++)
        {
            tags[reasons.Themes.Count + i] = reasons.Articles[i].ToString();
        }

        return new(match.Issue.ToString(), match.Member.ToString(), match.Title, match.Score, match.Relevance, new(terms, tags) { Concepts = ConceptResponse.From(reasons, scheme, reader) }, match.Language);
    }
}

/// <summary>
/// Why an issue matches: the shared terms, the shared tags (themes, then CRC article numbers as text), and the concepts
/// both express in other words.
/// </summary>
/// <param name="Terms">The words both issues use, the strongest first.</param>
/// <param name="Tags">The themes and articles both issues carry.</param>
internal sealed record ReasonsResponse(IReadOnlyList<string> Terms, IReadOnlyList<string> Tags)
{
    /// <summary>The thesaurus concepts both express, the strongest first; empty in a newsletter draft stored before concepts were reasons.</summary>
    /// <remarks>The generated reader sets an init-only property the JSON leaves out to <see langword="null"/>, so null reads as none.</remarks>
    public IReadOnlyList<ConceptResponse> Concepts { get; init => field = value ?? []; } = [];
}

/// <summary>A concept both texts express: <c>{"concept","label","queryWords","matchWords"}</c>, e.g. <c>schoolverzuim ↔ absentismo escolar</c>.</summary>
/// <param name="Concept">The concept's id in the concept scheme.</param>
/// <param name="Label">Its label in the reader's language: the one the request's <c>Accept-Language</c> asks for when the concept scheme has labels in it, else the language of the issue matched.</param>
/// <param name="QueryWords">The words that carried it in the issue matched.</param>
/// <param name="MatchWords">The words that carried it in the match.</param>
internal sealed record ConceptResponse(string Concept, string Label, IReadOnlyList<string> QueryWords, IReadOnlyList<string> MatchWords)
{
    /// <summary>The responses for the shared concepts of <paramref name="reasons"/>, each labelled for <paramref name="reader"/>; the words that carried it stay as written.</summary>
    /// <param name="reasons">The reasons.</param>
    /// <param name="scheme">The concept scheme the labels come from.</param>
    /// <param name="reader">The reader's language; <see langword="null"/> for the labels the reasons carry (the query issue's language).</param>
    /// <returns>The responses, the strongest first.</returns>
    public static IReadOnlyList<ConceptResponse> From(MatchReasons reasons, ConceptScheme scheme, string? reader)
    {
        var labelled = reader is null ? reasons : reasons.InLanguage(scheme, reader);
        return [.. labelled.Concepts.Select(c => new ConceptResponse(c.Concept, c.Label, c.QueryWords, c.MatchWords))];
    }
}

/// <summary>
/// The match query's answer, serialized by source-generated code: the route answers every match query with it, and
/// the generated writer skips the reflection-based one's per-property indirection. The host puts it first in its JSON
/// options' resolver chain (<c>Program.cs</c>); it uses the host's options (web defaults), so the bytes are the same.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(MatchesResponse))]
internal sealed partial class MatchJsonContext : JsonSerializerContext;
