using Cfc.Sample.Host.Issues;
using System.Security.Claims;
using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Network;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// Who may write: a bearer token with role <c>coordinator</c> writes everything; one with claim <c>cfc:member</c>
/// writes only that member's data (the route's <c>{code}</c>, or the member an issue id starts with, or, on a route
/// marked <see cref="WithMemberCheckedByHandler{TBuilder}"/>, the member its body or its entity names). Reads are
/// anonymous, except of personal data (contact people, newsletter subscribers), which need the same right as a write.
/// No or a bad token is 401, a valid token without the right 403.
/// </summary>
internal static class WriteAccess
{
    /// <summary>The policy the write routes require.</summary>
    public const string Policy = "cfc-write";

    /// <summary>The role that may write every member's data.</summary>
    public const string CoordinatorRole = "coordinator";

    /// <summary>The claim naming the one member whose data a token may write.</summary>
    public const string MemberClaim = "cfc:member";

    /// <summary>Adds <see cref="Policy"/>.</summary>
    /// <param name="options">The authorization options.</param>
    public static void AddPolicy(AuthorizationOptions options) =>
        options.AddPolicy(Policy, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => Allows(context.User, context.Resource as HttpContext)));

    /// <summary>
    /// Marks a write route whose member is not in its route but in its body (a practice shared, a bottleneck signalled)
    /// or in the entity it changes (a practice corrected): a member's token passes the policy, and the handler answers
    /// <see cref="Forbidden"/> unless <see cref="Allows(ClaimsPrincipal, MemberId)"/> before it changes anything.
    /// </summary>
    /// <typeparam name="TBuilder">The route's builder.</typeparam>
    /// <param name="builder">The route, a write.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static TBuilder WithMemberCheckedByHandler<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(MemberCheckedByHandler.Instance);

    /// <summary>Whether <paramref name="user"/> may write for <paramref name="member"/>.</summary>
    /// <param name="user">The token's claims.</param>
    /// <param name="member">The member the request writes for.</param>
    /// <returns><see langword="true"/> for a coordinator, or a token with claim <c>cfc:member</c> naming <paramref name="member"/>.</returns>
    public static bool Allows(ClaimsPrincipal user, MemberId member) =>
        user.IsInRole(CoordinatorRole) || user.HasClaim(MemberClaim, member.ToString());

    /// <summary>The 403 problem of a token that may not write for <paramref name="member"/>.</summary>
    /// <param name="member">The member the request writes for.</param>
    /// <returns>The problem, naming the member.</returns>
    public static ForbiddenProblem Forbidden(MemberId member) =>
        new($"This token may not write for member {member}: it needs role coordinator, or claim cfc:member with {member}.");

    /// <summary>
    /// Requires <see cref="Policy"/> of the route, and describes its 401 (no or a bad token) and 403 (a token without
    /// the right) problems in the OpenAPI document: for the reads of personal data, and for every write through
    /// <see cref="WriteProtection.RequireWriteAccess{TBuilder}"/>.
    /// </summary>
    /// <typeparam name="TBuilder">The route's builder.</typeparam>
    /// <param name="builder">The route.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static TBuilder RequireMemberAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Policy).WithMetadata(
            new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), [DescribedProblem.MediaType]),
            new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), [DescribedProblem.MediaType]));

    /// <summary>
    /// Marks a write route under a member's <c>{code}</c> that changes the network rather than the member alone (a
    /// merger ends a membership of the network and makes another member answer for it): only a coordinator passes the
    /// policy; the member's own token is 403.
    /// </summary>
    /// <typeparam name="TBuilder">The route's builder.</typeparam>
    /// <param name="builder">The route, a write.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static TBuilder ForCoordinatorsOnly<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(CoordinatorsOnly.Instance);

    /// <summary>Whose token a route takes, in words, for the OpenAPI document: the policy's rule as it applies to the route.</summary>
    /// <param name="metadata">The route's endpoint metadata.</param>
    /// <param name="memberInRoute">Whether the route names a member: a <c>{code}</c>, or an issue's <c>{id}</c>.</param>
    /// <returns>A sentence.</returns>
    internal static string Who(IReadOnlyList<object> metadata, bool memberInRoute) =>
        metadata.OfType<CoordinatorsOnly>().Any() || !(memberInRoute || metadata.OfType<MemberCheckedByHandler>().Any())
            ? $"Needs a coordinator's bearer token (role `{CoordinatorRole}`)."
            : metadata.OfType<MemberCheckedByHandler>().Any()
                ? $"Needs a coordinator's bearer token (role `{CoordinatorRole}`), or a member's (claim `{MemberClaim}`) for the member the request names."
                : $"Needs a coordinator's bearer token (role `{CoordinatorRole}`), or the member's own (claim `{MemberClaim}` with the member's code).";

    private static bool Allows(ClaimsPrincipal user, HttpContext? http) =>
        http?.GetEndpoint()?.Metadata.GetMetadata<CoordinatorsOnly>() is not null
            ? user.IsInRole(CoordinatorRole)
            : Allows(user, http?.Request.RouteValues)
                || (http?.GetEndpoint()?.Metadata.GetMetadata<MemberCheckedByHandler>() is not null && user.HasClaim(c => c.Type == MemberClaim));

    /// <summary>Whether <paramref name="user"/> may write the member the route names.</summary>
    /// <param name="user">The token's claims.</param>
    /// <param name="route">The route's values: <c>code</c>, or an issue's <c>id</c>.</param>
    /// <returns><see langword="true"/> for a coordinator, or a member writing its own data.</returns>
    internal static bool Allows(ClaimsPrincipal user, RouteValueDictionary? route)
    {
        if (user.IsInRole(CoordinatorRole))
        {
            return true;
        }

        var member = route?["code"] as string ?? (route?["id"] is string id ? IssueIds.MemberTextOf(id) : null);
        return member is not null && user.HasClaim(MemberClaim, member);
    }

    // The metadata of ForCoordinatorsOnly.
    private sealed class CoordinatorsOnly
    {
        public static CoordinatorsOnly Instance { get; } = new();
    }

    // The metadata of WithMemberCheckedByHandler.
    private sealed class MemberCheckedByHandler
    {
        public static MemberCheckedByHandler Instance { get; } = new();
    }
}
