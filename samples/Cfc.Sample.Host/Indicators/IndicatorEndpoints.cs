using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Reports;

namespace Cfc.Sample.Host.Indicators;

/// <summary>The indicators' routes: <c>GET /api/indicators</c> and <c>POST /api/municipalities/{code}/observations</c>.</summary>
internal static class IndicatorEndpoints
{
    /// <summary>Maps the indicators' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapIndicators(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/indicators", (IndicatorCatalogue catalogue) =>
            Results.Ok(catalogue.OrderBy(i => i.Id).Select(IndicatorResponse.From).ToArray())).WithTags("Indicators");
        app.MapPost("/api/municipalities/{code}/observations", RecordAsync).RequireWriteAccess().WithTags("Indicators");
        app.MapGet("/api/municipalities/{code}/indicators", ReportAsync).WithTags("Indicators");
        return app;
    }

    /// <summary>
    /// Per indicator with figures for the member's total, in id order: the latest figure, the series, the trend and,
    /// when a target is set, the target and its assessment; values as disclosure control lets them be shown.
    /// </summary>
    private static async Task<IResult> ReportAsync(string code, IGrainFactory grains, IndicatorCatalogue catalogue, DisclosureControl disclosure)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        var member = MemberCode.Parse(code);
        var ledger = await grain.GetLedgerAsync();
        var today = await grain.TodayAsync();
        var reports = ledger.Current
            .Select(o => o.Indicator)
            .Distinct()
            .Order()
            .Select(id => (Indicator: catalogue.TryGet(id, out var indicator) ? indicator : null, Figures: ledger.Figures(member, id)))
            .Where(x => x.Indicator is not null && x.Figures.Any(f => f.Disaggregation.IsTotal))
            .Select(x => IndicatorReportResponse.From(IndicatorReport.Create(x.Indicator!, x.Figures, disclosure, today)))
            .ToArray();
        return Results.Ok(reports);
    }

    /// <summary>Records an observation (201); a figure the ledger refuses is a 409 from the exception handler.</summary>
    private static async Task<IResult> RecordAsync(string code, ObservationRequest request, IGrainFactory grains, IndicatorCatalogue catalogue)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        var errors = new ValidationErrors();
        Indicator? indicator = null;
        if (string.IsNullOrWhiteSpace(request.Indicator))
        {
            errors.Add("indicator", "The indicator's id is required (GET /api/indicators lists them).");
        }
        else if (!IndicatorId.TryParse(request.Indicator, out var id) || !catalogue.TryGet(id, out indicator))
        {
            errors.Add("indicator", $"'{request.Indicator}' is not an indicator of the catalogue (GET /api/indicators lists them).");
        }

        ReportingPeriod? period = null;
        if (string.IsNullOrWhiteSpace(request.Period))
        {
            errors.Add("period", "The period is required: \"2023\", \"2023/2024\", \"2023-H1\" or \"2023-12-31\".");
        }
        else if (ReportingPeriod.TryParse(request.Period, out var parsed))
        {
            period = parsed;
        }
        else
        {
            errors.Add("period", $"'{request.Period}' is not a period: \"2023\", \"2023/2024\", \"2023-H1\" or \"2023-12-31\".");
        }

        if (request.Value is null)
        {
            errors.Add("value", "The value is required.");
        }

        var status = request.Status is null ? ObservationStatus.Final : Names.Parse<ObservationStatus>(request.Status, "status", "an observation status", errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        Observation observation;
        try
        {
            // The indicator's rules check that the period is of its kind and the value finite and in range.
            observation = Observation.Create(indicator!, MemberCode.Parse(code), period!.Value, request.Value!.Value, status!.Value);
        }
        catch (ArgumentException e)
        {
            return ValidationErrors.For(e.ParamName ?? "value", ValidationErrors.MessageOf(e));
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        await grain.RecordAsync(observation);
        return Results.Created(
            (string?)null,
            new ObservationResponse(code, observation.Indicator.ToString(), observation.Period.ToString(), observation.Value, observation.Status));
    }
}
