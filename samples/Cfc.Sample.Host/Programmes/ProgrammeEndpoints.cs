using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Problems;
using Cfc.Sample.Host.Recognition;
using Cfc.Sample.Host.Successions;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Recognition;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime.Text;

namespace Cfc.Sample.Host.Programmes;

/// <summary>
/// The programme's routes: <c>POST /api/municipalities/{code}/programme/transitions</c> and
/// <c>GET /api/municipalities/{code}/programme?on=</c>.
/// </summary>
internal static class ProgrammeEndpoints
{
    /// <summary>Maps the programme's routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapProgrammes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/municipalities/{code}/programme").WithTags("Programme");
        group.MapPost("/transitions", TransitionAsync).RequireWriteAccess().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", GetAsync);
        return app;
    }

    /// <summary>
    /// Records a transition (200 with the programme today); a transition the rules forbid, or a recognition whose
    /// dossier is not ready on its date and that gives no override, is a 409 from the exception handler.
    /// </summary>
    private static async Task<Results<Ok<ProgrammeResponse>, InvalidProblem, NotFoundProblem>> TransitionAsync(
        string code,
        TransitionRequest request,
        IGrainFactory grains,
        IOptions<CfcHostingOptions> options,
        IndicatorCatalogue catalogue,
        DisclosureControl disclosure,
        ReadinessRules readinessRules)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        var errors = new ValidationErrors();
        var transition = request.ToTransition(errors);
        if (transition is null)
        {
            return errors.ToResult();
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        await new RecognitionDossier(grains, options.Value.NetworkId, catalogue, disclosure, readinessRules).CheckAsync(grain, MemberCode.Parse(code), transition);
        var status = await grain.TransitionAsync(transition);
        return TypedResults.Ok(ProgrammeResponse.From(status, await grain.GetProgrammeAsync()));
    }

    /// <summary>The programme as it stands on <c>on</c> (today in the member's zone by default).</summary>
    private static async Task<Results<Ok<ProgrammeResponse>, InvalidProblem, NotFoundProblem>> GetAsync(string code, string? on, IGrainFactory grains)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        var day = on is null ? default(NodaTime.LocalDate?) : LocalDatePattern.Iso.Parse(on) is { Success: true } parsed ? parsed.Value : null;
        if (on is not null && day is null)
        {
            return ValidationErrors.For("on", $"'{on}' is not an ISO date such as \"2026-01-01\".");
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        var programme = await grain.GetProgrammeAsync();
        var asked = day ?? await grain.TodayAsync();
        var predecessors = new List<PredecessorProgrammeResponse>();
        foreach (var succession in await Lineage.PredecessorsAsync(grains, MemberCode.Parse(code)))
        {
            var predecessor = grains.GetGrain<IMunicipalityGrain>(succession.Predecessor.ToString());
            var theirs = await predecessor.GetProgrammeAsync();
            var shownOn = asked < succession.PredecessorsLastDay ? asked : succession.PredecessorsLastDay;
            predecessors.Add(new(
                succession.Predecessor.ToString(),
                (await predecessor.GetProfileAsync())?.Name ?? succession.Predecessor.ToString(),
                succession.On,
                ProgrammeResponse.From(theirs.StatusOn(shownOn), theirs)));
        }

        return TypedResults.Ok(ProgrammeResponse.From(programme.StatusOn(asked), programme) with { Predecessors = predecessors.Count == 0 ? null : predecessors });
    }
}
