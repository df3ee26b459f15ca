using System.Globalization;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sample.Host.Issues;

/// <summary>
/// The host's issue ids: the member's code, a dash and a key (<c>GM0518-5f0c2e9a41b7</c>, <c>DE-05315000-5f0c2e9a41b7</c>;
/// seeded and earlier ids have keys with dashes of their own, <c>GM0344-seed-armoede</c>). The member is the shortest
/// part before a dash that is a member code: a code abroad has a dash of its own, and a national code never has one.
/// </summary>
internal static class IssueIds
{
    /// <summary>A new id for an issue of <paramref name="member"/>.</summary>
    /// <param name="member">The member's code.</param>
    /// <returns>The id.</returns>
    public static IssueId New(MemberCode member) =>
        IssueId.Parse(string.Concat(member.ToString(), "-", Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12]));

    /// <summary>The text of the member code an issue id starts with; <see langword="null"/> when it starts with none.</summary>
    /// <param name="id">The id as in a route.</param>
    /// <returns>The code's text.</returns>
    public static string? MemberTextOf(string id) => MemberOf(id)?.ToString();

    /// <summary>The member an issue id starts with; <see langword="null"/> when it starts with no member code and a dash.</summary>
    /// <param name="id">The id as in a route.</param>
    /// <returns>The member's code.</returns>
    public static MemberCode? MemberOf(string id)
    {
        for (var dash = id.IndexOf('-'); dash > 0; dash = id.IndexOf('-', dash + 1))
        {
            if (MemberCode.TryParse(id[..dash], out var code))
            {
                return code;
            }
        }

        return null;
    }
}
