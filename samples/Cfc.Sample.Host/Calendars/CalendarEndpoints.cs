using System.Globalization;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Meetings;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Sdk.Orleans.Network;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Calendars;

/// <summary>
/// The meetings as calendars to subscribe to (iCalendar, RFC 5545): <c>GET /api/meetings.ics</c>, the network's, and
/// <c>GET /api/municipalities/{code}/meetings.ics</c>, those a member organises or takes part in. Anonymous: meetings are
/// published.
/// </summary>
/// <remarks>
/// A calendar holds the meetings that start from <c>from</c> (by default <see cref="DaysBack"/> days before today,
/// Europe/Amsterdam, so that a meeting cancelled lately still reaches the calendars that hold it) up to and including
/// <c>to</c> (open by default), by start, at most <see cref="MaxMeetings"/> of them: the network's list is read by day
/// as far as they go, never whole. A member's calendar holds its own meetings among those.
/// </remarks>
internal static class CalendarEndpoints
{
    /// <summary>How many days before today a calendar starts by default.</summary>
    public const int DaysBack = 90;

    /// <summary>The most meetings of the network a calendar reads.</summary>
    public const int MaxMeetings = 500;

    /// <summary>Maps the calendars' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapCalendars(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings.ics", NetworkAsync).WithTags("Meetings");
        app.MapGet("/api/municipalities/{code}/meetings.ics", MemberAsync).WithTags("Meetings");
        return app;
    }

    /// <summary>The network's meetings of the window as a calendar.</summary>
    private static async Task<Results<CalendarResult, InvalidProblem>> NetworkAsync(string? from, string? to, HttpRequest http, IGrainFactory grains, IClock clock, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        var errors = new ValidationErrors();
        if (Window(from, to, clock, zones, errors) is not { } window)
        {
            return errors.ToResult();
        }

        var meetings = await grains.ReadRevisionsAsync(options.Value.NetworkId, window.From, window.Before, MaxMeetings, http.HttpContext.RequestAborted);
        return await CalendarAsync("Child Friendly Cities: meetings", meetings, http, grains, clock, options);
    }

    /// <summary>The meetings of the window a member organises or takes part in, as a calendar; 404 for a member the network does not know.</summary>
    private static async Task<Results<CalendarResult, InvalidProblem, NotFoundProblem>> MemberAsync(string code, string? from, string? to, HttpRequest http, IGrainFactory grains, IClock clock, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        var errors = new ValidationErrors();
        if (Window(from, to, clock, zones, errors) is not { } window)
        {
            return errors.ToResult();
        }

        if (await grain.GetProfileAsync() is not { } member)
        {
            return Municipality.Unknown(code);
        }

        var id = MemberId.For(MemberCode.Parse(code));
        var meetings = await grains.ReadRevisionsAsync(options.Value.NetworkId, window.From, window.Before, MaxMeetings, http.HttpContext.RequestAborted);
        var own = meetings.Where(m => m.Revision.Meeting.Participants.Any(p => p.Member == id)).ToArray();
        return await CalendarAsync($"Child Friendly Cities: meetings of {member.Name}", own, http, grains, clock, options);
    }

    private static async Task<CalendarResult> CalendarAsync(
        string name, IReadOnlyList<(int Id, MeetingRevision Revision)> meetings, HttpRequest http, IGrainFactory grains, IClock clock, IOptions<CfcHostingOptions> options)
    {
        var names = await grains.Network(options).NamesAsync(meetings.Select(m => m.Revision.Meeting));
        var site = PublicUrl.Of(http);
        return new CalendarResult(MeetingCalendar.Of(
            name,
            options.Value.NetworkId,
            meetings,
            names,
            id => new Uri(site, string.Create(CultureInfo.InvariantCulture, $"meetings/{id}")),
            clock.GetCurrentInstant()));
    }

    // The first day and the first day after the window, or the errors naming "from" and "to".
    private static (LocalDate From, LocalDate Before)? Window(string? from, string? to, IClock clock, IDateTimeZoneProvider zones, ValidationErrors errors)
    {
        var first = clock.GetCurrentInstant().InZone(zones[MemberCode.EuropeanNetherlandsZoneId]).Date.PlusDays(-DaysBack);
        if (from is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(from);
            if (parsed.Success)
            {
                first = parsed.Value;
            }
            else
            {
                errors.Add("from", $"'{from}' is not an ISO date such as 2026-01-01.");
            }
        }

        var before = LocalDate.MaxIsoValue;
        if (to is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(to);
            if (!parsed.Success)
            {
                errors.Add("to", $"'{to}' is not an ISO date such as 2026-12-31.");
            }
            else if (parsed.Value < first)
            {
                errors.Add("to", $"'{to}' is before the first day, {LocalDatePattern.Iso.Format(first)}: give a last day on or after 'from'.");
            }
            else if (parsed.Value < LocalDate.MaxIsoValue)
            {
                before = parsed.Value.PlusDays(1);
            }
        }

        return errors.Any ? null : (first, before);
    }
}
