using System.ComponentModel.DataAnnotations;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Targets;
using NodaTime;

namespace Cfc.Sample.Host.ActionPlans;

/// <summary>
/// The body of <c>POST /api/municipalities/{code}/actions</c>:
/// <c>{"title", "description"?, "goalArea", "indicators"?: ["school.home-sitters"], "target"?: "school.home-sitters", "owner", "due"}</c>.
/// </summary>
/// <param name="Title">A short title.</param>
/// <param name="Description">What will be done; optional.</param>
/// <param name="GoalArea">The goal area it serves, by name.</param>
/// <param name="Indicators">Ids of catalogue indicators it should move; optional.</param>
/// <param name="Target">The indicator, one of <paramref name="Indicators"/>, whose target (set for the member) the point serves; optional.</param>
/// <param name="Owner">Who carries it out: a role or department (<c>Team Jeugd</c>), never a person's name or contact details.</param>
/// <param name="Due">The date it is due; not before today.</param>
internal sealed record ActionPointRequest(
    [property: Required] string? Title, string? Description, [property: Required] GoalArea? GoalArea, IReadOnlyList<string>? Indicators, string? Target, [property: Required] string? Owner, [property: Required] LocalDate? Due)
{
    /// <summary>The point the request creates, or the errors naming each field that cannot be used.</summary>
    /// <param name="member">The member whose plan it joins.</param>
    /// <param name="today">The member's today: the point's creation date.</param>
    /// <param name="catalogue">The indicators that may be linked.</param>
    /// <param name="targets">The member's targets, one of which the point may serve.</param>
    /// <param name="errors">Collects the errors.</param>
    /// <returns>The point; <see langword="null"/> when <paramref name="errors"/> has any.</returns>
    public ActionPoint? ToActionPoint(MemberCode member, LocalDate today, IndicatorCatalogue catalogue, IReadOnlyCollection<Target> targets, ValidationErrors errors)
    {
        if (Title is null)
        {
            errors.Add("title", "The title is required.");
        }

        if (GoalArea is null)
        {
            errors.Add("goalArea", $"The goal area is required: one of {string.Join(", ", GoalAreas.All)}.");
        }

        if (Owner is null)
        {
            errors.Add("owner", "The owner is required: a role or department, such as \"Team Jeugd\" (never a person's name).");
        }

        if (Due is null)
        {
            errors.Add("due", "The due date is required, e.g. \"2027-06-30\".");
        }

        var indicators = new List<IndicatorId>();
        foreach (var text in Indicators ?? [])
        {
            if (IndicatorId.TryParse(text, out var id) && catalogue.TryGet(id, out _))
            {
                indicators.Add(id);
            }
            else
            {
                errors.Add("indicators", $"'{text}' is not an indicator of the catalogue (GET /api/indicators lists them).");
            }
        }

        IndicatorId? target = null;
        if (Target is not null)
        {
            if (!IndicatorId.TryParse(Target, out var id) || !indicators.Contains(id))
            {
                errors.Add("target", $"'{Target}' is not one of the point's indicators; the target served is the member's target for one of them.");
            }
            else if (!targets.Any(t => t.Indicator == id))
            {
                errors.Add("target", $"{member} has no target for '{Target}' (set it with PUT /api/municipalities/{member}/targets/{Target}).");
            }
            else
            {
                target = id;
            }
        }

        if (errors.Any)
        {
            return null;
        }

        try
        {
            return new ActionPoint(member, Title!, GoalArea!.Value, Owner!, Due!.Value, today, indicators, target, Description);
        }
        catch (ArgumentException e)
        {
            errors.Add(e.ParamName switch { "dueOn" => "due", null => "request", var name => name }, ValidationErrors.MessageOf(e));
            return null;
        }
    }
}

