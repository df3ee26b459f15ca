using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Network;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Newsletters;

/// <summary>
/// The newsletter's routes: <c>GET</c> and <c>PUT /api/newsletters/schedule</c>, and <c>GET /api/newsletters/next</c>,
/// the draft of the next edition (JSON, or Markdown for <c>Accept: text/markdown</c>).
/// </summary>
internal static class NewsletterEndpoints
{
    /// <summary>Maps the newsletter's routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapNewsletters(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/newsletters").WithTags("Newsletter");
        group.MapGet("/schedule", GetScheduleAsync);
        group.MapPut("/schedule", PutScheduleAsync).RequireWriteAccess();
        group.MapGet("/next", NextAsync);
        return app;
    }

    /// <summary>The schedule with its next edition, or 404 when none is set.</summary>
    private static async Task<IResult> GetScheduleAsync(IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        var network = grains.GetGrain<INetworkGrain>(options.Value.NetworkId);
        return await network.GetNewsletterScheduleAsync() is { } schedule
            ? Results.Ok(new ScheduleResponse(schedule.Anchor, schedule.Cadence, await network.GetNextNewsletterDateAsync()))
            : NoSchedule();
    }

    /// <summary>Sets (201) or replaces (200) the schedule.</summary>
    private static async Task<IResult> PutScheduleAsync(ScheduleRequest request, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        if (request.Anchor is not { } anchor)
        {
            return ValidationErrors.For("anchor", "The date of the first edition is required, e.g. \"2026-01-05\".");
        }

        NewsletterSchedule schedule;
        try
        {
            schedule = new NewsletterSchedule(anchor, request.Cadence);
        }
        catch (ArgumentException e)
        {
            return ValidationErrors.For(e.ParamName ?? "cadence", ValidationErrors.MessageOf(e));
        }

        var network = grains.GetGrain<INetworkGrain>(options.Value.NetworkId);
        var existed = await network.GetNewsletterScheduleAsync() is not null;
        await network.SetNewsletterScheduleAsync(schedule);
        var body = new ScheduleResponse(schedule.Anchor, schedule.Cadence, await network.GetNextNewsletterDateAsync());
        return existed ? Results.Ok(body) : Results.Created("/api/newsletters/schedule", body);
    }

    /// <summary>The draft of the next edition; 404 when no schedule is set.</summary>
    private static async Task<IResult> NextAsync(HttpRequest http, IGrainFactory grains, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        var draft = await NewsletterDraft.BuildAsync(grains, options.Value.NetworkId, zones[MemberCode.EuropeanNetherlandsZoneId]);
        if (draft is null)
        {
            return NoSchedule();
        }

        return http.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/markdown", StringComparison.OrdinalIgnoreCase))
            ? Results.Text(NewsletterMarkdown.Write(draft), "text/markdown; charset=utf-8")
            : Results.Ok(draft);
    }

    private static IResult NoSchedule() => NotFound.Problem("No newsletter schedule: set it with PUT /api/newsletters/schedule.");
}
