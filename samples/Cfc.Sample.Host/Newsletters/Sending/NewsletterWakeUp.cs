namespace Cfc.Sample.Host.Newsletters.Sending;

/// <summary>
/// Wakes this host's <see cref="NewsletterSender"/> before its next check: storing a schedule on this host may make
/// today an edition's date. Registered also while sending is off, when nobody waits for it.
/// </summary>
internal sealed class NewsletterWakeUp : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Asks the sender to look now; several calls before it looks count as one.</summary>
    public void Wake()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already asked.
        }
    }

    /// <summary>Waits until <see cref="Wake"/> or <paramref name="interval"/>, whichever comes first.</summary>
    /// <param name="interval">The longest wait.</param>
    /// <param name="cancellationToken">Ends the wait as the host stops.</param>
    /// <returns>A task that completes then.</returns>
    public Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) => _signal.WaitAsync(interval, cancellationToken);

    /// <inheritdoc/>
    public void Dispose() => _signal.Dispose();
}
