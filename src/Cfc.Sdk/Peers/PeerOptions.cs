using System.Globalization;

namespace Cfc.Sdk.Peers;

/// <summary>Settings of a <see cref="PeerComparison"/>: the size classes, and how many peers a statistic needs.</summary>
public sealed class PeerOptions
{
    /// <summary>
    /// The size classes' lower bounds in inhabitants (the first 0, each above the one before); <see langword="null"/>
    /// for CBS's classes (<see cref="SizeClasses.Cbs"/>). Default <see langword="null"/>.
    /// </summary>
    public int[]? SizeClassLowerBounds { get; set; }

    /// <summary>
    /// The fewest peers with a shown figure that a median and quartiles are computed from; with fewer, none is shown,
    /// so that the statistic does not come close to one peer's figure. At least 3. Default 5.
    /// </summary>
    public int MinimumPeers { get; set; } = 5;

    /// <summary>The size classes these settings select.</summary>
    /// <returns>The classes.</returns>
    /// <exception cref="ArgumentException">The bounds are invalid.</exception>
    public SizeClasses BuildSizeClasses() => SizeClassLowerBounds is null ? SizeClasses.Cbs : SizeClasses.FromLowerBounds(SizeClassLowerBounds);

    /// <summary>Every problem of these settings, each a sentence naming the setting; none when they are valid.</summary>
    /// <param name="prefix">What to call the settings in the messages, e.g. <c>CfcSdkOptions.Peers</c>.</param>
    internal IEnumerable<string> Problems(string prefix)
    {
        if (MinimumPeers < 3)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{prefix}.MinimumPeers must be 3 or more, not {MinimumPeers}.");
        }

        string? bounds = null;
        try
        {
            BuildSizeClasses();
        }
        catch (ArgumentException e)
        {
            bounds = $"{prefix}.SizeClassLowerBounds: {e.Message}";
        }

        if (bounds is not null)
        {
            yield return bounds;
        }
    }
}
