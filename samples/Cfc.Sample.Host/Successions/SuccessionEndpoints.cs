using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Network;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cfc.Sample.Host.Successions;

/// <summary>Mergers: <c>POST /api/municipalities/{code}/succession</c>, a coordinator's record that another member succeeds this one.</summary>
internal static class SuccessionEndpoints
{
    /// <summary>The route, as the write routes' table and <see cref="SucceededMembers"/> know it.</summary>
    public const string Route = "/api/municipalities/{code}/succession";

    /// <summary>Maps the succession route.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapSuccessions(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, SucceedAsync)
            .RequireWriteAccess()
            .ForCoordinatorsOnly()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithTags("Members");
        return app;
    }

    /// <summary>
    /// Records that <c>successor</c> succeeds the member from <c>on</c>: 201 when recorded now, 200 when this very
    /// succession was recorded before; a succession the network's rules refuse is a 409 from the exception handler.
    /// </summary>
    private static async Task<Results<Ok<SuccessionResponse>, Created<SuccessionResponse>, InvalidProblem, NotFoundProblem>> SucceedAsync(
        string code,
        SuccessionRequest request,
        IGrainFactory grains)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        var errors = new ValidationErrors();
        MemberCode successor = default;
        if (request.Successor is null)
        {
            errors.Add("successor", "The successor is required: the code of the municipality this one merged into, e.g. \"GM0363\".");
        }
        else if (!MemberCode.TryParse(request.Successor, out successor))
        {
            errors.Add("successor", $"'{request.Successor}' is not a member code such as GM0363 or DE-05315000.");
        }

        if (request.On is null)
        {
            errors.Add("on", "The date is required: the first day of the succession, e.g. \"2022-03-24\".");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        // The grains check the rest (the domain refuses a member succeeding itself, naming "successor").
        var recorded = await grain.SucceedAsync(successor, request.On!.Value);
        var body = SuccessionResponse.From((await grain.GetSuccessionAsync())!);
        return recorded ? TypedResults.Created($"/api/municipalities/{body.Successor}", body) : TypedResults.Ok(body);
    }
}
