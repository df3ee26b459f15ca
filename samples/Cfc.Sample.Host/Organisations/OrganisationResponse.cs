using System.Text.Json.Serialization;
using Cfc.Sample.Host.Issues;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Concepts;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;

namespace Cfc.Sample.Host.Organisations;

/// <summary>An organisation: <c>{"id","name","timeZone","expertise":{"description","themes","goalAreas","articles","language"}}</c>.</summary>
/// <param name="Id">The organisation's id (the route's <c>{id}</c>, without the member id's <c>org:</c>).</param>
/// <param name="Name">The name.</param>
/// <param name="TimeZone">The IANA zone it works in.</param>
/// <param name="Expertise">What it knows about.</param>
internal sealed record OrganisationResponse(string Id, string Name, string TimeZone, ExpertiseResponse Expertise)
{
    /// <summary>The response for the organisation <paramref name="member"/>.</summary>
    /// <param name="member">A member of kind organisation.</param>
    /// <returns>The response.</returns>
    public static OrganisationResponse From(Member member) => new(
        member.Id.Organisation.ToString()!,
        member.Name,
        member.TimeZone.Id,
        new(member.Expertise!.Description, member.Expertise.Themes, member.Expertise.GoalAreas, [.. member.Expertise.Articles.Select(a => a.Number)]) { Language = member.Expertise.Language });
}

/// <summary>An organisation's expertise, normalised by the domain.</summary>
/// <param name="Description">The description.</param>
/// <param name="Themes">The theme words, normalised.</param>
/// <param name="GoalAreas">The goal areas, by name.</param>
/// <param name="Articles">The CRC articles, by number.</param>
internal sealed record ExpertiseResponse(string Description, IReadOnlyList<string> Themes, IReadOnlyList<GoalArea> GoalAreas, IReadOnlyList<int> Articles)
{
    /// <summary>The BCP 47 tag of the language the expertise is written in, as given; left out when it was not given (matching detects it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language { get; init; }
}

/// <summary>The organisations best fitting an issue: <c>{"issue": id, "experts": [...]}</c>.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Experts">The organisations, best first.</param>
internal sealed record ExpertsResponse(string Issue, IReadOnlyList<ExpertResponse> Experts);

/// <summary>One organisation fitting an issue: <c>{"organisation","name","score","relevance","reasons":{"terms","tags","concepts"},"language"}</c>.</summary>
/// <param name="Organisation">The organisation's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Score">How well its expertise fits; higher fits better; compares the organisations of one query only.</param>
/// <param name="Relevance">The calibrated chance, 0 to 1, that its expertise serves the issue's problem; <see langword="null"/>, and left out, in a newsletter draft stored before relevance existed.</param>
/// <param name="Reasons">Why it fits, in the shape of a match's reasons.</param>
/// <param name="Language">The language its expertise is written in (detected), a BCP 47 tag such as <c>nl</c> or <c>en</c>.</param>
internal sealed record ExpertResponse(
    string Organisation,
    string Name,
    double Score,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Relevance,
    ReasonsResponse Reasons,
    string Language)
{
    /// <summary>The response for the domain's <paramref name="match"/>.</summary>
    /// <param name="match">The match.</param>
    /// <param name="scheme">The concept scheme that labels the shared concepts for <paramref name="reader"/>.</param>
    /// <param name="reader">The reader's language (<see cref="Matching.ReaderLanguage"/>); <see langword="null"/> for the labels in the issue's language.</param>
    /// <returns>The response.</returns>
    public static ExpertResponse From(OrganisationMatch match, ConceptScheme scheme, string? reader) => new(
        match.Organisation.ToString(),
        match.Name,
        match.Score,
        match.Relevance,
        new(
            [.. match.Reasons.Terms.Select(t => t.Text)],
            [.. match.Reasons.Themes, .. match.Reasons.Articles.Select(a => a.ToString())]) { Concepts = ConceptResponse.From(match.Reasons, scheme, reader) },
        match.Language);
}
