using System.Globalization;
using System.Text;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Exchange;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Periods;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Cfc.Sample.Host.Exchange;

/// <summary>
/// The network's published figures in the ecosystem's formats: <c>GET /api/indicators/data</c> (SDMX-CSV 2.0, or JSON),
/// <c>GET /api/indicators/structure</c> (the SDMX-JSON 2.0 structure message) and
/// <c>GET /api/indicators/{indicator}/opensdg.csv</c> (Open SDG). Anonymous: they are published figures, as disclosure
/// control shows them.
/// </summary>
internal static class ExchangeEndpoints
{
    /// <summary>Maps the exchange routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapExchange(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/indicators/data", DataAsync).WithTags("Indicators").WithListPaging().ProducesSdmxCsv();
        app.MapGet("/api/indicators/structure", StructureAsync).WithTags("Indicators")
            .Produces<string>(StatusCodes.Status200OK, SdmxDataflow.StructureMediaType);
        app.MapGet("/api/indicators/{indicator}/opensdg.csv", OpenSdgAsync).WithTags("Indicators")
            .Produces<string>(StatusCodes.Status200OK, OpenSdgCsv.MediaType);
        return app;
    }

    /// <summary>
    /// The published figures of the network's members: SDMX-CSV by default and for its media type, JSON for
    /// <c>application/json</c>; 406 for another <c>Accept</c>. Filters: <c>indicator</c> and <c>member</c> (repeated or
    /// comma-separated), <c>from</c> and <c>to</c> (periods: a figure is in when its period starts on or after
    /// <c>from</c>'s start and ends on or before <c>to</c>'s end).
    /// </summary>
    private static async Task<Results<SdmxCsvFile, Ok<PublishedFigureResponse[]>, InvalidProblem, NotAcceptableProblem>> DataAsync(
        HttpRequest request, [FromQuery] string[]? indicator, [FromQuery] string[]? member, string? from, string? to, [AsParameters] ExchangeServices services)
    {
        var answer = MediaTypes.Choose(request, SdmxDataflow.CsvMediaType, MediaTypes.Json);
        if (answer is null)
        {
            return new NotAcceptableProblem([SdmxDataflow.CsvMediaType, MediaTypes.Json]);
        }

        var errors = new ValidationErrors();
        var indicators = new List<Indicator>();
        foreach (var text in Entries(indicator))
        {
            if (IndicatorId.TryParse(text, out var id) && services.Catalogue.TryGet(id, out var found))
            {
                indicators.Add(found);
            }
            else
            {
                errors.Add("indicator", $"'{text}' is not an indicator of the catalogue (GET /api/indicators lists them).");
            }
        }

        var first = from is null ? null : errors.Period("from", from);
        var last = to is null ? null : errors.Period("to", to);
        if (first is { } start && last is { } end && start.Start > end.End)
        {
            errors.Add("to", $"'{to}' ends before '{from}' starts: 'to' is the last period, 'from' the first.");
        }

        var registered = await NetworkFigures.MembersAsync(services);
        var members = new List<MemberCode>();
        foreach (var text in Entries(member))
        {
            if (MemberCode.TryParse(text, out var code) && registered.ContainsKey(code))
            {
                members.Add(code);
            }
            else
            {
                errors.Add("member", $"'{text}' is not a municipality of the network (GET /api/municipalities lists them).");
            }
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var figures = (await NetworkFigures.OfAsync(
                services,
                members.Count > 0 ? members.Distinct() : registered.Keys,
                indicators.Count > 0 ? indicators.Distinct().ToArray() : services.Catalogue))
            .Where(f => (first is not { } a || f.Period.Start >= a.Start) && (last is not { } b || f.Period.End <= b.End))
            .ToArray();
        if (answer == MediaTypes.Json)
        {
            return TypedResults.Ok(figures.Select(PublishedFigureResponse.From).ToArray());
        }

        return SdmxCsvFile.Of(services.Dataflow, figures);
    }

    /// <summary>The dataflow's structure: its data structure definition and code lists, the areas those of the register.</summary>
    private static async Task<ExchangeFile> StructureAsync([AsParameters] ExchangeServices services, IClock clock)
    {
        var areas = await NetworkFigures.MembersAsync(services);
        using var stream = new MemoryStream();
        services.Dataflow.WriteStructure(stream, services.Catalogue, areas, clock.GetCurrentInstant());
        return new ExchangeFile(SdmxDataflow.StructureMediaType, Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>One indicator's published figures over the network's members as an Open SDG data file; 404 for an indicator the catalogue does not hold.</summary>
    private static async Task<Results<ExchangeFile, NotFoundProblem>> OpenSdgAsync(string indicator, [AsParameters] ExchangeServices services)
    {
        if (!IndicatorId.TryParse(indicator, out var id) || !services.Catalogue.TryGet(id, out var found))
        {
            return new NotFoundProblem($"No indicator '{indicator}' in the catalogue (GET /api/indicators lists them).");
        }

        var figures = await NetworkFigures.OfAsync(services, (await NetworkFigures.MembersAsync(services)).Keys, [found]);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        OpenSdgCsv.Write(writer, found, figures);
        return new ExchangeFile(OpenSdgCsv.MediaType, writer.ToString());
    }

    // A filter may be repeated (?member=GM0518&member=GM0363) or a comma list (?member=GM0518,GM0363).
    private static IEnumerable<string> Entries(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
