using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Matching;
using Cfc.Sample.Host.Newsletters.Sending;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Orleans.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
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
        group.MapGet("/next", NextAsync).AddOpenApiOperationTransformer((operation, _, _) =>
        {
            // The draft's other form, for Accept: text/markdown (the JSON form is described by NextAsync's type).
            operation.Responses?["200"].Content?.Add("text/markdown", new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
            return Task.CompletedTask;
        });
        return app;
    }

    /// <summary>The schedule with its next edition, or 404 when none is set.</summary>
    private static async Task<Results<Ok<ScheduleResponse>, NotFoundProblem>> GetScheduleAsync(IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        var newsletter = grains.Newsletter(options);
        return await newsletter.GetScheduleAsync() is { } schedule
            ? TypedResults.Ok(new ScheduleResponse(schedule.Anchor, schedule.Cadence, await newsletter.GetNextDateAsync()))
            : NoSchedule();
    }

    /// <summary>Sets (201) or replaces (200) the schedule, and wakes this host's newsletter sender.</summary>
    private static async Task<Results<Ok<ScheduleResponse>, Created<ScheduleResponse>, InvalidProblem>> PutScheduleAsync(ScheduleRequest request, IGrainFactory grains, IOptions<CfcHostingOptions> options, NewsletterWakeUp sender)
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

        var newsletter = grains.Newsletter(options);
        var existed = await newsletter.GetScheduleAsync() is not null;
        await newsletter.SetScheduleAsync(schedule);
        // Today may be an edition's date now: the sender looks at once rather than at its next check.
        sender.Wake();
        var body = new ScheduleResponse(schedule.Anchor, schedule.Cadence, await newsletter.GetNextDateAsync());
        return existed ? TypedResults.Ok(body) : TypedResults.Created("/api/newsletters/schedule", body);
    }

    /// <summary>
    /// The draft of the next edition; 404 when no schedule is set. In JSON, the matches' shared concepts are labelled in the
    /// language <c>Accept-Language</c> asks for (the first, by quality, the concept scheme has labels in; <c>*</c> ignored),
    /// else in each new issue's language.
    /// </summary>
    private static async Task<Results<Ok<NewsletterDraft>, ContentHttpResult, NotFoundProblem>> NextAsync(HttpRequest http, IGrainFactory grains, IOptions<CfcHostingOptions> options, ZoneNames zoneNames, TextAnalyzer analyzer)
    {
        var reader = ReaderLanguage.Of(http, analyzer.Concepts);
        var draft = await NewsletterDraft.BuildAsync(grains, options.Value.NetworkId, reader is null ? null : (analyzer.Concepts, reader));
        if (draft is null)
        {
            return NoSchedule();
        }

        return http.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/markdown", StringComparison.OrdinalIgnoreCase))
            ? TypedResults.Text(NewsletterMarkdown.Write(draft, zoneNames), "text/markdown; charset=utf-8")
            : TypedResults.Ok(draft);
    }

    private static NotFoundProblem NoSchedule() => new NotFoundProblem("No newsletter schedule: set it with PUT /api/newsletters/schedule.");
}
