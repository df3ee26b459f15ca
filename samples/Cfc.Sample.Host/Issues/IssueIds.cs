using System.Globalization;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sample.Host.Issues;

/// <summary>
/// The host's issue ids: the member's code, a dash and 12 hex digits (<c>GM0518-5f0c2e9a41b7</c>,
/// <c>DE-05315000-5f0c2e9a41b7</c>). The member is what comes before the last dash, as a code abroad has a dash of its own.
/// </summary>
internal static class IssueIds
{
    /// <summary>A new id for an issue of <paramref name="member"/>.</summary>
    /// <param name="member">The member's code.</param>
    /// <returns>The id.</returns>
    public static IssueId New(MemberCode member) =>
        IssueId.Parse(string.Concat(member.ToString(), "-", Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12]));

    /// <summary>The text of the member code an issue id starts with; <see langword="null"/> when it has no dash.</summary>
    /// <param name="id">The id as in a route.</param>
    /// <returns>The text before the last dash.</returns>
    public static string? MemberTextOf(string id) => id.LastIndexOf('-') is > 0 and var dash ? id[..dash] : null;

    /// <summary>The member an issue id starts with; <see langword="null"/> when it starts with no member code.</summary>
    /// <param name="id">The id as in a route.</param>
    /// <returns>The member's code.</returns>
    public static MemberCode? MemberOf(string id) => MemberCode.TryParse(MemberTextOf(id), out var code) ? code : null;
}
