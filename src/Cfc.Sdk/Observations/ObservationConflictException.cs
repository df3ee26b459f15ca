namespace Cfc.Sdk.Observations;

/// <summary>
/// Thrown when a well-formed observation cannot be recorded because of what is already recorded for the
/// same key, such as a provisional figure arriving after the final one.
/// </summary>
public sealed class ObservationConflictException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">The key both figures share.</param>
    /// <param name="message">What conflicts and why.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public ObservationConflictException(ObservationKey key, string message)
        : base(message ?? throw new ArgumentNullException(nameof(message))) => Key = key;

    /// <summary>The key both figures share.</summary>
    public ObservationKey Key { get; }
}
