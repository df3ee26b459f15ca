using System.Security.Claims;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Practices;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Practices;

/// <summary>
/// The network's good practices: <c>POST</c> and <c>GET /api/practices</c>, <c>GET</c> and <c>PUT /api/practices/{id}</c>.
/// </summary>
/// <remarks>
/// A coordinator shares and corrects every practice; a member's token shares practices for its own member and corrects
/// its own member's practices (see <see cref="WriteAccess.WithMemberCheckedByHandler{TBuilder}"/>).
/// </remarks>
internal static class PracticeEndpoints
{
    /// <summary>Maps the good practices' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapPractices(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/practices").WithTags("Good practices");
        group.MapPost("/", ShareAsync).RequireWriteAccess().WithMemberCheckedByHandler();
        group.MapGet("/", ListAsync).WithListPaging();
        group.MapGet("/{id}", GetAsync);
        group.MapPut("/{id}", CorrectAsync).RequireWriteAccess().WithMemberCheckedByHandler();
        return app;
    }

    /// <summary>Shares a practice (201 with it and a <c>Location</c>); 403 for another member than the token's.</summary>
    private static async Task<Results<Created<PracticeResponse>, InvalidProblem, ForbiddenProblem>> ShareAsync(
        PracticeRequest request, ClaimsPrincipal user, IGrainFactory grains, IClock clock, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        var errors = new ValidationErrors();
        if (request.ToPractice(Today(clock, zones), errors) is not { } practice)
        {
            return errors.ToResult();
        }

        if (!WriteAccess.Allows(user, practice.Member))
        {
            return WriteAccess.Forbidden(practice.Member);
        }

        if (await grains.Network(options).GetMemberAsync(practice.Member) is null)
        {
            return UnknownMember(practice.Member);
        }

        var id = await grains.ShareGoodPracticeAsync(options.Value.NetworkId, practice);
        return TypedResults.Created($"/api/practices/{id}", PracticeResponse.From(id, practice));
    }

    /// <summary>Corrects a practice (200 with it): every field is replaced, its member stays; 403 for another member's practice.</summary>
    private static async Task<Results<Ok<PracticeResponse>, InvalidProblem, ForbiddenProblem, NotFoundProblem>> CorrectAsync(
        string id, PracticeRequest request, ClaimsPrincipal user, IGrainFactory grains, IClock clock, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        if (EntityIds.Number(id) is not { } number || await grains.GetGoodPractice(options.Value.NetworkId, number).GetAsync() is not { } shared)
        {
            return Unknown(id);
        }

        if (!WriteAccess.Allows(user, shared.Member))
        {
            return WriteAccess.Forbidden(shared.Member);
        }

        var errors = new ValidationErrors();
        if (request.ToPractice(shared.SharedOn, errors) is not { } corrected)
        {
            return errors.ToResult();
        }

        try
        {
            return TypedResults.Ok(PracticeResponse.From(number, await grains.GetGoodPractice(options.Value.NetworkId, number).ChangeAsync(corrected)));
        }
        catch (ArgumentException e) when (e.ParamName == "corrected")
        {
            return ValidationErrors.For("member", ValidationErrors.MessageOf(e));
        }
    }

    /// <summary>One practice with every field, or 404.</summary>
    private static async Task<Results<Ok<PracticeResponse>, NotFoundProblem>> GetAsync(string id, IGrainFactory grains, IOptions<CfcHostingOptions> options) =>
        EntityIds.Number(id) is { } number && await grains.GetGoodPractice(options.Value.NetworkId, number).GetAsync() is { } practice
            ? TypedResults.Ok(PracticeResponse.From(number, practice))
            : Unknown(id);

    /// <summary>The practices by the day they were shared, oldest first, then by id; reads only as far as the page.</summary>
    private static async Task<Ok<PracticeResponse[]>> ListAsync(HttpContext context, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        var network = options.Value.NetworkId;
        return TypedResults.Ok(await PageWindow.ReadAsync(
            context,
            grains.GoodPracticeList(network).ReadAsync(cancellationToken: context.RequestAborted),
            async entry => EntityIds.Number(entry.Id) is { } number && await grains.GetGoodPractice(network, number).GetAsync() is { } practice
                ? PracticeResponse.From(number, practice)
                : null));
    }

    private static LocalDate Today(IClock clock, IDateTimeZoneProvider zones) =>
        clock.GetCurrentInstant().InZone(zones[MemberCode.EuropeanNetherlandsZoneId]).Date;

    private static InvalidProblem UnknownMember(MemberId member) =>
        ValidationErrors.For("member", $"'{member}' is not a member the network knows (a member code such as GM0518 or DE-05315000, or org: and an organisation's id).");

    private static NotFoundProblem Unknown(string id) => new($"No good practice {id}.");
}
