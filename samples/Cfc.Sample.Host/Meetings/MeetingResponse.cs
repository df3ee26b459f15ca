using System.Text.Json.Serialization;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using NodaTime;

namespace Cfc.Sample.Host.Meetings;

/// <summary>
/// A meeting: <c>{"id","title","kind","format","themes":[{"name","chosenWithYoungPeople"}],"organiser","start","end","status",
/// "cancellation":{"reason"},"localTimes","proposal":{"id","title"}}</c>, <c>cancellation</c> only when cancelled, <c>proposal</c>
/// only when the meeting takes up a theme proposal, whose themes then all count as chosen with young people.
/// </summary>
/// <param name="Id">The meeting's number in the network, as in <c>/api/meetings/{id}</c>.</param>
/// <param name="Title">The title.</param>
/// <param name="Kind">Thematic or about a local issue.</param>
/// <param name="Format">Online or in person.</param>
/// <param name="Themes">The themes.</param>
/// <param name="Organiser">The organiser's member id.</param>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="Status">Planned or Cancelled.</param>
/// <param name="Cancellation">Why it was cancelled; <see langword="null"/> (left out) while planned.</param>
/// <param name="LocalTimes">The organiser first, then the other participants by id, each in its own zone.</param>
/// <param name="Proposal">The theme proposal the meeting takes up; <see langword="null"/> (left out) for none.</param>
internal sealed record MeetingResponse(
    int Id,
    string Title,
    MeetingKind Kind,
    MeetingFormat Format,
    IReadOnlyList<MeetingThemeResponse> Themes,
    string Organiser,
    Instant Start,
    Instant End,
    MeetingStatus Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MeetingCancellationResponse? Cancellation,
    IReadOnlyList<LocalTimeResponse> LocalTimes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MeetingProposalResponse? Proposal = null)
{
    /// <summary>The response for <paramref name="meeting"/>.</summary>
    /// <param name="id">The meeting's number.</param>
    /// <param name="meeting">The meeting.</param>
    /// <param name="nameOf">The name of a member.</param>
    /// <param name="proposalTitle">The title of the theme proposal the meeting takes up, when it takes one up.</param>
    /// <returns>The response.</returns>
    public static MeetingResponse From(int id, Meeting meeting, Func<MemberId, string> nameOf, string? proposalTitle = null) => new(
        id,
        meeting.Title,
        meeting.Kind,
        meeting.Format,
        [.. meeting.Themes.Select(t => new MeetingThemeResponse(t.Name, t.ChosenWithYoungPeople || meeting.Proposal is not null))],
        meeting.Organiser.Member.ToString(),
        meeting.StartInstant,
        meeting.EndInstant,
        meeting.Status,
        meeting.CancellationReason is { } reason ? new MeetingCancellationResponse(reason) : null,
        [.. meeting.LocalTimes().Select(t => LocalTimeResponse.From(t, nameOf))],
        meeting.Proposal is { } proposal ? new MeetingProposalResponse(proposal, proposalTitle ?? string.Empty) : null);
}

/// <summary>The theme proposal a meeting takes up: <c>{"id","title"}</c>, as in <c>/api/themes/{id}</c>.</summary>
/// <param name="Id">The proposal's number.</param>
/// <param name="Title">Its title.</param>
internal sealed record MeetingProposalResponse(int Id, string Title);

/// <summary>Why a meeting was cancelled: <c>{"reason"}</c>.</summary>
/// <param name="Reason">The reason given.</param>
internal sealed record MeetingCancellationResponse(string Reason);

/// <summary>A meeting's theme.</summary>
/// <param name="Name">The theme.</param>
/// <param name="ChosenWithYoungPeople">Whether young people chose it.</param>
internal sealed record MeetingThemeResponse(string Name, bool ChosenWithYoungPeople);

/// <summary>One participant's local time of a meeting: <c>{"member","name","timeZone","start","end"}</c>, with the offsets then.</summary>
/// <param name="Member">The participant's member id.</param>
/// <param name="Name">Its name.</param>
/// <param name="TimeZone">The zone it takes part from.</param>
/// <param name="Start">The start there, with the offset then.</param>
/// <param name="End">The end there, with the offset then.</param>
internal sealed record LocalTimeResponse(string Member, string Name, string TimeZone, OffsetDateTime Start, OffsetDateTime End)
{
    /// <summary>The response for the domain's <paramref name="time"/>.</summary>
    /// <param name="time">A participant's local time.</param>
    /// <param name="nameOf">The name of a member.</param>
    /// <returns>The response.</returns>
    public static LocalTimeResponse From(MeetingLocalTime time, Func<MemberId, string> nameOf) => new(
        time.Member.ToString()!,
        time.Member is { } member ? nameOf(member) : string.Empty,
        time.Zone.Id,
        time.Start.WithOffset(time.StartOffset),
        time.End.WithOffset(time.EndOffset));
}
