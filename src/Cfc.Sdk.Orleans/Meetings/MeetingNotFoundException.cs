namespace Cfc.Sdk.Orleans.Meetings;

/// <summary>Thrown when a meeting is asked to change but its number holds no meeting.</summary>
public sealed class MeetingNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="network">The network's id.</param>
    /// <param name="number">The number asked for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is <see langword="null"/>.</exception>
    public MeetingNotFoundException(string network, int number)
        : base($"The network {network} has no meeting {number}.")
    {
        Network = network ?? throw new ArgumentNullException(nameof(network));
        Number = number;
    }

    /// <summary>The network's id.</summary>
    public string Network { get; }

    /// <summary>The number asked for.</summary>
    public int Number { get; }
}
