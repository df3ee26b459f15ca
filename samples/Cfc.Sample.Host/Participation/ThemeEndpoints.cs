using System.Security.Claims;
using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sample.Host.Successions;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Participation;
using Cfc.Sdk.Participation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sample.Host.Participation;

/// <summary>
/// Young people choose the network's themes: <c>POST</c> and <c>GET /api/themes</c>, <c>GET /api/themes/{id}</c>,
/// <c>POST /api/themes/{id}/votes</c> and <c>POST /api/themes/{id}/withdrawal</c>.
/// </summary>
/// <remarks>
/// A member (for itself) or the coordinator proposes; each member votes with its youth panel's count, no names; the
/// coordinator withdraws. A meeting takes a proposal up through the meeting's <c>proposal</c>. A proposal no longer open
/// refuses votes and a withdrawal with <see cref="ThemeProposalClosedException"/>, which the problem handler answers with 409.
/// </remarks>
internal static class ThemeEndpoints
{
    /// <summary>Maps the theme proposals' routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapThemes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/themes").WithTags("Theme proposals");
        group.MapPost("/", ProposeAsync).RequireWriteAccess().WithMemberCheckedByHandler();
        group.MapGet("/", ListAsync).WithListPaging();
        group.MapGet("/{id}", GetAsync);
        group.MapPost("/{id}/votes", VoteAsync).RequireWriteAccess().WithMemberCheckedByHandler().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/withdrawal", WithdrawAsync).RequireWriteAccess().ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>Proposes a theme (201 with it and a <c>Location</c>); without a member only the coordinator may, with one only that member's token or the coordinator.</summary>
    private static async Task<Results<Created<ThemeProposalResponse>, InvalidProblem, ForbiddenProblem>> ProposeAsync(
        ThemeProposalRequest request, ClaimsPrincipal user, IGrainFactory grains, IClock clock, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        var errors = new ValidationErrors();
        var member = request.ProposingMember(errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (member is { } code ? !WriteAccess.Allows(user, MemberId.For(code)) : !user.IsInRole(WriteAccess.CoordinatorRole))
        {
            return member is { } named
                ? WriteAccess.Forbidden(MemberId.For(named))
                : new ForbiddenProblem("Only the coordinator proposes a theme for the network; a member's token names its member in \"member\".");
        }

        LocalDate today;
        if (member is { } proposer)
        {
            var grain = grains.GetGrain<IMunicipalityGrain>(proposer.ToString());
            if (await grain.GetProfileAsync() is null || await grain.GetNetworkAsync() is { } other && other != options.Value.NetworkId)
            {
                return UnknownMember(proposer);
            }

            await Lineage.RefuseIfSucceededAsync(grains, proposer);
            today = await grain.TodayAsync();
        }
        else
        {
            today = clock.GetCurrentInstant().InZone(zones[MemberCode.EuropeanNetherlandsZoneId]).Date;
        }

        if (request.ToProposal(member, today, errors) is not { } proposal)
        {
            return errors.ToResult();
        }

        var id = await grains.ProposeThemeAsync(options.Value.NetworkId, proposal);
        return TypedResults.Created($"/api/themes/{id}", ThemeProposalResponse.From(id, proposal));
    }

    /// <summary>The proposals, newest first; <c>status=Open</c> (or <c>TakenUp</c>, <c>Withdrawn</c>) keeps those with that status. Reads only as far as the page.</summary>
    private static async Task<Results<Ok<ThemeProposalResponse[]>, InvalidProblem>> ListAsync(string? status, HttpContext context, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        ThemeProposalStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<ThemeProposalStatus>(status, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed) || char.IsDigit(status[0]))
            {
                return ValidationErrors.For("status", $"'{status}' is not a status: Open, TakenUp or Withdrawn.");
            }

            wanted = parsed;
        }

        var network = options.Value.NetworkId;
        var entries = grains.ThemeProposalList(network).ReadAsync(newestFirst: true, cancellationToken: context.RequestAborted);
        return TypedResults.Ok(await PageWindow.ReadAsync(
            context,
            wanted is { } kept ? entries.Where(e => e.Status == kept.ToString()) : entries,
            async entry => EntityIds.Number(entry.Id) is { } number && await grains.GetThemeProposal(network, number).GetAsync() is { } proposal
                ? ThemeProposalResponse.From(number, proposal)
                : null));
    }

    /// <summary>One proposal with its votes, or 404.</summary>
    private static async Task<Results<Ok<ThemeProposalResponse>, NotFoundProblem>> GetAsync(string id, IGrainFactory grains, IOptions<CfcHostingOptions> options) =>
        EntityIds.Number(id) is { } number && await grains.GetThemeProposal(options.Value.NetworkId, number).GetAsync() is { } proposal
            ? TypedResults.Ok(ThemeProposalResponse.From(number, proposal))
            : Unknown(id);

    /// <summary>Records a member's youth panel's count of votes (200 with the proposal), replacing its earlier count; 403 for another member than the token's, 409 when the proposal is not open.</summary>
    private static async Task<Results<Ok<ThemeProposalResponse>, InvalidProblem, ForbiddenProblem, NotFoundProblem>> VoteAsync(
        string id, VoteRequest request, ClaimsPrincipal user, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        var network = options.Value.NetworkId;
        if (EntityIds.Number(id) is not { } number || await grains.GetThemeProposal(network, number).GetAsync() is null)
        {
            return Unknown(id);
        }

        var errors = new ValidationErrors();
        if (request.Validate(errors) is not var (member, votes))
        {
            return errors.ToResult();
        }

        if (!WriteAccess.Allows(user, MemberId.For(member)))
        {
            return WriteAccess.Forbidden(MemberId.For(member));
        }

        var grain = grains.GetGrain<IMunicipalityGrain>(member.ToString());
        if (await grain.GetProfileAsync() is null || await grain.GetNetworkAsync() is { } other && other != network)
        {
            return UnknownMember(member);
        }

        await Lineage.RefuseIfSucceededAsync(grains, member);
        return TypedResults.Ok(ThemeProposalResponse.From(number, await grains.GetThemeProposal(network, number).VoteAsync(member, votes)));
    }

    /// <summary>Withdraws a proposal (200 with it); the coordinator's; 409 when it is not open.</summary>
    private static async Task<Results<Ok<ThemeProposalResponse>, NotFoundProblem>> WithdrawAsync(string id, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        var network = options.Value.NetworkId;
        if (EntityIds.Number(id) is not { } number || await grains.GetThemeProposal(network, number).GetAsync() is null)
        {
            return Unknown(id);
        }

        return TypedResults.Ok(ThemeProposalResponse.From(number, await grains.GetThemeProposal(network, number).WithdrawAsync()));
    }

    private static InvalidProblem UnknownMember(MemberCode member) =>
        ValidationErrors.For("member", $"'{member}' is not a municipality the network knows.");

    private static NotFoundProblem Unknown(string id) => new($"No theme proposal {id}.");
}
