using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sample.Host.Successions;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Municipalities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Municipalities;

/// <summary>The members' routes: <c>PUT</c> and <c>GET /api/municipalities/{code}</c>, <c>GET /api/municipalities</c>.</summary>
internal static class MunicipalityEndpoints
{
    /// <summary>Maps the members' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapMunicipalities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/municipalities").WithTags("Members");
        group.MapPut("/{code}", PutAsync).RequireWriteAccess();
        group.MapGet("/{code}", GetAsync);
        group.MapGet("/", ListAsync).WithListPaging();
        return app;
    }

    /// <summary>Creates (201) or changes (200) a municipality (name, zone, population) and lists it in the network.</summary>
    private static async Task<Results<Ok<MunicipalityResponse>, Created<MunicipalityResponse>, InvalidProblem>> PutAsync(
        string code,
        MunicipalityRequest request,
        IGrainFactory grains,
        IDateTimeZoneProvider zones,
        IOptions<CfcHostingOptions> options)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        var memberCode = MemberCode.Parse(code);
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add("name", "The name is required, e.g. \"'s-Gravenhage\".");
        }

        if (request.TimeZone is not null && zones.GetZoneOrNull(request.TimeZone) is null)
        {
            errors.Add("timeZone", $"'{request.TimeZone}' is not a time zone id (IANA, such as {memberCode.DefaultTimeZoneId}).");
        }

        if (request.Population is <= 0)
        {
            errors.Add("population", $"A population is a positive number of inhabitants, not {request.Population}.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        // The grain keeps a field left out as stored, in the same turn as the write: two PUTs that set different fields
        // both hold, where a read here and a write later would let the second undo the first.
        ProfileChange change;
        try
        {
            // The domain checks the name's length and that the code allows the zone (its own, or one of its country's abroad).
            change = await grain.ChangeProfileAsync(options.Value.NetworkId, request.Name!, request.TimeZone, request.Population);
        }
        catch (ArgumentException e)
        {
            return ValidationErrors.For(e.ParamName ?? "name", ValidationErrors.MessageOf(e));
        }

        var body = MunicipalityResponse.From(change.Profile, await grain.GetProgrammeAsync(), await grain.TodayAsync());
        return change.Created ? TypedResults.Created($"/api/municipalities/{code}", body) : TypedResults.Ok(body);
    }

    /// <summary>One municipality with its programme today and the members it succeeded, or 404.</summary>
    private static async Task<Results<Ok<MunicipalityResponse>, InvalidProblem, NotFoundProblem>> GetAsync(string code, IGrainFactory grains)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        if (await DescribeAsync(grain) is not { } body)
        {
            return Municipality.Unknown(code);
        }

        var predecessors = new List<PredecessorResponse>();
        foreach (var succession in await Lineage.PredecessorsAsync(grains, MemberCode.Parse(code)))
        {
            var name = (await grains.GetGrain<IMunicipalityGrain>(succession.Predecessor.ToString()).GetProfileAsync())?.Name;
            predecessors.Add(new(succession.Predecessor.ToString(), name ?? succession.Predecessor.ToString(), succession.On));
        }

        return TypedResults.Ok(predecessors.Count == 0 ? body : body with { Predecessors = predecessors });
    }

    /// <summary>Every municipality the network knows, in code order.</summary>
    private static async Task<Ok<MunicipalityResponse[]>> ListAsync(IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        var members = await grains.Network(options).GetMunicipalitiesAsync();
        var bodies = await Task.WhenAll(members.Select(m => DescribeAsync(grains.GetGrain<IMunicipalityGrain>(m.Id.ToString()))));
        return TypedResults.Ok(bodies.OfType<MunicipalityResponse>().ToArray());
    }

    // The member with its programme today, and its successor when it has one.
    private static async Task<MunicipalityResponse?> DescribeAsync(IMunicipalityGrain grain) =>
        await grain.GetProfileAsync() is { } profile
            ? MunicipalityResponse.From(profile, await grain.GetProgrammeAsync(), await grain.TodayAsync()) with
            {
                Successor = await grain.GetSuccessionAsync() is { } succession ? new(succession.Successor.ToString(), succession.On) : null,
            }
            : null;
}
