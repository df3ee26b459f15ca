using Cfc.Sample.Host.Exchange;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Peers;
using Cfc.Sample.Host.Problems;
using Cfc.Sample.Host.Successions;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Exchange;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cfc.Sample.Host.Indicators;

/// <summary>
/// The indicators' routes: <c>GET /api/indicators</c>, <c>POST /api/municipalities/{code}/observations</c>,
/// <c>PUT /api/municipalities/{code}/targets/{indicator}</c> and <c>GET /api/municipalities/{code}/indicators</c>.
/// </summary>
internal static class IndicatorEndpoints
{
    /// <summary>Maps the indicators' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapIndicators(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/indicators", (IndicatorCatalogue catalogue) =>
            TypedResults.Ok(catalogue.OrderBy(i => i.Id).Select(IndicatorResponse.From).ToArray()))
            .WithSummary("The indicator catalogue, in id order: each indicator's id, name, unit, polarity and where its figures come from.")
            .WithName("Indicator_Catalogue").WithTags("Indicators").WithListPaging();
        app.MapPost("/api/municipalities/{code}/observations", RecordAsync).RequireWriteAccess().ProducesProblem(StatusCodes.Status409Conflict).WithTags("Indicators");
        app.MapPut("/api/municipalities/{code}/targets/{indicator}", SetTargetAsync).RequireWriteAccess().WithTags("Indicators");
        app.MapGet("/api/municipalities/{code}/indicators", ReportAsync).WithTags("Indicators").WithListPaging().ProducesSdmxCsv();
        return app;
    }

    /// <summary>
    /// Per indicator with figures for the member's total, in id order: the latest figure, the series, the trend and,
    /// when a target is set, the target, its assessment and its forecast; and the peers' median and quartiles (see
    /// <see cref="MemberPeers"/> for what that reads); values as disclosure control lets them be shown. The figures
    /// of the members it succeeded are in the series too, each with its <c>origin</c>. To an <c>Accept</c> that prefers
    /// SDMX-CSV 2.0: the member's own published figures in it (every period and breakdown, not paged).
    /// </summary>
    private static async Task<Results<Ok<IndicatorReportResponse[]>, SdmxCsvFile, InvalidProblem, NotFoundProblem>> ReportAsync(
        string code, HttpRequest request, IGrainFactory grains, IndicatorCatalogue catalogue, DisclosureControl disclosure, SdmxDataflow dataflow, [AsParameters] OutlookServices outlook)
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
        // The JSON and the SDMX-CSV answer share the URL: a cache must keep them apart by the Accept asked with.
        request.HttpContext.Response.Headers.Vary = "Accept";
        if (MediaTypes.Choose(request, MediaTypes.Json, SdmxDataflow.CsvMediaType) == SdmxDataflow.CsvMediaType)
        {
            return SdmxCsvFile.Of(dataflow, PublishedFigure.Of(disclosure, catalogue, await grain.GetLedgerAsync(), member));
        }

        var today = await grain.TodayAsync();
        var own = MemberReports.Of(await grain.GetLedgerAsync(), member, catalogue, disclosure, today, await grain.GetTargetsAsync());
        var peers = await MemberPeers.CompareAsync(
            grains, grains.Network(outlook.Hosting), member, own, catalogue, disclosure, today, outlook.SizeClasses, outlook.Peers);
        var responses = own.Select(r => IndicatorReportResponse.From(r, MemberReports.ForecastOf(r, outlook.Forecast), peers[r.Indicator.Id])).ToList();
        var predecessors = new List<(string Origin, IReadOnlyList<IndicatorReport> Reports)>();
        foreach (var succession in await Lineage.PredecessorsAsync(grains, member))
        {
            var ledger = await grains.GetGrain<IMunicipalityGrain>(succession.Predecessor.ToString()).GetLedgerAsync();
            predecessors.Add((succession.Predecessor.ToString(), MemberReports.Of(ledger, succession.Predecessor, catalogue, disclosure, today, [])));
        }

        return TypedResults.Ok(WithPredecessors(responses, own, predecessors));
    }

    // The member's reports with its predecessors' figures in their series, each marked with its origin. The latest
    // figure, the trend, the target, the assessment, the forecast and the peers stay the member's own (none when it has
    // no figures of its own): a trend is not fitted across the boundaries of different municipalities.
    private static IndicatorReportResponse[] WithPredecessors(
        List<IndicatorReportResponse> responses, IReadOnlyList<IndicatorReport> own, List<(string Origin, IReadOnlyList<IndicatorReport> Reports)> predecessors)
    {
        if (predecessors.Count == 0)
        {
            return [.. responses];
        }

        var points = own.ToDictionary(r => r.Indicator.Id, r => r.Series.Select(p => (Point: p, Origin: (string?)null)).ToList());
        foreach (var (origin, reports) in predecessors)
        {
            foreach (var report in reports)
            {
                if (!points.TryGetValue(report.Indicator.Id, out var series))
                {
                    points[report.Indicator.Id] = series = [];
                    responses.Add(IndicatorReportResponse.From(report, null, null) with { Latest = null, Trend = null, Target = null, Assessment = null });
                }

                series.AddRange(report.Series.Select(p => (Point: p, Origin: (string?)origin)));
            }
        }

        return
        [
            .. responses
                .OrderBy(r => r.Indicator, StringComparer.Ordinal)
                .Select(r => r with
                {
                    Series = [.. points[IndicatorId.Parse(r.Indicator)].OrderBy(p => p.Point.Period).Select(p => ReportPointResponse.From(p.Point) with { Origin = p.Origin })],
                }),
        ];
    }

    /// <summary>Records an observation (201); a figure the ledger refuses is a 409 from the exception handler.</summary>
    private static async Task<Results<Created<ObservationResponse>, InvalidProblem, NotFoundProblem>> RecordAsync(string code, ObservationRequest request, IGrainFactory grains, IndicatorCatalogue catalogue)
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

        var period = errors.Period("period", request.Period);

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
        return TypedResults.Created(
            (string?)null,
            new ObservationResponse(code, observation.Indicator.ToString(), observation.Period.ToString(), observation.Value, observation.Status));
    }

    /// <summary>
    /// Sets (201) or replaces (200) the member's target for an indicator of the catalogue; the target's rules (an
    /// indicator with a better direction, a baseline period of its kind, values in its range, a date after the
    /// baseline) are the domain's, and a target they refuse is a 400 naming the field.
    /// </summary>
    private static async Task<Results<Ok<TargetResponse>, Created<TargetResponse>, InvalidProblem, NotFoundProblem>> SetTargetAsync(
        string code, string indicator, TargetRequest request, IGrainFactory grains, IndicatorCatalogue catalogue)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        if (!IndicatorId.TryParse(indicator, out var id) || !catalogue.TryGet(id, out var definition))
        {
            return new NotFoundProblem($"No indicator '{indicator}' in the catalogue (GET /api/indicators lists them).");
        }

        var errors = new ValidationErrors();
        var baselinePeriod = errors.Period("baselinePeriod", request.BaselinePeriod);

        if (request.BaselineValue is null)
        {
            errors.Add("baselineValue", "The baseline value is required.");
        }

        if (request.Value is null)
        {
            errors.Add("value", "The value aimed for is required.");
        }

        if (request.Date is null)
        {
            errors.Add("date", "The date the value is aimed for is required, e.g. \"2030-12-31\".");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        Target target;
        try
        {
            target = Target.Create(definition, baselinePeriod!.Value, request.BaselineValue!.Value, request.Value!.Value, request.Date!.Value);
        }
        catch (ArgumentException e)
        {
            return ValidationErrors.For(e.ParamName ?? "value", ValidationErrors.MessageOf(e));
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        var existed = (await grain.GetTargetsAsync()).Any(t => t.Indicator == target.Indicator);
        await grain.SetTargetAsync(target);
        var body = TargetResponse.From(target);
        return existed ? TypedResults.Ok(body) : TypedResults.Created($"/api/municipalities/{code}/indicators", body);
    }
}
