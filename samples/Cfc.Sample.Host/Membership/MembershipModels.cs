using Cfc.Sdk.Network;
using NodaTime;

namespace Cfc.Sample.Host.Membership;

/// <summary>The body of <c>POST /api/municipalities/{code}/membership</c>: <c>{"joined": "2023-01-01"}</c> or <c>{"left": "2025-12-31"}</c>.</summary>
/// <param name="Joined">The first day of a membership.</param>
/// <param name="Left">The last day of the current membership.</param>
internal sealed record MembershipRequest(LocalDate? Joined, LocalDate? Left);

/// <summary>A member's memberships: <c>{"member","memberships":[{"joined","left"}]}</c>, oldest first.</summary>
/// <param name="Member">The member's id.</param>
/// <param name="Memberships">Its memberships; <c>left</c> is <see langword="null"/> while it lasts.</param>
internal sealed record MembershipsResponse(string Member, IReadOnlyList<MembershipResponse> Memberships)
{
    /// <summary>The response for <paramref name="member"/> in <paramref name="register"/>.</summary>
    /// <param name="member">The member.</param>
    /// <param name="register">The register.</param>
    /// <returns>The response.</returns>
    public static MembershipsResponse From(MemberId member, MemberRegister register) =>
        new(member.ToString(), [.. register.MembershipsOf(member).Select(m => new MembershipResponse(m.Joined, m.Left))]);
}

/// <summary>One membership.</summary>
/// <param name="Joined">The first day.</param>
/// <param name="Left">The last day; <see langword="null"/> while it lasts.</param>
internal sealed record MembershipResponse(LocalDate Joined, LocalDate? Left);

/// <summary>A member on a date: <c>{"id","kind","name"}</c>.</summary>
/// <param name="Id">The member's id.</param>
/// <param name="Kind">Municipality, public body, organisation or network partner.</param>
/// <param name="Name">Its name; its id when the network has no profile of it.</param>
internal sealed record MemberOnResponse(string Id, MemberKind? Kind, string Name);
