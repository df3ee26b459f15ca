namespace Cfc.Sdk.Participation;

/// <summary>A theme proposal that is no longer open was asked to take votes, be taken up or be withdrawn.</summary>
/// <remarks>The proposal the change was offered to is unchanged.</remarks>
public sealed class ThemeProposalClosedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="status">The proposal's status: <see cref="ThemeProposalStatus.TakenUp"/> or <see cref="ThemeProposalStatus.Withdrawn"/>.</param>
    /// <param name="message">What was refused; <see langword="null"/> for the standard message.</param>
    public ThemeProposalClosedException(ThemeProposalStatus status, string? message = null)
        : base(message ?? $"The theme proposal is {status}, no longer open: it takes no votes and cannot be taken up or withdrawn.")
    {
        Status = status;
    }

    /// <summary>The proposal's status.</summary>
    public ThemeProposalStatus Status { get; }
}
