using System.Runtime.CompilerServices;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Rights;
using NodaTime;

namespace Cfc.Sample.Host.ActionPlans;

/// <summary>
/// What a list of action points is filtered by: <c>status</c>, <c>overdue=true</c> and <c>goalArea</c> from the query,
/// each read from the list's entries, so that no point's grain is woken to be left out.
/// </summary>
/// <param name="Status">Only points with this status; <see langword="null"/> for any.</param>
/// <param name="Overdue">Only the overdue points (open, due before the member's today).</param>
/// <param name="GoalArea">Only points in this goal area; <see langword="null"/> for any.</param>
internal sealed record ActionPointFilter(ActionPointStatus? Status, bool Overdue, GoalArea? GoalArea)
{
    /// <summary>The filter the query asks for, or the errors naming each parameter that cannot be used.</summary>
    /// <param name="status">The <c>status</c> parameter.</param>
    /// <param name="overdue">The <c>overdue</c> parameter: <c>true</c> or <c>false</c>.</param>
    /// <param name="goalArea">The <c>goalArea</c> parameter.</param>
    /// <param name="errors">Collects the errors.</param>
    /// <returns>The filter; <see langword="null"/> when <paramref name="errors"/> has any.</returns>
    public static ActionPointFilter? Read(string? status, string? overdue, string? goalArea, ValidationErrors errors)
    {
        var byStatus = status is null ? null : Names.Parse<ActionPointStatus>(status, "status", "an action point status", errors);
        var byArea = goalArea is null ? null : Names.Parse<GoalArea>(goalArea, "goalArea", "a goal area", errors);
        var onlyOverdue = false;
        if (overdue is not null && !bool.TryParse(overdue, out onlyOverdue))
        {
            errors.Add("overdue", $"'{overdue}' is not true or false.");
        }

        return errors.Any ? null : new(byStatus, onlyOverdue, byArea);
    }

    /// <summary>
    /// The entries of a list filed by due date that pass the filter. With <see cref="Overdue"/> the walk stops after the
    /// latest today any member can have, since every later entry is due after it.
    /// </summary>
    /// <param name="entries">The list, by due date.</param>
    /// <param name="todayOf">A member's today.</param>
    /// <param name="latestToday">A day no member's today is after.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The entries that pass.</returns>
    public async IAsyncEnumerable<ListEntry> ApplyAsync(
        IAsyncEnumerable<ListEntry> entries, Func<MemberId, Task<LocalDate>> todayOf, LocalDate latestToday, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            if (Overdue && entry.Day >= latestToday)
            {
                yield break;
            }

            if ((Status is { } status && entry.Status != status.ToString())
                || (GoalArea is { } area && entry.GoalArea != area)
                || (Overdue && !(IsOpen(entry) && entry.Day < await todayOf(entry.Member))))
            {
                continue;
            }

            yield return entry;
        }
    }

    private static bool IsOpen(ListEntry entry) =>
        entry.Status == nameof(ActionPointStatus.Planned) || entry.Status == nameof(ActionPointStatus.InProgress);
}
