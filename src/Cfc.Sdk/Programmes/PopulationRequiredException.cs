using Cfc.Sdk.Network;

namespace Cfc.Sdk.Programmes;

/// <summary>
/// A member's programme would start under rules that depend on its population (<see cref="MemberProgrammeRules.Germany"/>),
/// but the member has no <see cref="Member.Population"/>; the message says where to set it.
/// </summary>
/// <remarks>Nothing was changed: the programme starts once the member's population is set.</remarks>
public sealed class PopulationRequiredException : InvalidOperationException
{
    /// <summary>Creates the exception with a message naming the member and the rules.</summary>
    /// <param name="member">The member without a population.</param>
    /// <param name="rules">The name of the rules that need it, e.g. <c>Germany</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    public PopulationRequiredException(MemberCode member, string rules)
        : this(member, rules, $"{member} has no population, and the {rules} programme rules set the programme's duration by the number of inhabitants: "
            + "set the member's population (Member.WithPopulation) before its programme starts.")
    {
    }

    /// <summary>Creates the exception with its own message.</summary>
    /// <param name="member">The member without a population.</param>
    /// <param name="rules">The name of the rules that need it.</param>
    /// <param name="message">What is missing and where to set it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    public PopulationRequiredException(MemberCode member, string rules, string message)
        : base(message ?? throw new ArgumentNullException(nameof(message)))
    {
        ArgumentNullException.ThrowIfNull(rules);
        Member = member;
        Rules = rules;
    }

    /// <summary>The member without a population.</summary>
    public MemberCode Member { get; }

    /// <summary>The name of the rules that need it, e.g. <c>Germany</c>.</summary>
    public string Rules { get; }
}
