using System.ComponentModel.DataAnnotations;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Network;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Participation;

/// <summary>
/// The body of <c>POST /api/municipalities/{code}/participation</c>: <c>{"kind": "Council", "heldOn": "2026-03-12",
/// "phase": "SituationAnalysis", "ageGroups": ["12-17"], "participants": 14, "groupsReached": ["poverty"], "topics":
/// ["veilig naar school"], "decisionFed"?, "feedback"?: {"givenOn", "how"}}</c>.
/// </summary>
/// <remarks>
/// Only these members are read: anything else a body carries (a child's name or birth date) is neither stored nor
/// answered, since no type of the record can hold it.
/// </remarks>
/// <param name="Kind">Council, Panel, Consultation, Survey, Workshop or Other.</param>
/// <param name="HeldOn">The day it was held; the member's today by default, never after it.</param>
/// <param name="Phase">The programme phase it fed: a phase of the cycle.</param>
/// <param name="AgeGroups">Age bands such as <c>12-17</c> or <c>18+</c>; optional.</param>
/// <param name="Participants">How many children took part.</param>
/// <param name="GroupsReached">The groups reached: <c>disability</c>, <c>poverty</c>, <c>refugee-background</c>, <c>in-care</c> or another kebab-case id; optional.</param>
/// <param name="Topics">The topics; optional.</param>
/// <param name="DecisionFed">The decision it fed; optional.</param>
/// <param name="Feedback">The feedback given to the children; optional.</param>
internal sealed record ParticipationRequest(
    [property: Required] ParticipationKind? Kind,
    LocalDate? HeldOn,
    [property: Required] ProgrammePhase? Phase,
    IReadOnlyList<string>? AgeGroups,
    [property: Required] int? Participants,
    IReadOnlyList<string>? GroupsReached,
    IReadOnlyList<string>? Topics,
    string? DecisionFed,
    FeedbackRequest? Feedback)
{
    /// <summary>The record this request describes, or the errors naming each field that cannot be used.</summary>
    /// <param name="member">The member from the route.</param>
    /// <param name="today">The member's today: the default day held, and the latest day held or feedback given.</param>
    /// <param name="errors">Collects the errors.</param>
    /// <returns>The record; <see langword="null"/> when <paramref name="errors"/> has any.</returns>
    public ParticipationRecord? ToRecord(MemberCode member, LocalDate today, ValidationErrors errors)
    {
        if (Kind is null)
        {
            errors.Add("kind", "The kind is required: Council, Panel, Consultation, Survey, Workshop or Other.");
        }

        if (Phase is null)
        {
            errors.Add("phase", "The programme phase it fed is required, such as \"SituationAnalysis\".");
        }

        if (Participants is null)
        {
            errors.Add("participants", "The number of children who took part is required (a count; no names).");
        }

        var heldOn = HeldOn ?? today;
        if (heldOn > today)
        {
            errors.Add("heldOn", $"{LocalDatePattern.Iso.Format(heldOn)} is after the member's today, {LocalDatePattern.Iso.Format(today)}: a record is of participation that took place.");
        }

        var groups = new List<ReachedGroup>();
        for (var i = 0; i < (GroupsReached?.Count ?? 0); i++)
        {
            if (ReachedGroup.TryParse(GroupsReached![i], out var group))
            {
                groups.Add(group);
            }
            else
            {
                errors.Add($"groupsReached[{i}]", $"'{GroupsReached[i]}' is not a group: use lowercase words joined by hyphens, such as disability, poverty, refugee-background or in-care.");
            }
        }

        ParticipationFeedback? feedback = null;
        if (Feedback is not null)
        {
            feedback = Feedback.ToFeedback(today, errors);
        }

        if (errors.Any)
        {
            return null;
        }

        try
        {
            return new ParticipationRecord(member, Kind!.Value, heldOn, Phase!.Value, Participants!.Value, AgeGroups, groups, Topics, DecisionFed, feedback);
        }
        catch (ArgumentException e)
        {
            errors.Add(e.ParamName switch { null => "request", var name => name }, ValidationErrors.MessageOf(e));
            return null;
        }
    }
}