/// <summary>
/// The body of <c>POST /api/municipalities/{code}/actions/{id}/status</c>: <c>{"status": "InProgress", "on": "2026-03-01", "note"?, "reopen"?}</c>.
/// </summary>
/// <param name="Status">The new status: Planned, InProgress, Done or Dropped.</param>
/// <param name="On">The date of the change: not before the previous one, not after the member's today.</param>
/// <param name="Note">An optional note; the reason, required, when reopening.</param>
/// <param name="Reopen"><see langword="true"/> to reopen a Done or Dropped point (to Planned or InProgress), with the reason in <paramref name="Note"/>.</param>
internal sealed record ActionPointStatusRequest([property: Required] ActionPointStatus? Status, [property: Required] LocalDate? On, string? Note, bool? Reopen)
{
    /// <summary>Checks that status and date are given, and a reason when reopening; the point checks the rest.</summary>
    /// <param name="errors">Collects the errors.</param>
    /// <returns>The status and date; <see langword="null"/> when <paramref name="errors"/> has any.</returns>
    public (ActionPointStatus Status, LocalDate On)? Validate(ValidationErrors errors)
    {
        if (Status is null)
        {
            errors.Add("status", "The status is required: Planned, InProgress, Done or Dropped.");
        }

        if (On is null)
        {
            errors.Add("on", "The date is required, e.g. \"2026-03-01\".");
        }

        if (Reopen == true && string.IsNullOrWhiteSpace(Note))
        {
            errors.Add("note", "Reopening a closed action point takes the reason, in the note.");
        }

        return Status is { } status && On is { } on && !errors.Any ? (status, on) : null;
    }
}

/// <summary>
/// An action point: <c>{"id", "member", "title", "description", "goalArea", "indicators", "target", "owner", "due",
/// "createdOn", "status", "overdue", "history": [{"status", "on", "note"}]}</c>; <c>overdue</c> on the member's today.
/// </summary>
/// <param name="Id">The network's number for it.</param>
/// <param name="Member">The member whose plan it is part of.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">What will be done, if given.</param>
/// <param name="GoalArea">The goal area it serves.</param>
/// <param name="Indicators">The indicators it should move.</param>
/// <param name="Target">The indicator whose target it serves, if any.</param>
/// <param name="Owner">The role or department carrying it out.</param>
/// <param name="Due">The due date.</param>
/// <param name="CreatedOn">The date it was created.</param>
/// <param name="Status">Its status now.</param>
/// <param name="Overdue">Whether it is open and past its due date on the member's today.</param>
/// <param name="History">Each change, Planned on the creation date first.</param>
internal sealed record ActionPointResponse(
    int Id,
    string Member,
    string Title,
    string? Description,
    GoalArea GoalArea,
    IReadOnlyList<string> Indicators,
    string? Target,
    string Owner,
    LocalDate Due,
    LocalDate CreatedOn,
    ActionPointStatus Status,
    bool Overdue,
    IReadOnlyList<ActionPointChangeResponse> History)
{
    /// <summary>The response for action point <paramref name="id"/>.</summary>
    /// <param name="id">The point's number.</param>
    /// <param name="point">The point.</param>
    /// <param name="today">The member's today, for <see cref="Overdue"/>.</param>
    /// <returns>The response.</returns>
    public static ActionPointResponse From(int id, ActionPoint point, LocalDate today) => new(
        id,
        point.Member.ToString(),
        point.Title,
        point.Description,
        point.GoalArea,
        [.. point.Indicators.Select(i => i.ToString())],
        point.Target?.ToString(),
        point.Owner,
        point.DueOn,
        point.CreatedOn,
        point.Status,
        point.IsOverdueOn(today),
        [.. point.History.Select(c => new ActionPointChangeResponse(c.Status, c.On, c.Note))]);
}

/// <summary>One change of an action point's history: <c>{"status", "on", "note"}</c>.</summary>
/// <param name="Status">The status it took.</param>
/// <param name="On">The date.</param>
/// <param name="Note">The note, if any.</param>
internal sealed record ActionPointChangeResponse(ActionPointStatus Status, LocalDate On, string? Note);
