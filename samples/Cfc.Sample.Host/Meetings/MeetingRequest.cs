using Cfc.Sdk.Meetings;
using NodaTime;

namespace Cfc.Sample.Host.Meetings;

/// <summary>
/// The body of <c>POST /api/meetings</c>: <c>{"title", "format": "Online", "kind": "Thematic", "themes": [{"name",
/// "chosenWithYoungPeople"}], "organiser": "GM0518", "start": "2026-04-02T15:00:00", "duration": "PT1H30M",
/// "participants": ["GM9002", "org:armoedefonds"]}</c>.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Format">Online or in person.</param>
/// <param name="Kind">Thematic (needs a theme) or about a local issue.</param>
/// <param name="Themes">The themes; optional for a meeting about a local issue.</param>
/// <param name="Organiser">The member id of the organiser, a member the network knows.</param>
/// <param name="Start">The local date and time of the start in the organiser's zone.</param>
/// <param name="Duration">How long it lasts: an ISO period of weeks, days, hours and minutes, more than zero and at most 7 days.</param>
/// <param name="Participants">The member ids of the other participants; each takes part from its own zone.</param>
internal sealed record MeetingRequest(
    string? Title,
    MeetingFormat? Format,
    MeetingKind? Kind,
    IReadOnlyList<MeetingThemeRequest>? Themes,
    string? Organiser,
    LocalDateTime? Start,
    Period? Duration,
    IReadOnlyList<string>? Participants);

/// <summary>A meeting's theme: <c>{"name": "armoede", "chosenWithYoungPeople": true}</c>.</summary>
/// <param name="Name">The theme.</param>
/// <param name="ChosenWithYoungPeople">Whether young people chose it; <see langword="false"/> by default.</param>
internal sealed record MeetingThemeRequest(string? Name, bool? ChosenWithYoungPeople);
