namespace Cfc.Sdk.ActionPlans;

/// <summary>
/// A change of an <see cref="ActionPoint"/>'s status that its history does not allow: dated before the previous change, to
/// the status it has already, a closed point changed without being reopened, or an open point reopened.
/// </summary>
/// <remarks>The action point the change was offered to is unchanged.</remarks>
public sealed class ActionPointChangeException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused and why.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public ActionPointChangeException(string message)
        : base(message ?? throw new ArgumentNullException(nameof(message)))
    {
    }
}
