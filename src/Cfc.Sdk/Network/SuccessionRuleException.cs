namespace Cfc.Sdk.Network;

/// <summary>A succession that breaks a rule of the network (its <see cref="Rule"/> says which).</summary>
/// <remarks>Nothing is recorded: neither member changes.</remarks>
public sealed class SuccessionRuleException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="succession">The succession refused.</param>
    /// <param name="message">What was refused and why.</param>
    /// <exception cref="ArgumentNullException"><paramref name="succession"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    public SuccessionRuleException(SuccessionRule rule, Succession succession, string message)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(succession);
        ArgumentNullException.ThrowIfNull(message);
        Rule = rule;
        Succession = succession;
    }

    /// <summary>The rule broken.</summary>
    public SuccessionRule Rule { get; }

    /// <summary>The succession refused.</summary>
    public Succession Succession { get; }
}
