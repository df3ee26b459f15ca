using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;

namespace Cfc.Sdk.Orleans.Municipalities;

/// <summary>
/// A member that already holds the most local issues it may (<see cref="CfcLimitsOptions.MaxIssuesPerMember"/>) was
/// asked to add one more; nothing was added.
/// </summary>
public sealed class IssueLimitException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="member"/> at <paramref name="limit"/> issues.</summary>
    /// <param name="member">The member that holds the issues.</param>
    /// <param name="limit">The most issues a member may hold.</param>
    public IssueLimitException(MemberCode member, int limit)
        : this(member, limit, $"{member} already holds {limit} local issues, the most a member may hold ({CfcLimitsOptions.MaxIssuesPerMemberSetting}): remove one before adding another.")
    {
    }

    /// <summary>Creates the exception with its message, as a grain call brings it back.</summary>
    /// <param name="member">The member that holds the issues.</param>
    /// <param name="limit">The most issues a member may hold.</param>
    /// <param name="message">The message.</param>
    public IssueLimitException(MemberCode member, int limit, string message)
        : base(message)
    {
        Member = member;
        Limit = limit;
    }

    /// <summary>The member that holds the issues.</summary>
    public MemberCode Member { get; }

    /// <summary>The most issues a member may hold (<see cref="CfcLimitsOptions.MaxIssuesPerMember"/>).</summary>
    public int Limit { get; }
}
