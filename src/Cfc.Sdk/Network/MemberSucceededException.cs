using NodaTime.Text;

namespace Cfc.Sdk.Network;

/// <summary>
/// A change asked of a member that another member has succeeded (see <see cref="Cfc.Sdk.Network.Succession"/>): its data stays
/// readable, under the successor, but is closed to changes, and it can be neither succeeded again nor be a successor.
/// </summary>
/// <remarks>The member the change was asked of is unchanged.</remarks>
public sealed class MemberSucceededException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="succession">The succession that closed the member.</param>
    /// <param name="message">What was refused; <see langword="null"/> for the standard message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="succession"/> is <see langword="null"/>.</exception>
    public MemberSucceededException(Succession succession, string? message = null)
        : base(message ?? StandardMessage(succession))
    {
        Succession = succession ?? throw new ArgumentNullException(nameof(succession));
    }

    /// <summary>The succession that closed the member: its <see cref="Cfc.Sdk.Network.Succession.Successor"/> answers for it now.</summary>
    public Succession Succession { get; }

    private static string StandardMessage(Succession succession)
    {
        ArgumentNullException.ThrowIfNull(succession);
        return $"{succession.Predecessor} was succeeded by {succession.Successor} on {LocalDatePattern.Iso.Format(succession.On)}: its data is read under {succession.Successor} and is no longer changed.";
    }
}
