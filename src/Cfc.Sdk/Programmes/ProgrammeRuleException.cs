namespace Cfc.Sdk.Programmes;

/// <summary>A transition broke one of the programme's rules; <see cref="Rule"/> says which, the message says what and why.</summary>
/// <remarks>The programme the transition was offered to is unchanged.</remarks>
public sealed class ProgrammeRuleException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="transition">The transition rejected.</param>
    /// <param name="currentPhase">The programme's phase when the transition was offered; <see langword="null"/> before it started.</param>
    /// <param name="message">What was broken and why.</param>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    public ProgrammeRuleException(ProgrammeRule rule, PhaseTransition transition, ProgrammePhase? currentPhase, string message)
        : base(message ?? throw new ArgumentNullException(nameof(message)))
    {
        ArgumentNullException.ThrowIfNull(transition);
        Rule = rule;
        Transition = transition;
        CurrentPhase = currentPhase;
    }

    /// <summary>The rule broken.</summary>
    public ProgrammeRule Rule { get; }

    /// <summary>The transition rejected.</summary>
    public PhaseTransition Transition { get; }

    /// <summary>The programme's phase when the transition was offered; <see langword="null"/> before it started.</summary>
    public ProgrammePhase? CurrentPhase { get; }
}
