namespace Cfc.Sdk.Meetings;

/// <summary>Thrown when a cancelled meeting is asked to change or to be cancelled again: a cancellation is final.</summary>
public sealed class MeetingCancelledException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was asked of the cancelled meeting.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public MeetingCancelledException(string message)
        : base(message ?? throw new ArgumentNullException(nameof(message)))
    {
    }
}
