using System.ComponentModel.DataAnnotations;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Network;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Meetings;

/// <summary>
/// The body of <c>POST /api/meetings</c> and <c>PUT /api/meetings/{id}</c>: <c>{"title", "format": "Online", "kind":
/// "Thematic", "themes": [{"name", "chosenWithYoungPeople"}], "organiser": "GM0518", "start": "2026-04-02T15:00:00",
/// "duration": "PT1H30M", "participants": ["GM9002", "org:armoedefonds"], "proposal"?: 3}</c>.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Format">Online or in person.</param>
/// <param name="Kind">Thematic (needs a theme) or about a local issue.</param>
/// <param name="Themes">The themes; optional for a meeting about a local issue.</param>
/// <param name="Organiser">The member id of the organiser, a member the network knows.</param>
/// <param name="Start">The local date and time of the start in the organiser's zone.</param>
/// <param name="Duration">How long it lasts: an ISO period of weeks, days, hours and minutes, more than zero and at most 7 days.</param>
/// <param name="Participants">The member ids of the other participants; each takes part from its own zone.</param>
/// <param name="Proposal">The number of the network's theme proposal the meeting takes up, an open one (or the one it took up already); optional.</param>
internal sealed record MeetingRequest(
    [property: Required] string? Title,
    [property: Required] MeetingFormat? Format,
    [property: Required] MeetingKind? Kind,
    IReadOnlyList<MeetingThemeRequest>? Themes,
    [property: Required] string? Organiser,
    [property: Required] LocalDateTime? Start,
    [property: Required] Period? Duration,
    IReadOnlyList<string>? Participants,
    int? Proposal = null)
{
    /// <summary>
    /// The planned meeting this request describes, every invalid field recorded in <paramref name="errors"/>. Each member
    /// named is looked up in the register on its own (one call per member, not the whole network).
    /// </summary>
    /// <param name="network">The network's grain, whose register knows the members.</param>
    /// <param name="zones">The time zones the members' zone ids name.</param>
    /// <param name="errors">Where invalid fields are recorded.</param>
    /// <returns>The meeting, or <see langword="null"/> when a field is invalid; and the members it names, by id.</returns>
    public async Task<(Meeting? Meeting, IReadOnlyDictionary<MemberId, RegisteredMember> Members)> ToMeetingAsync(INetworkGrain network, IDateTimeZoneProvider zones, ValidationErrors errors)
    {
        var named = new List<(string Field, string? Text)> { ("organiser", Organiser) };
        named.AddRange((Participants ?? []).Select((text, i) => ($"participants[{i}]", (string?)text)));
        var ids = named.Select(n => n.Text is not null && MemberId.TryParse(n.Text, out var id) ? id : (MemberId?)null).ToArray();
        var known = (await Task.WhenAll(ids.OfType<MemberId>().Distinct().Select(network.GetMemberAsync))).OfType<RegisteredMember>().ToDictionary(m => m.Id);

        var members = new RegisteredMember?[named.Count];
        for (var i = 0; i < named.Count; i++)
        {
            if (named[i].Text is null)
            {
                errors.Add(named[i].Field, "A member id is required, such as \"GM0518\" or \"org:armoedefonds\".");
            }
            else if (ids[i] is not { } id || !known.TryGetValue(id, out members[i]))
            {
                errors.Add(named[i].Field, $"'{named[i].Text}' is not a member the network knows (a member code such as GM0518 or DE-05315000, or org: and an organisation's id).");
            }
        }

        if (Title is null)
        {
            errors.Add("title", "The title is required.");
        }

        if (Format is null)
        {
            errors.Add("format", "The format is required: Online or InPerson.");
        }

        if (Kind is null)
        {
            errors.Add("kind", "The kind is required: Thematic or LocalIssue.");
        }

        var themes = new List<MeetingTheme>();
        for (var i = 0; i < (Themes?.Count ?? 0); i++)
        {
            if (Themes![i]?.Name is not { } name)
            {
                errors.Add($"themes[{i}].name", "A theme has a name.");
                continue;
            }

            try
            {
                themes.Add(new MeetingTheme(name, Themes[i].ChosenWithYoungPeople ?? false));
            }
            catch (ArgumentException e)
            {
                errors.Add($"themes[{i}].name", ValidationErrors.MessageOf(e));
            }
        }

        if (Start is null)
        {
            errors.Add("start", "The start is required: the local date and time in the organiser's zone, e.g. \"2026-04-02T15:00:00\".");
        }

        Duration duration = default;
        if (Duration is not { } period)
        {
            errors.Add("duration", "The duration is required, e.g. \"PT1H30M\".");
        }
        else if (period.Years != 0 || period.Months != 0)
        {
            errors.Add("duration", $"{PeriodPattern.Roundtrip.Format(period)} has years or months, which have no fixed length; give weeks, days, hours and minutes.");
        }
        else
        {
            duration = period.ToDuration();
        }

        if (errors.Any)
        {
            return (null, known);
        }

        try
        {
            var organiser = Participant(members[0]!, zones);
            var meeting = new Meeting(
                Title!,
                Format!.Value,
                Kind!.Value,
                themes,
                organiser,
                Meeting.StartAt(Start!.Value, organiser.Zone),
                duration,
                members.Skip(1).Select(m => Participant(m!, zones)),
                Proposal);
            return (meeting, known);
        }
        catch (ArgumentException e)
        {
            var field = e.ParamName switch
            {
                "localStart" or "start" => "start",
                null => "request",
                var name => name,
            };
            errors.Add(field, ValidationErrors.MessageOf(e));
            return (null, known);
        }
    }

    // A member takes part from the zone the register keeps for it.
    private static MeetingParticipant Participant(RegisteredMember member, IDateTimeZoneProvider zones) => new(member.Id, zones[member.TimeZoneId]);
}

/// <summary>A meeting's theme: <c>{"name": "armoede", "chosenWithYoungPeople": true}</c>.</summary>
/// <param name="Name">The theme.</param>
/// <param name="ChosenWithYoungPeople">Whether young people chose it; <see langword="false"/> by default.</param>
internal sealed record MeetingThemeRequest([property: Required] string? Name, bool? ChosenWithYoungPeople);

/// <summary>The body of <c>POST /api/meetings/{id}/cancellation</c>: <c>{"reason": "Te weinig aanmeldingen."}</c>.</summary>
/// <param name="Reason">Why the meeting is cancelled: required, at most 1,000 characters.</param>
internal sealed record MeetingCancellationRequest([property: Required] string? Reason)
{
    /// <summary>The reason, or <see langword="null"/> with the error recorded; the domain checks its length when cancelling.</summary>
    /// <param name="errors">Where an invalid field is recorded.</param>
    /// <returns>The reason as given.</returns>
    public string? ToReason(ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Reason))
        {
            errors.Add("reason", "The reason is required, such as \"Te weinig aanmeldingen.\".");
            return null;
        }

        return Reason;
    }
}