/// <summary>The feedback given to the children: <c>{"givenOn": "2026-04-02", "how": "Brief aan de kinderraad."}</c>.</summary>
/// <param name="GivenOn">The day it was given; not after the member's today.</param>
/// <param name="How">How it was given.</param>
internal sealed record FeedbackRequest([property: Required] LocalDate? GivenOn, [property: Required] string? How)
{
    /// <summary>The feedback, or the errors naming <c>feedback.givenOn</c> and <c>feedback.how</c>.</summary>
    /// <param name="today">The member's today.</param>
    /// <param name="errors">Collects the errors.</param>
    /// <returns>The feedback; <see langword="null"/> when a field is invalid.</returns>
    public ParticipationFeedback? ToFeedback(LocalDate today, ValidationErrors errors)
    {
        if (GivenOn is not { } givenOn)
        {
            errors.Add("feedback.givenOn", "The day the feedback was given is required, e.g. \"2026-04-02\".");
            return null;
        }

        if (givenOn > today)
        {
            errors.Add("feedback.givenOn", $"{LocalDatePattern.Iso.Format(givenOn)} is after the member's today, {LocalDatePattern.Iso.Format(today)}.");
            return null;
        }

        try
        {
            return new ParticipationFeedback(givenOn, How!);
        }
        catch (ArgumentException e)
        {
            errors.Add("feedback.how", ValidationErrors.MessageOf(e));
            return null;
        }
    }
}

/// <summary>
/// A participation record: <c>{"id","member","kind","heldOn","phase","ageGroups","participants","groupsReached","topics",
/// "decisionFed","feedback":{"givenOn","how"}}</c>; <c>participants</c> through disclosure control, a rounded number or
/// <c>"."</c> below the threshold, never the true small count.
/// </summary>
/// <param name="Id">The network's number for it, as in <c>/api/participation/{id}</c>.</param>
/// <param name="Member">The member's code.</param>
/// <param name="Kind">The form of participation.</param>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="Phase">The programme phase it fed.</param>
/// <param name="AgeGroups">The age bands, youngest first.</param>
/// <param name="Participants">How many children took part, disclosed.</param>
/// <param name="GroupsReached">The groups reached, by id.</param>
/// <param name="Topics">The topics.</param>
/// <param name="DecisionFed">The decision it fed; <see langword="null"/> when none is named.</param>
/// <param name="Feedback">The feedback given; <see langword="null"/> while none is given.</param>
internal sealed record ParticipationResponse(
    int Id,
    string Member,
    ParticipationKind Kind,
    LocalDate HeldOn,
    ProgrammePhase Phase,
    IReadOnlyList<string> AgeGroups,
    DisclosedValue Participants,
    IReadOnlyList<string> GroupsReached,
    IReadOnlyList<string> Topics,
    string? DecisionFed,
    FeedbackResponse? Feedback)
{
    /// <summary>The response for record <paramref name="id"/>, its count disclosed by <paramref name="disclosure"/>.</summary>
    /// <param name="id">The record's number.</param>
    /// <param name="record">The record.</param>
    /// <param name="disclosure">The host's disclosure control.</param>
    /// <returns>The response.</returns>
    public static ParticipationResponse From(int id, ParticipationRecord record, DisclosureControl disclosure) => new(
        id,
        record.Member.ToString(),
        record.Kind,
        record.HeldOn,
        record.Phase,
        record.AgeGroups,
        disclosure.DiscloseCount(record.Participants),
        [.. record.GroupsReached.Select(g => g.ToString())],
        record.Topics,
        record.DecisionFed,
        record.Feedback is { } feedback ? new FeedbackResponse(feedback.GivenOn, feedback.How) : null);
}

/// <summary>The feedback given to the children: <c>{"givenOn","how"}</c>.</summary>
/// <param name="GivenOn">The day it was given.</param>
/// <param name="How">How it was given.</param>
internal sealed record FeedbackResponse(LocalDate GivenOn, string How);

/// <summary>The answer to a record made: <c>{"id": 3}</c>, the number the record's answer carries.</summary>
/// <param name="Id">The record's number, as in <c>/api/participation/{id}</c>.</param>
internal sealed record ParticipationCreatedResponse(int Id);
