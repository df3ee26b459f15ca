using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Meetings;

/// <summary>The network's meetings: <c>POST /api/meetings</c> and <c>GET /api/meetings?from=</c>.</summary>
/// <remarks>Meetings are the network's, not one member's: only a coordinator adds them.</remarks>
internal static class MeetingEndpoints
{
    /// <summary>Maps the meetings' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapMeetings(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings").WithTags("Meetings");
        group.MapPost("/", AddAsync).RequireWriteAccess();
        group.MapGet("/", ListAsync).WithListPaging();
        return app;
    }

    /// <summary>Adds a meeting (201 with the meeting and each participant's local time).</summary>
    private static async Task<Results<Created<MeetingResponse>, InvalidProblem>> AddAsync(MeetingRequest request, IGrainFactory grains, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        var network = grains.Network(options);
        var members = (await network.GetMembersAsync()).ToDictionary(m => m.Id);
        var errors = new ValidationErrors();
        MeetingParticipant? Known(string? text, string field)
        {
            if (text is null)
            {
                errors.Add(field, "A member id is required, such as \"GM0518\" or \"org:armoedefonds\".");
                return null;
            }

            if (!MemberId.TryParse(text, out var id) || !members.TryGetValue(id, out var member))
            {
                errors.Add(field, $"'{text}' is not a member the network knows (a CBS code such as GM0518, or org: and an organisation's id).");
                return null;
            }

            return new MeetingParticipant(member.Id, zones[member.TimeZoneId]);
        }

        if (request.Title is null)
        {
            errors.Add("title", "The title is required.");
        }

        if (request.Format is null)
        {
            errors.Add("format", "The format is required: Online or InPerson.");
        }

        if (request.Kind is null)
        {
            errors.Add("kind", "The kind is required: Thematic or LocalIssue.");
        }

        var organiser = Known(request.Organiser, "organiser");
        var participants = new List<MeetingParticipant>();
        for (var i = 0; i < (request.Participants?.Count ?? 0); i++)
        {
            if (Known(request.Participants![i], $"participants[{i}]") is { } participant)
            {
                participants.Add(participant);
            }
        }

        var themes = new List<MeetingTheme>();
        for (var i = 0; i < (request.Themes?.Count ?? 0); i++)
        {
            if (request.Themes![i]?.Name is not { } name)
            {
                errors.Add($"themes[{i}].name", "A theme has a name.");
                continue;
            }

            try
            {
                themes.Add(new MeetingTheme(name, request.Themes[i].ChosenWithYoungPeople ?? false));
            }
            catch (ArgumentException e)
            {
                errors.Add($"themes[{i}].name", ValidationErrors.MessageOf(e));
            }
        }

        if (request.Start is null)
        {
            errors.Add("start", "The start is required: the local date and time in the organiser's zone, e.g. \"2026-04-02T15:00:00\".");
        }

        Duration duration = default;
        if (request.Duration is not { } period)
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
            return errors.ToResult();
        }

        Meeting meeting;
        try
        {
            var first = organiser!;
            meeting = new Meeting(request.Title!, request.Format!.Value, request.Kind!.Value, themes, first, Meeting.StartAt(request.Start!.Value, first.Zone), duration, participants);
        }
        catch (ArgumentException e)
        {
            var field = e.ParamName switch
            {
                "localStart" or "start" => "start",
                null => "request",
                var name => name,
            };
            return ValidationErrors.For(field, ValidationErrors.MessageOf(e));
        }

        await network.AddMeetingAsync(meeting);
        var body = MeetingResponse.From(meeting, id => members[id].Name);
        return TypedResults.Created($"/api/meetings?from={LocalDatePattern.Iso.Format(meeting.StartInstant.InUtc().Date)}", body);
    }

    /// <summary>The meetings from a date on (today by default, Europe/Amsterdam), by start.</summary>
    private static async Task<Results<Ok<MeetingResponse[]>, InvalidProblem>> ListAsync(string? from, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        LocalDate? first = null;
        if (from is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(from);
            if (!parsed.Success)
            {
                return ValidationErrors.For("from", $"'{from}' is not an ISO date such as 2026-01-01.");
            }

            first = parsed.Value;
        }

        var network = grains.Network(options);
        var meetings = first is { } day ? await network.GetMeetingsFromAsync(day) : await network.GetUpcomingMeetingsAsync();
        var members = (await network.GetMembersAsync()).ToDictionary(m => m.Id);
        return TypedResults.Ok(meetings.Select(m => MeetingResponse.From(m, id => members.TryGetValue(id, out var member) ? member.Name : id.ToString())).ToArray());
    }
}
