using System.Globalization;
using System.Security.Claims;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sample.Host.Successions;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Participation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Participation;

/// <summary>
/// Children's participation per member: <c>POST</c> and <c>GET /api/municipalities/{code}/participation</c>, <c>GET</c> and
/// <c>PUT /api/participation/{id}</c>.
/// </summary>
/// <remarks>
/// A record is a grain of its own (<see cref="IParticipationGrain"/>), filed in the network's and its member's lists by the
/// day held. Its member writes it (a coordinator too); reads are anonymous, since a record holds no personal data and its
/// count of children is shown only through disclosure control.
/// </remarks>
internal static class ParticipationEndpoints
{
    /// <summary>Maps the participation routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapParticipation(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/api/municipalities/{code}/participation").WithTags("Participation");
        members.MapPost("/", RecordAsync).RequireWriteAccess();
        members.MapGet("/", ListAsync).WithListPaging();
        var records = app.MapGroup("/api/participation").WithTags("Participation");
        records.MapGet("/{id}", GetAsync);
        records.MapPut("/{id}", CorrectAsync).RequireWriteAccess().WithMemberCheckedByHandler();
        return app;
    }

    /// <summary>Records children's participation for the member (201 with its <c>id</c> and a <c>Location</c>); 404 for an unknown member.</summary>
    private static async Task<Results<Created<ParticipationCreatedResponse>, InvalidProblem, NotFoundProblem>> RecordAsync(
        string code, ParticipationRequest request, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        if (await KnownAsync(grains, code) is not { } found)
        {
            return Municipality.TryGet(grains, code, out _, out var problem) ? Municipality.Unknown(code) : problem;
        }

        var errors = new ValidationErrors();
        if (request.ToRecord(found.Member, await found.Grain.TodayAsync(), errors) is not { } record)
        {
            return errors.ToResult();
        }

        var id = await grains.RecordParticipationAsync(options.Value.NetworkId, record);
        return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"/api/participation/{id}"), new ParticipationCreatedResponse(id));
    }

    /// <summary>The member's records, newest first (by the day held, then by id); reads only as far as the page.</summary>
    private static async Task<Results<Ok<ParticipationResponse[]>, InvalidProblem, NotFoundProblem>> ListAsync(
        string code, HttpContext context, IGrainFactory grains, DisclosureControl disclosure, IOptions<CfcHostingOptions> options)
    {
        if (await KnownAsync(grains, code) is not { } found)
        {
            return Municipality.TryGet(grains, code, out _, out var problem) ? Municipality.Unknown(code) : problem;
        }

        var network = options.Value.NetworkId;
        return TypedResults.Ok(await PageWindow.ReadAsync(
            context,
            grains.MemberParticipationList(network, found.Member).ReadAsync(newestFirst: true, cancellationToken: context.RequestAborted),
            async entry => EntityIds.Number(entry.Id) is { } number && await grains.GetParticipation(network, number).GetAsync() is { } record
                ? ParticipationResponse.From(number, record, disclosure)
                : null));
    }

    /// <summary>One record, or 404.</summary>
    private static async Task<Results<Ok<ParticipationResponse>, NotFoundProblem>> GetAsync(string id, IGrainFactory grains, DisclosureControl disclosure, IOptions<CfcHostingOptions> options) =>
        EntityIds.Number(id) is { } number && await grains.GetParticipation(options.Value.NetworkId, number).GetAsync() is { } record
            ? TypedResults.Ok(ParticipationResponse.From(number, record, disclosure))
            : Unknown(id);

    /// <summary>Corrects a record, such as to add the feedback given (200 with it): every field is replaced, its member stays; 403 for another member's record.</summary>
    private static async Task<Results<Ok<ParticipationResponse>, InvalidProblem, ForbiddenProblem, NotFoundProblem>> CorrectAsync(
        string id, ParticipationRequest request, ClaimsPrincipal user, IGrainFactory grains, DisclosureControl disclosure, IOptions<CfcHostingOptions> options)
    {
        var network = options.Value.NetworkId;
        if (EntityIds.Number(id) is not { } number || await grains.GetParticipation(network, number).GetAsync() is not { } held)
        {
            return Unknown(id);
        }

        if (!WriteAccess.Allows(user, MemberId.For(held.Member)))
        {
            return WriteAccess.Forbidden(MemberId.For(held.Member));
        }

        await Lineage.RefuseIfSucceededAsync(grains, held.Member);
        var errors = new ValidationErrors();
        var today = await grains.GetGrain<IMunicipalityGrain>(held.Member.ToString()).TodayAsync();
        if (request.ToRecord(held.Member, today, errors) is not { } corrected)
        {
            return errors.ToResult();
        }

        return TypedResults.Ok(ParticipationResponse.From(number, await grains.GetParticipation(network, number).CorrectAsync(corrected), disclosure));
    }

    // The municipality the route's code names, when the network knows it.
    private static async Task<(MemberCode Member, IMunicipalityGrain Grain)?> KnownAsync(IGrainFactory grains, string code) =>
        Municipality.TryGet(grains, code, out var grain, out _) && await grain.GetProfileAsync() is not null
            ? (MemberCode.Parse(code), grain)
            : null;

    private static NotFoundProblem Unknown(string id) => new($"No participation record {id}.");
}
