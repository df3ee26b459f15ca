using System.Text.Json.Serialization;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using NodaTime;

namespace Cfc.Sample.Host.Meetings;

/// <summary>
/// A meeting: <c>{"id","title","kind","format","themes":[{"name","chosenWithYoungPeople"}],"organiser","start","end","status",
/// "cancellation":{"reason"},"localTimes"}</c>, <c>cancellation</c> only when cancelled.
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
    IReadOnlyList<LocalTimeResponse> LocalTimes)
{
    /// <summary>The response for <paramref name="meeting"/>.</summary>
    /// <param name="id">The meeting's number.</param>
    /// <param name="meeting">The meeting.</param>
    /// <param name="nameOf">The name of a member.</param>
    /// <returns>The response.</returns>
    public static MeetingResponse From(int id, Meeting meeting, Func<MemberId, string> nameOf) => new(
        id,
        meeting.Title,
        meeting.Kind,
        meeting.Format,
        [.. meeting.Themes.Select(t => new MeetingThemeResponse(t.Name, t.ChosenWithYoungPeople))],
        meeting.Organiser.Member.ToString(),
        meeting.StartInstant,
        meeting.EndInstant,
        meeting.Status,
        meeting.CancellationReason is { } reason ? new MeetingCancellationResponse(reason) : null,
        [.. meeting.LocalTimes().Select(t => LocalTimeResponse.From(t, nameOf))]);
}

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
