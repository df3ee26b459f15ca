using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Recognition;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime.Text;

namespace Cfc.Sample.Host.Recognition;

/// <summary>The recognition dossier's route: <c>GET /api/municipalities/{code}/readiness?on=</c>.</summary>
internal static class ReadinessEndpoints
{
    /// <summary>Maps the readiness route.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/municipalities/{code}/readiness", GetAsync).WithTags("Recognition");
        return app;
    }

    /// <summary>The member's readiness for recognition on <c>on</c> (today in its zone by default): 400 for a bad date, 404 for an unknown member.</summary>
    private static async Task<Results<Ok<ReadinessResponse>, InvalidProblem, NotFoundProblem>> GetAsync(
        string code,
        string? on,
        IGrainFactory grains,
        IOptions<CfcHostingOptions> options,
        IndicatorCatalogue catalogue,
        DisclosureControl disclosure,
        ReadinessRules rules)
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

        var dossier = new RecognitionDossier(grains, options.Value.NetworkId, catalogue, disclosure, rules);
        var (readiness, _) = await dossier.ReadinessAsync(grain, MemberCode.Parse(code), day ?? await grain.TodayAsync());
        return TypedResults.Ok(ReadinessResponse.From(readiness));
    }
}
