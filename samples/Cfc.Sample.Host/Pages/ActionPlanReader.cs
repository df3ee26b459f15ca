using System.Globalization;
using Cfc.Sample.Host.Hosting;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Checklists;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.ActionPlans;
using Cfc.Sdk.Orleans.Checklists;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Pages;

/// <summary>
/// What the checklist and action plan pages show, read through the same grains and lists as the API. Reads only.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="options">The hosting options (the network's id).</param>
/// <param name="checklist">The registered checklist.</param>
internal sealed class ActionPlanReader(IGrainFactory grains, IOptions<CfcHostingOptions> options, Checklist checklist)
{
    /// <summary>How many points a page lists at most, by due date: its size stays the same however long the plans grow.</summary>
    public const int PointsPerPage = 100;

    /// <summary>A member's action plan: its points by due date, each flagged when overdue on its today.</summary>
    /// <param name="code">The code from the route.</param>
    /// <returns>The member's name, today and points; <see langword="null"/> for an unknown or malformed code.</returns>
    public async Task<ActionPlanView?> PlanAsync(string code)
    {
        if (await MemberAsync(code) is not { } member)
        {
            return null;
        }

        var points = await ReadAsync(grains.MemberActionPointList(options.Value.NetworkId, member.Code), _ => Task.FromResult(member.Today));
        return new(member.Code, member.Name, member.Today, points, new Dictionary<string, string>(StringComparer.Ordinal) { [member.Code.ToString()] = member.Name });
    }

    /// <summary>Every member's points by due date, or only the overdue ones, each flagged on its member's today.</summary>
    /// <param name="overdueOnly">Whether to show only the overdue points.</param>
    /// <returns>The points and the members' names.</returns>
    public async Task<(IReadOnlyList<ActionPointView> Points, IReadOnlyDictionary<string, string> Names)> NetworkAsync(bool overdueOnly)
    {
        var todays = new Dictionary<MemberCode, LocalDate>();
        async Task<LocalDate> TodayOf(MemberCode code)
        {
            if (!todays.TryGetValue(code, out var today))
            {
                today = todays[code] = await grains.GetGrain<IMunicipalityGrain>(code.ToString()).TodayAsync();
            }

            return today;
        }

        var points = await ReadAsync(grains.ActionPointList(options.Value.NetworkId), TodayOf, overdueOnly);
        var names = (await grains.Network(options).GetMembersAsync()).ToDictionary(m => m.Id.ToString()!, m => m.Name, StringComparer.Ordinal);
        return (points, names);
    }

    /// <summary>A member's checklist: the questions with its answers.</summary>
    /// <param name="code">The code from the route.</param>
    /// <returns>The member's name, the checklist and its answers; <see langword="null"/> for an unknown or malformed code.</returns>
    public async Task<ChecklistView?> ChecklistAsync(string code)
    {
        if (await MemberAsync(code) is not { } member)
        {
            return null;
        }

        var answers = await grains.GetChecklist(options.Value.NetworkId, member.Code).GetAnswersAsync();
        return new(member.Code, member.Name, checklist, answers.ToDictionary(a => a.Question));
    }

    private async Task<(MemberCode Code, string Name, LocalDate Today)?> MemberAsync(string code)
    {
        if (!MemberCode.TryParse(code, out var member))
        {
            return null;
        }

        var grain = grains.GetGrain<IMunicipalityGrain>(member.ToString());
        return await grain.GetProfileAsync() is { } profile && (await grain.GetNetworkAsync() is not { } network || network == options.Value.NetworkId)
            ? (member, profile.Name, await grain.TodayAsync())
            : null;
    }

    private async Task<IReadOnlyList<ActionPointView>> ReadAsync(EntityList list, Func<MemberCode, Task<LocalDate>> todayOf, bool overdueOnly = false)
    {
        var views = new List<ActionPointView>();
        await foreach (var entry in list.ReadAsync())
        {
            if (EntityIds.Number(entry.Id) is not { } number || entry.Member.Code is not { } member)
            {
                continue;
            }

            var today = await todayOf(member);
            if (overdueOnly && entry.Day >= today)
            {
                // Filed by due date across members whose todays differ by their zones (at most a day): a point due on
                // this member's today may be followed by one of a member already a day further, overdue there.
                if (entry.Day > today.PlusDays(1))
                {
                    break;
                }

                continue;
            }

            if (await grains.GetActionPoint(options.Value.NetworkId, number).GetAsync() is { } point && (!overdueOnly || point.IsOverdueOn(today)))
            {
                views.Add(new(number, point, point.IsOverdueOn(today)));
                if (views.Count == PointsPerPage)
                {
                    break;
                }
            }
        }

        return views;
    }
}

/// <summary>An action point as a page shows it.</summary>
/// <param name="Id">The network's number for it.</param>
/// <param name="Point">The point.</param>
/// <param name="Overdue">Whether it is overdue on its member's today.</param>
public sealed record ActionPointView(int Id, ActionPoint Point, bool Overdue)
{
    /// <summary>The id as text.</summary>
    public string IdText => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A member's action plan page's data.</summary>
/// <param name="Code">The member's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Today">Today in its zone.</param>
/// <param name="Points">Its points by due date.</param>
/// <param name="Names">The member's name by id.</param>
internal sealed record ActionPlanView(MemberCode Code, string Name, LocalDate Today, IReadOnlyList<ActionPointView> Points, IReadOnlyDictionary<string, string> Names);

/// <summary>A member's checklist page's data.</summary>
/// <param name="Code">The member's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Checklist">The registered checklist.</param>
/// <param name="Answers">The member's answers by question.</param>
internal sealed record ChecklistView(MemberCode Code, string Name, Checklist Checklist, IReadOnlyDictionary<ChecklistQuestionId, ChecklistAnswer> Answers);
