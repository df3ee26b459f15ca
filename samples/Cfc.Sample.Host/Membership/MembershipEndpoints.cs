using Cfc.Sample.Host.Hosting;
using Cfc.Sample.Host.Municipalities;
using Cfc.Sample.Host.Paging;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Membership;

/// <summary>
/// Membership over time: <c>POST</c> and <c>GET /api/municipalities/{code}/membership</c>, and
/// <c>GET /api/members?on=</c>, the members on a date.
/// </summary>
internal static class MembershipEndpoints
{
    /// <summary>Maps the membership routes.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapMembership(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/municipalities/{code}/membership").WithTags("Members");
        group.MapPost("/", RecordAsync).RequireWriteAccess();
        group.MapGet("/", GetAsync);
        app.MapGet("/api/members", MembersOnAsync).WithTags("Members").WithListPaging();
        return app;
    }

    /// <summary>Records the municipality joining or leaving (200 with its memberships); 409 when the register forbids it.</summary>
    private static async Task<Results<Ok<MembershipsResponse>, InvalidProblem, NotFoundProblem, ConflictProblem>> RecordAsync(string code, MembershipRequest request, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        if ((request.Joined is null) == (request.Left is null))
        {
            return ValidationErrors.For(request.Joined is null ? "joined" : "left", "Send either \"joined\" (the first day) or \"left\" (the last day), not both and not neither.");
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        var network = grains.Network(options);
        var member = MemberId.For(MemberCode.Parse(code));
        try
        {
            await (request.Joined is { } joined ? network.JoinAsync(member, joined) : network.LeaveAsync(member, request.Left!.Value));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // The register refused the change (the grain stored nothing).
            return new ConflictProblem(
                "The membership register forbids this change.",
                e is ArgumentException argument ? ValidationErrors.MessageOf(argument) : e.Message,
                new Dictionary<string, object?> { ["field"] = request.Joined is null ? "left" : "joined" });
        }

        return TypedResults.Ok(MembershipsResponse.From(member, await network.GetRegisterAsync()));
    }

    /// <summary>The municipality's memberships, oldest first; 404 for an unknown municipality.</summary>
    private static async Task<Results<Ok<MembershipsResponse>, InvalidProblem, NotFoundProblem>> GetAsync(string code, IGrainFactory grains, IOptions<CfcHostingOptions> options)
    {
        if (!Municipality.TryGet(grains, code, out var grain, out var problem))
        {
            return problem;
        }

        if (await grain.GetProfileAsync() is null)
        {
            return Municipality.Unknown(code);
        }

        var register = await grains.Network(options).GetRegisterAsync();
        return TypedResults.Ok(MembershipsResponse.From(MemberId.For(MemberCode.Parse(code)), register));
    }

    /// <summary>The members on a date (today in Europe/Amsterdam by default), in id order.</summary>
    private static async Task<Results<Ok<MemberOnResponse[]>, InvalidProblem>> MembersOnAsync(string? on, IGrainFactory grains, IClock clock, IDateTimeZoneProvider zones, IOptions<CfcHostingOptions> options)
    {
        LocalDate day;
        if (on is null)
        {
            day = clock.GetCurrentInstant().InZone(zones[MemberCode.EuropeanNetherlandsZoneId]).Date;
        }
        else if (LocalDatePattern.Iso.Parse(on) is { Success: true } parsed)
        {
            day = parsed.Value;
        }
        else
        {
            return ValidationErrors.For("on", $"'{on}' is not an ISO date such as 2026-01-01.");
        }

        var network = grains.Network(options);
        var known = (await network.GetMembersAsync()).ToDictionary(m => m.Id);
        var members = await network.MembersOnAsync(day);
        return TypedResults.Ok(members
            .Select(id => known.TryGetValue(id, out var member) ? new MemberOnResponse(id.ToString(), member.Kind, member.Name) : new MemberOnResponse(id.ToString(), null, id.ToString()))
            .ToArray());
    }
}
