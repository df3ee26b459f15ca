using System.ComponentModel.DataAnnotations;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Network;
using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sample.Host.Practices;

/// <summary>
/// The body of <c>POST /api/practices</c> and <c>PUT /api/practices/{id}</c>: <c>{"member", "title", "goalAreas",
/// "whatWasDone", "challenges", "lessonsLearned", "sharedOn"?, "articles"?}</c>.
/// </summary>
/// <param name="Member">The id of the member sharing it, a member the network knows; a correction keeps the practice's member.</param>
/// <param name="Title">The title.</param>
/// <param name="GoalAreas">The goal areas it serves, by name; at least one.</param>
/// <param name="WhatWasDone">What was done.</param>
/// <param name="Challenges">What was hard.</param>
/// <param name="LessonsLearned">What others can learn from it.</param>
/// <param name="SharedOn">The date it was shared; today (Europe/Amsterdam) by default.</param>
/// <param name="Articles">CRC article numbers; optional.</param>
internal sealed record PracticeRequest(
    [property: Required] string? Member,
    [property: Required] string? Title,
    [property: Required] IReadOnlyList<GoalArea>? GoalAreas,
    [property: Required] string? WhatWasDone,
    [property: Required] string? Challenges,
    [property: Required] string? LessonsLearned,
    LocalDate? SharedOn,
    IReadOnlyList<int>? Articles)
{
    /// <summary>The practice the request describes, or the errors naming each field that cannot be used.</summary>
    /// <param name="today">The date a practice without <see cref="SharedOn"/> is shared on.</param>
    /// <param name="errors">Collects the errors.</param>
    /// <returns>The practice; <see langword="null"/> when <paramref name="errors"/> has any.</returns>
    public GoodPractice? ToPractice(LocalDate today, ValidationErrors errors)
    {
        MemberId member = default;
        if (Member is null)
        {
            errors.Add("member", "The member sharing the practice is required, such as \"GM0518\".");
        }
        else if (!MemberId.TryParse(Member, out member))
        {
            errors.Add("member", $"'{Member}' is not a member id (a member code such as GM0518 or DE-05315000, or org: and an organisation's id).");
        }

        foreach (var (field, value) in (ReadOnlySpan<(string, string?)>)[("title", Title), ("whatWasDone", WhatWasDone), ("challenges", Challenges), ("lessonsLearned", LessonsLearned)])
        {
            if (value is null)
            {
                errors.Add(field, $"'{field}' is required.");
            }
        }

        if (GoalAreas is null)
        {
            errors.Add("goalAreas", "At least one goal area is required, such as [\"VoiceHeard\"].");
        }

        var articles = errors.Articles("articles", Articles);
        if (errors.Any)
        {
            return null;
        }

        try
        {
            return new GoodPractice(member, Title!, GoalAreas!, WhatWasDone!, Challenges!, LessonsLearned!, SharedOn ?? today, articles);
        }
        catch (ArgumentException e)
        {
            errors.Add(e.ParamName ?? "request", ValidationErrors.MessageOf(e));
            return null;
        }
    }
}

/// <summary>
/// A good practice: <c>{"id","member","title","goalAreas","articles","whatWasDone","challenges","lessonsLearned","sharedOn"}</c>.
/// </summary>
/// <param name="Id">The practice's number in the network.</param>
/// <param name="Member">The member that shared it.</param>
/// <param name="Title">The title.</param>
/// <param name="GoalAreas">The goal areas, by name.</param>
/// <param name="Articles">The CRC articles, by number.</param>
/// <param name="WhatWasDone">What was done.</param>
/// <param name="Challenges">What was hard.</param>
/// <param name="LessonsLearned">What others can learn.</param>
/// <param name="SharedOn">The date it was shared.</param>
internal sealed record PracticeResponse(
    int Id,
    string Member,
    string Title,
    IReadOnlyList<GoalArea> GoalAreas,
    IReadOnlyList<int> Articles,
    string WhatWasDone,
    string Challenges,
    string LessonsLearned,
    LocalDate SharedOn)
{
    /// <summary>The response for practice <paramref name="id"/>.</summary>
    /// <param name="id">The practice's number.</param>
    /// <param name="practice">The practice.</param>
    /// <returns>The response.</returns>
    public static PracticeResponse From(int id, GoodPractice practice) => new(
        id,
        practice.Member.ToString(),
        practice.Title,
        practice.GoalAreas,
        [.. practice.Articles.Select(a => a.Number)],
        practice.WhatWasDone,
        practice.Challenges,
        practice.LessonsLearned,
        practice.SharedOn);
}
