using System.ComponentModel.DataAnnotations;
using Cfc.Sdk.Rights;

namespace Cfc.Sample.Host.Organisations;

/// <summary>
/// The body of <c>PUT /api/organisations/{id}</c>:
/// <c>{"name": "...", "timeZone": "Europe/Amsterdam", "expertise": {"description", "themes", "goalAreas", "articles", "language"}}</c>.
/// </summary>
/// <param name="Name">The organisation's name.</param>
/// <param name="Expertise">What it knows about; required.</param>
/// <param name="TimeZone">The IANA zone it works in; optional, Europe/Amsterdam by default.</param>
internal sealed record OrganisationRequest([property: Required] string? Name, [property: Required] ExpertiseRequest? Expertise, string? TimeZone);

/// <summary>An organisation's expertise, as the domain's <c>ExpertiseProfile</c> takes it.</summary>
/// <param name="Description">The Dutch description of what it knows; required.</param>
/// <param name="Themes">Dutch theme words; optional.</param>
/// <param name="GoalAreas">The goal areas of the Child Friendly Cities framework, by name; optional.</param>
/// <param name="Articles">CRC article numbers; optional.</param>
/// <param name="Language">The BCP 47 tag of the language the expertise is written in (<c>nl</c>, <c>en</c>, <c>de</c>); optional, detected when left out.</param>
internal sealed record ExpertiseRequest([property: Required] string? Description, IReadOnlyList<string>? Themes, IReadOnlyList<GoalArea>? GoalAreas, IReadOnlyList<int>? Articles, string? Language = null);
