using System.Globalization;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Participation;
using Cfc.Sdk.Participation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Meetings;

/// <summary>
/// The network's meetings: <c>POST /api/meetings</c>, <c>GET /api/meetings?from=</c>, <c>GET</c> and <c>PUT
/// /api/meetings/{id}</c>, and <c>POST /api/meetings/{id}/cancellation</c>.
/// </summary>
/// <remarks>
/// Meetings are the network's, not one member's: only a coordinator writes them. A meeting is a grain of its own
/// (<see cref="IMeetingGrain"/>); a cancelled one stays readable, and changing or cancelling it again is the domain's
/// <c>MeetingCancelledException</c>, which the problem handler answers with 409. A meeting that takes up a theme proposal
/// (<c>"proposal"</c>) marks it taken up; one no longer open is the domain's <c>ThemeProposalClosedException</c>, 409 too.
/// </remarks>
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
        group.MapGet("/{id}", GetAsync);
        group.MapPut("/{id}", ChangeAsync).RequireWriteAccess().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/cancellation", CancelAsync).RequireWriteAccess().ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>Adds a meeting (201 with the meeting, its <c>id</c> and each participant's local time, and its <c>Location</c>).</summary>
    private static async Task<Results<Created<MeetingResponse>, InvalidProblem>> AddAsync(MeetingRequest request, IGrainFactory grains, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        var errors = new ValidationErrors();
        var (meeting, members) = await request.ToMeetingAsync(grains.Network(options), zones, errors);
        var proposal = await ProposalAsync(grains, options, request.Proposal, errors);
        if (meeting is null || errors.Any)
        {
            return errors.ToResult();
        }

        var id = await grains.CreateMeetingAsync(options.Value.NetworkId, meeting);
        return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"/api/meetings/{id}"), MeetingResponse.From(id, meeting, NameIn(members), proposal?.Title));
    }

    /// <summary>One meeting, planned or cancelled; 404 when no meeting has the id.</summary>
    private static async Task<Results<Ok<MeetingResponse>, NotFoundProblem>> GetAsync(string id, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        if (EntityIds.Number(id) is not { } number || await grains.GetMeeting(options.Value.NetworkId, number).GetAsync() is not { } meeting)
        {
            return Unknown(id);
        }

        var names = await grains.Network(options).NamesAsync([meeting]);
        return TypedResults.Ok(MeetingResponse.From(number, meeting, names, await ProposalTitleAsync(grains, options, meeting)));
    }

    /// <summary>Corrects or reschedules a planned meeting with the whole meeting, as posted (200 with it); 409 when it is cancelled.</summary>
    private static async Task<Results<Ok<MeetingResponse>, InvalidProblem, NotFoundProblem>> ChangeAsync(string id, MeetingRequest request, IGrainFactory grains, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        if (EntityIds.Number(id) is not { } number)
        {
            return Unknown(id);
        }

        var errors = new ValidationErrors();
        var (meeting, members) = await request.ToMeetingAsync(grains.Network(options), zones, errors);
        var proposal = await ProposalAsync(grains, options, request.Proposal, errors);
        if (meeting is null || errors.Any)
        {
            return errors.ToResult();
        }

        var changed = await grains.GetMeeting(options.Value.NetworkId, number).ChangeAsync(meeting);
        return TypedResults.Ok(MeetingResponse.From(number, changed, NameIn(members), proposal?.Title));
    }

    /// <summary>Cancels a planned meeting for a reason (200 with it, <c>"status": "Cancelled"</c>); 409 when it already is.</summary>
    private static async Task<Results<Ok<MeetingResponse>, InvalidProblem, NotFoundProblem>> CancelAsync(string id, MeetingCancellationRequest request, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        if (EntityIds.Number(id) is not { } number)
        {
            return Unknown(id);
        }

        var errors = new ValidationErrors();
        if (request.ToReason(errors) is not { } reason)
        {
            return errors.ToResult();
        }

        var cancelled = await grains.GetMeeting(options.Value.NetworkId, number).CancelAsync(reason);
        var names = await grains.Network(options).NamesAsync([cancelled]);
        return TypedResults.Ok(MeetingResponse.From(number, cancelled, names, await ProposalTitleAsync(grains, options, cancelled)));
    }

    /// <summary>The meetings from a date on (today by default, Europe/Amsterdam), by start, cancelled ones with their status; the list is read only as far as the page goes.</summary>
    private static async Task<Results<Ok<MeetingResponse[]>, InvalidProblem>> ListAsync(string? from, HttpRequest http, IGrainFactory grains, IClock clock, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        var first = clock.GetCurrentInstant().InZone(zones[MemberCode.EuropeanNetherlandsZoneId]).Date;
        if (from is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(from);
            if (!parsed.Success)
            {
                return ValidationErrors.For("from", $"'{from}' is not an ISO date such as 2026-01-01.");
            }

            first = parsed.Value;
        }

        var network = options.Value.NetworkId;
        var meetings = await PageWindow.ReadAsync(
            http.HttpContext,
            grains.MeetingList(network).ReadAsync(first, cancellationToken: http.HttpContext.RequestAborted),
            async entry => EntityIds.Number(entry.Id) is { } number && await grains.GetMeeting(network, number).GetAsync() is { } meeting
                ? new NumberedMeeting(number, meeting)
                : null);
        var names = await grains.Network(options).NamesAsync(meetings.Select(m => m.Meeting));
        var titles = await Task.WhenAll(meetings.Select(m => ProposalTitleAsync(grains, options, m.Meeting)));
        return TypedResults.Ok(meetings.Select((m, i) => MeetingResponse.From(m.Id, m.Meeting, names, titles[i])).ToArray());
    }

    // The theme proposal a request names, or the error naming "proposal" when the network has none with the number; whether it
    // is still open is the proposal's grain's to say when the meeting takes it up (409).
    private static async Task<ThemeProposal?> ProposalAsync(IGrainFactory grains, IOptions<CfcHostingOptions> options, int? number, ValidationErrors errors)
    {
        if (number is not { } proposal)
        {
            return null;
        }

        if (proposal >= 0 && await grains.GetThemeProposal(options.Value.NetworkId, proposal).GetAsync() is { } found)
        {
            return found;
        }

        errors.Add("proposal", $"No theme proposal {proposal}: give the number of one of the network's theme proposals (GET /api/themes?status=Open).");
        return null;
    }

    private static async Task<string?> ProposalTitleAsync(IGrainFactory grains, IOptions<CfcHostingOptions> options, Meeting meeting) =>
        meeting.Proposal is { } proposal ? (await grains.GetThemeProposal(options.Value.NetworkId, proposal).GetAsync())?.Title : null;

    private static NotFoundProblem Unknown(string id) => new($"No meeting {id}.");

    private static Func<MemberId, string> NameIn(IReadOnlyDictionary<MemberId, RegisteredMember> members) =>
        id => members.TryGetValue(id, out var member) ? member.Name : id.ToString();
}
