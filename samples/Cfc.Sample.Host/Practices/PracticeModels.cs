using Cfc.Sdk.Practices;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sample.Host.Practices;

/// <summary>
/// The body of <c>POST /api/practices</c>: <c>{"member", "title", "goalAreas", "whatWasDone", "challenges",
/// "lessonsLearned", "sharedOn"?, "articles"?}</c>.
/// </summary>
/// <param name="Member">The id of the member sharing it, a member the network knows.</param>
/// <param name="Title">The title.</param>
/// <param name="GoalAreas">The goal areas it serves, by name; at least one.</param>
/// <param name="WhatWasDone">What was done.</param>
/// <param name="Challenges">What was hard.</param>
/// <param name="LessonsLearned">What others can learn from it.</param>
/// <param name="SharedOn">The date it was shared; today (Europe/Amsterdam) by default.</param>
/// <param name="Articles">CRC article numbers; optional.</param>
internal sealed record PracticeRequest(
    string? Member,
    string? Title,
    IReadOnlyList<GoalArea>? GoalAreas,
    string? WhatWasDone,
    string? Challenges,
    string? LessonsLearned,
    LocalDate? SharedOn,
    IReadOnlyList<int>? Articles);

/// <summary>A good practice: <c>{"member","title","goalAreas","articles","whatWasDone","challenges","lessonsLearned","sharedOn"}</c>.</summary>
/// <param name="Member">The member that shared it.</param>
/// <param name="Title">The title.</param>
/// <param name="GoalAreas">The goal areas, by name.</param>
/// <param name="Articles">The CRC articles, by number.</param>
/// <param name="WhatWasDone">What was done.</param>
/// <param name="Challenges">What was hard.</param>
/// <param name="LessonsLearned">What others can learn.</param>
/// <param name="SharedOn">The date it was shared.</param>
internal sealed record PracticeResponse(
    string Member,
    string Title,
    IReadOnlyList<GoalArea> GoalAreas,
    IReadOnlyList<int> Articles,
    string WhatWasDone,
    string Challenges,
    string LessonsLearned,
    LocalDate SharedOn)
{
    /// <summary>The response for <paramref name="practice"/>.</summary>
    /// <param name="practice">The practice.</param>
    /// <returns>The response.</returns>
    public static PracticeResponse From(GoodPractice practice) => new(
        practice.Member.ToString(),
        practice.Title,
        practice.GoalAreas,
        [.. practice.Articles.Select(a => a.Number)],
        practice.WhatWasDone,
        practice.Challenges,
        practice.LessonsLearned,
        practice.SharedOn);
}
