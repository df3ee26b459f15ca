using Cfc.Sdk.Network;

namespace Cfc.Sdk.Orleans.Organisations;

/// <summary>
/// An organisation id that names an organisation was given a partner's profile, or the other way round: one id is one
/// kind of member. Nothing was changed.
/// </summary>
public sealed class MemberKindException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="member"/>, of kind <paramref name="kind"/>.</summary>
    /// <param name="member">The member.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="refused">The kind it was asked to become.</param>
    public MemberKindException(MemberId member, MemberKind kind, MemberKind refused)
        : this(member, kind, $"{member} is a {kind}, not a {refused}.")
    {
    }

    /// <summary>Creates the exception with its message, as a grain call brings it back.</summary>
    /// <param name="member">The member.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="message">The message.</param>
    public MemberKindException(MemberId member, MemberKind kind, string message)
        : base(message)
    {
        Member = member;
        Kind = kind;
    }

    /// <summary>The member.</summary>
    public MemberId Member { get; }

    /// <summary>The member's kind.</summary>
    public MemberKind Kind { get; }
}
