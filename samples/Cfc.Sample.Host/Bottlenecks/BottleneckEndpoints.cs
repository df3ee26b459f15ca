using System.Security.Claims;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Bottlenecks;
using Cfc.Sdk.Orleans.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Bottlenecks;

/// <summary>
/// The network's bottlenecks: <c>POST</c> and <c>GET /api/bottlenecks</c>, <c>GET /api/bottlenecks/{id}</c>,
/// <c>POST /api/bottlenecks/{id}/escalations</c> and <c>POST /api/bottlenecks/{id}/resolution</c>.
/// </summary>
/// <remarks>
/// A member's token signals bottlenecks for its own member (see <see cref="WriteAccess.WithMemberCheckedByHandler{TBuilder}"/>);
/// a coordinator signals for every member, and escalates and resolves.
/// </remarks>
internal static class BottleneckEndpoints
{
    /// <summary>Maps the bottlenecks' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapBottlenecks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bottlenecks").WithTags("Bottlenecks");
        group.MapPost("/", SignalAsync).RequireWriteAccess().WithMemberCheckedByHandler();
        group.MapGet("/", ListAsync).WithListPaging();
        group.MapGet("/{id}", GetAsync);
        group.MapPost("/{id}/escalations", EscalateAsync).RequireWriteAccess();
        group.MapPost("/{id}/resolution", ResolveAsync).RequireWriteAccess();
        return app;
    }

    /// <summary>Records a signalled bottleneck (201 with it and a <c>Location</c>); 403 for another member than the token's.</summary>
    private static async Task<Results<Created<BottleneckResponse>, InvalidProblem, ForbiddenProblem>> SignalAsync(
        BottleneckRequest request, ClaimsPrincipal user, IGrainFactory grains, IClock clock, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        var errors = new ValidationErrors();
        if (request.ToBottleneck(clock.GetCurrentInstant().InZone(zones[MemberCode.EuropeanNetherlandsZoneId]).Date, errors) is not { } bottleneck)
        {
            return errors.ToResult();
        }

        if (!WriteAccess.Allows(user, bottleneck.SignalledBy))
        {
            return WriteAccess.Forbidden(bottleneck.SignalledBy);
        }

        if (await grains.Network(options).GetMemberAsync(bottleneck.SignalledBy) is null)
        {
            return ValidationErrors.For("signalledBy", $"'{bottleneck.SignalledBy}' is not a member the network knows (a member code such as GM0518 or DE-05315000, or org: and an organisation's id).");
        }

        var id = await grains.SignalBottleneckAsync(options.Value.NetworkId, bottleneck);
        return TypedResults.Created($"/api/bottlenecks/{id}", BottleneckResponse.From(id, bottleneck));
    }

    /// <summary>The bottlenecks by the day they were signalled, oldest first, then by id; reads only as far as the page.</summary>
    private static async Task<Ok<BottleneckResponse[]>> ListAsync(HttpContext context, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        var network = options.Value.NetworkId;
        return TypedResults.Ok(await PageWindow.ReadAsync(
            context,
            grains.BottleneckList(network).ReadAsync(cancellationToken: context.RequestAborted),
            async entry => EntityIds.Number(entry.Id) is { } number && await grains.GetBottleneck(network, number).GetAsync() is { } bottleneck
                ? BottleneckResponse.From(number, bottleneck)
                : null));
    }

    /// <summary>One bottleneck, or 404.</summary>
    private static async Task<Results<Ok<BottleneckResponse>, NotFoundProblem>> GetAsync(string id, IGrainFactory grains, IOptions<CfcHostingOptions> options) =>
        EntityIds.Number(id) is { } number && await grains.GetBottleneck(options.Value.NetworkId, number).GetAsync() is { } bottleneck
            ? TypedResults.Ok(BottleneckResponse.From(number, bottleneck))
            : Unknown(id);

    /// <summary>
    /// Puts a bottleneck on a higher agenda (200 with the bottleneck); 409 when its history forbids the step or it is
    /// resolved (the global exception handler), 404 for an unknown id.
    /// </summary>
    private static async Task<Results<Ok<BottleneckResponse>, InvalidProblem, NotFoundProblem, ConflictProblem>> EscalateAsync(
        string id, EscalationRequest request, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        if (EntityIds.Number(id) is not { } number)
        {
            return Unknown(id);
        }

        var errors = new ValidationErrors();
        if (request.Validate(errors) is not { } step)
        {
            return errors.ToResult();
        }

        try
        {
            return TypedResults.Ok(BottleneckResponse.From(number, await grains.GetBottleneck(options.Value.NetworkId, number).EscalateAsync(step.Level, step.On, request.Note)));
        }
        catch (ArgumentOutOfRangeException e)
        {
            // The bottleneck's history refused the step (the grain stored nothing); other refusals are 400s naming their field.
            return new ConflictProblem(
                "The bottleneck's history forbids this step.",
                ValidationErrors.MessageOf(e),
                new Dictionary<string, object?> { ["field"] = e.ParamName == "on" ? "on" : "level", ["currentLevel"] = await CurrentLevelAsync(grains, options, number) });
        }
    }

    /// <summary>
    /// Resolves a bottleneck (200 with it, <c>"status": "Resolved"</c>); 409 when it is dated before the last step or
    /// resolved already (the global exception handler), 404 for an unknown id.
    /// </summary>
    private static async Task<Results<Ok<BottleneckResponse>, InvalidProblem, NotFoundProblem, ConflictProblem>> ResolveAsync(
        string id, ResolutionRequest request, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        if (EntityIds.Number(id) is not { } number)
        {
            return Unknown(id);
        }

        var errors = new ValidationErrors();
        if (request.Validate(errors) is not { } resolution)
        {
            return errors.ToResult();
        }

        try
        {
            return TypedResults.Ok(BottleneckResponse.From(number, await grains.GetBottleneck(options.Value.NetworkId, number).ResolveAsync(resolution.On, resolution.Outcome)));
        }
        catch (ArgumentOutOfRangeException e)
        {
            return new ConflictProblem(
                "The bottleneck's history forbids this resolution.",
                ValidationErrors.MessageOf(e),
                new Dictionary<string, object?> { ["field"] = "on", ["currentLevel"] = await CurrentLevelAsync(grains, options, number) });
        }
    }

    private static async Task<string?> CurrentLevelAsync(IGrainFactory grains, IOptions<CfcHostingOptions> options, int number) =>
        (await grains.GetBottleneck(options.Value.NetworkId, number).GetAsync())?.Level.ToString();

    private static NotFoundProblem Unknown(string id) => new($"No bottleneck {id}.");
}
