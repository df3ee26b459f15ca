using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Rights;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Bottlenecks;

/// <summary>
/// The network's bottlenecks: <c>POST</c> and <c>GET /api/bottlenecks</c>, <c>GET /api/bottlenecks/{id}</c> and
/// <c>POST /api/bottlenecks/{id}/escalations</c>.
/// </summary>
/// <remarks>The routes name no member, so only a coordinator writes (see <see cref="WriteAccess"/>).</remarks>
internal static class BottleneckEndpoints
{
    /// <summary>Maps the bottlenecks' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapBottlenecks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bottlenecks").WithTags("Bottlenecks");
        group.MapPost("/", SignalAsync).RequireWriteAccess();
        group.MapGet("/", ListAsync).WithListPaging();
        group.MapGet("/{id}", GetAsync);
        group.MapPost("/{id}/escalations", EscalateAsync).RequireWriteAccess();
        return app;
    }

    /// <summary>Records a signalled bottleneck (201 with it and a <c>Location</c>).</summary>
    private static async Task<Results<Created<BottleneckResponse>, InvalidProblem>> SignalAsync(BottleneckRequest request, IGrainFactory grains, IClock clock, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        var network = grains.Network(options);
        var errors = new ValidationErrors();
        MemberId member = default;
        if (request.SignalledBy is null)
        {
            errors.Add("signalledBy", "The member signalling the bottleneck is required, such as \"GM0518\".");
        }
        else if (!MemberId.TryParse(request.SignalledBy, out member) || await network.GetMemberAsync(member) is null)
        {
            errors.Add("signalledBy", $"'{request.SignalledBy}' is not a member the network knows (a CBS code such as GM0518, or org: and an organisation's id).");
        }

        if (request.Title is null)
        {
            errors.Add("title", "The title is required.");
        }

        if (request.Description is null)
        {
            errors.Add("description", "The description is required.");
        }

        var articles = errors.Articles("articles", request.Articles);

        if (errors.Any)
        {
            return errors.ToResult();
        }

        Bottleneck bottleneck;
        try
        {
            var on = request.On ?? clock.GetCurrentInstant().InZone(zones[MemberCode.EuropeanNetherlandsZoneId]).Date;
            bottleneck = new Bottleneck(member, request.Title!, request.Description!, on, articles);
        }
        catch (ArgumentException e)
        {
            return ValidationErrors.For(e.ParamName switch { "signalledOn" => "on", null => "request", var name => name }, ValidationErrors.MessageOf(e));
        }

        var id = await network.SignalBottleneckAsync(bottleneck);
        return TypedResults.Created($"/api/bottlenecks/{id}", BottleneckResponse.From(new(id, bottleneck)));
    }

    /// <summary>The bottlenecks, in id order.</summary>
    private static async Task<Ok<BottleneckResponse[]>> ListAsync(IGrainFactory grains, IOptions<CfcHostingOptions> options) =>
        TypedResults.Ok((await grains.Network(options).GetBottlenecksAsync()).Select(BottleneckResponse.From).ToArray());

    /// <summary>One bottleneck, or 404.</summary>
    private static async Task<Results<Ok<BottleneckResponse>, NotFoundProblem>> GetAsync(string id, IGrainFactory grains, IOptions<CfcHostingOptions> options) =>
        await FindAsync(grains.Network(options), id) is { } found
            ? TypedResults.Ok(BottleneckResponse.From(found))
            : Unknown(id);

    /// <summary>Puts a bottleneck on a higher agenda (200 with the bottleneck); 409 when the domain refuses the step.</summary>
    private static async Task<Results<Ok<BottleneckResponse>, InvalidProblem, NotFoundProblem, ConflictProblem>> EscalateAsync(string id, EscalationRequest request, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        var network = grains.Network(options);
        if (await FindAsync(network, id) is not { } found)
        {
            return Unknown(id);
        }

        var errors = new ValidationErrors();
        if (request.Level is null)
        {
            errors.Add("level", "The level is required: Regional or National.");
        }

        if (request.On is null)
        {
            errors.Add("on", "The date is required, e.g. \"2026-03-01\".");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        try
        {
            return TypedResults.Ok(BottleneckResponse.From(await network.EscalateBottleneckAsync(found.Id, request.Level!.Value, request.On!.Value, request.Note)));
        }
        catch (ArgumentOutOfRangeException e)
        {
            // The bottleneck's history refused the step (the grain stored nothing); other refusals are 400s naming their field.
            return new ConflictProblem(
                "The bottleneck's history forbids this step.",
                ValidationErrors.MessageOf(e),
                new Dictionary<string, object?> { ["field"] = e.ParamName == "on" ? "on" : "level", ["currentLevel"] = found.Bottleneck.Level.ToString() });
        }
    }

    private static async Task<NetworkBottleneck?> FindAsync(INetworkGrain network, string id) =>
        int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? (await network.GetBottlenecksAsync()).FirstOrDefault(b => b.Id == number)
            : null;

    private static NotFoundProblem Unknown(string id) => new NotFoundProblem($"No bottleneck {id}.");
}
