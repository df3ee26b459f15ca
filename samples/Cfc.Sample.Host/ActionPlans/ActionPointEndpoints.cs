using System.Collections.Concurrent;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.ActionPlans;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Municipalities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.ActionPlans;

/// <summary>
/// The members' action plans: <c>POST</c> and <c>GET /api/municipalities/{code}/actions</c>,
/// <c>POST /api/municipalities/{code}/actions/{id}/status</c>, <c>GET /api/actions/{id}</c>, and the coordinator's view
/// across members, <c>GET /api/actions?status=&amp;overdue=true&amp;goalArea=</c>.
/// </summary>
/// <remarks>
/// The lists are filed by due date, so a plan reads in the order its points fall due and the overdue ones come first.
/// A point's <c>overdue</c> is worked out on its member's today.
/// </remarks>
internal static class ActionPointEndpoints
{
    /// <summary>Maps the action plans' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapActionPlans(this IEndpointRouteBuilder app)
    {
        var member = app.MapGroup("/api/municipalities/{code}/actions").WithTags("Action plans");
        member.MapPost("/", CreateAsync).RequireWriteAccess();
        member.MapGet("/", ListOfMemberAsync).WithListPaging();
        member.MapPost("/{id}/status", ChangeStatusAsync).RequireWriteAccess().ProducesProblem(StatusCodes.Status409Conflict);
        var network = app.MapGroup("/api/actions").WithTags("Action plans");
        network.MapGet("/", ListAsync).WithListPaging();
        network.MapGet("/{id}", GetAsync);
        return app;
    }

    /// <summary>Adds a point to the member's plan, Planned on the member's today (201 with it and a <c>Location</c>); 400 naming each field, 404 for an unknown municipality.</summary>
    private static async Task<Results<Created<ActionPointResponse>, InvalidProblem, NotFoundProblem>> CreateAsync(
        string code, ActionPointRequest request, IGrainFactory grains, IndicatorCatalogue catalogue, IOptions<CfcHostingOptions> options)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        var today = await grain.TodayAsync();
        var errors = new ValidationErrors();
        if (request.ToActionPoint(MemberCode.Parse(code), today, catalogue, await grain.GetTargetsAsync(), errors) is not { } point)
        {
            return errors.ToResult();
        }

        var id = await grains.CreateActionPointAsync(options.Value.NetworkId, point);
        return TypedResults.Created($"/api/actions/{id}", ActionPointResponse.From(id, point, today));
    }

    /// <summary>The member's plan by due date (then id), optionally only the overdue points; reads only as far as the page.</summary>
    private static async Task<Results<Ok<ActionPointResponse[]>, InvalidProblem, NotFoundProblem>> ListOfMemberAsync(
        string code, string? overdue, HttpContext context, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        var errors = new ValidationErrors();
        if (ActionPointFilter.Read(null, overdue, null, errors) is not { } filter)
        {
            return errors.ToResult();
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        var today = await grain.TodayAsync();
        var network = options.Value.NetworkId;
        var entries = filter.ApplyAsync(
            grains.MemberActionPointList(network, MemberCode.Parse(code)).ReadAsync(cancellationToken: context.RequestAborted),
            _ => Task.FromResult(today),
            today,
            context.RequestAborted);
        return TypedResults.Ok(await PageWindow.ReadAsync(context, entries, entry => ItemAsync(grains, network, entry, _ => Task.FromResult(today))));
    }

    /// <summary>
    /// The coordinator's view: the points of every member by due date (then id), filtered by <c>status</c>,
    /// <c>overdue=true</c> and <c>goalArea</c>; reads only as far as the page.
    /// </summary>
    private static async Task<Results<Ok<ActionPointResponse[]>, InvalidProblem>> ListAsync(
        string? status, string? overdue, string? goalArea, HttpContext context, IGrainFactory grains, IClock clock, IOptions<CfcHostingOptions> options)
    {
        var errors = new ValidationErrors();
        if (ActionPointFilter.Read(status, overdue, goalArea, errors) is not { } filter)
        {
            return errors.ToResult();
        }

        var network = options.Value.NetworkId;
        var todays = new ConcurrentDictionary<MemberCode, Task<LocalDate>>();
        Task<LocalDate> TodayOf(MemberCode member) => todays.GetOrAdd(member, m => grains.GetGrain<IMunicipalityGrain>(m.ToString()).TodayAsync());

        // A zone's today is at most a day ahead of UTC's, so no member's today is later than UTC's tomorrow.
        var latestToday = clock.GetCurrentInstant().InUtc().Date.PlusDays(1);
        var entries = filter.ApplyAsync(
            grains.ActionPointList(network).ReadAsync(cancellationToken: context.RequestAborted),
            member => member.Code is { } code ? TodayOf(code) : Task.FromResult(latestToday),
            latestToday,
            context.RequestAborted);
        return TypedResults.Ok(await PageWindow.ReadAsync(context, entries, entry => ItemAsync(grains, network, entry, TodayOf)));
    }

    /// <summary>One action point with its history and whether it is overdue, or 404.</summary>
    private static async Task<Results<Ok<ActionPointResponse>, NotFoundProblem>> GetAsync(string id, IGrainFactory grains, IOptions<CfcHostingOptions> options) =>
        EntityIds.Number(id) is { } number && await grains.GetActionPoint(options.Value.NetworkId, number).GetAsync() is { } point
            ? TypedResults.Ok(ActionPointResponse.From(number, point, await TodayOfAsync(grains, point.Member)))
            : Unknown(id);

    /// <summary>
    /// Changes the status of one of the member's points (200 with it); with <c>"reopen": true</c> reopens a Done or Dropped
    /// point with the reason in <c>note</c>. 404 when the id is not one of the member's points, 400 for a date after the
    /// member's today, 409 (the exception handler) when the point's history forbids the change.
    /// </summary>
    private static async Task<Results<Ok<ActionPointResponse>, InvalidProblem, NotFoundProblem>> ChangeStatusAsync(
        string code, string id, ActionPointStatusRequest request, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        if (!Municipality.TryGet(grains, code, out _, out var problem))
        {
            return problem;
        }

        var member = MemberCode.Parse(code);
        if (EntityIds.Number(id) is not { } number
            || await grains.GetActionPoint(options.Value.NetworkId, number).GetAsync() is not { } held || held.Member != member)
        {
            return new NotFoundProblem($"No action point {id} in the plan of {code}.");
        }

        var errors = new ValidationErrors();
        if (request.Validate(errors) is not { } change)
        {
            return errors.ToResult();
        }

        var grain = grains.GetActionPoint(options.Value.NetworkId, number);
        var changed = request.Reopen == true
            ? await grain.ReopenAsync(change.Status, change.On, request.Note!)
            : await grain.ChangeStatusAsync(change.Status, change.On, request.Note);
        return TypedResults.Ok(ActionPointResponse.From(number, changed, await TodayOfAsync(grains, member)));
    }

    private static async Task<ActionPointResponse?> ItemAsync(IGrainFactory grains, string network, ListEntry entry, Func<MemberCode, Task<LocalDate>> todayOf) =>
        EntityIds.Number(entry.Id) is { } number && await grains.GetActionPoint(network, number).GetAsync() is { } point
            ? ActionPointResponse.From(number, point, await todayOf(point.Member))
            : null;

    private static Task<LocalDate> TodayOfAsync(IGrainFactory grains, MemberCode member) => grains.GetGrain<IMunicipalityGrain>(member.ToString()).TodayAsync();

    private static NotFoundProblem Unknown(string id) => new($"No action point {id}.");
}
