using System.Globalization;

namespace Cfc.Sample.Host.Storage;

/// <summary>
/// The host's settings about its store: whether a Redis that can lose acknowledged writes is accepted
/// (<c>Cfc:Cluster:AcceptLosingWrites</c>) and below how much free space on the data directory's file system the host
/// warns (<c>Cfc:Storage:LowFreeSpaceBytes</c>). How long a storage operation may take is the Orleans package's
/// <c>Cfc:Storage:Timeout</c>.
/// </summary>
internal sealed class StoreSettings
{
    /// <summary>The setting that accepts a Redis without <c>appendfsync always</c>.</summary>
    public const string AcceptLosingWritesSetting = "Cfc:Cluster:AcceptLosingWrites";

    /// <summary>The setting of the free space below which the host warns.</summary>
    public const string LowFreeSpaceBytesSetting = "Cfc:Storage:LowFreeSpaceBytes";

    /// <summary>The default of <see cref="LowFreeSpaceBytes"/>: 100 MiB.</summary>
    public const long DefaultLowFreeSpaceBytes = 100L * 1024 * 1024;

    /// <summary>Whether the host starts on a Redis that can lose acknowledged writes; <see langword="false"/> by default.</summary>
    public bool AcceptLosingWrites { get; private init; }

    /// <summary>The free space (bytes) of the data directory's file system below which the startup report and <c>/health/ready</c> warn.</summary>
    public long LowFreeSpaceBytes { get; private init; } = DefaultLowFreeSpaceBytes;

    /// <summary>Reads and checks the settings.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="InvalidOperationException">A setting is invalid; the message names it.</exception>
    public static StoreSettings Read(IConfiguration configuration)
    {
        var errors = new List<string>();
        var accept = false;
        if (configuration[AcceptLosingWritesSetting] is { } acceptText && !bool.TryParse(acceptText, out accept))
        {
            errors.Add($"{AcceptLosingWritesSetting} '{acceptText}' is not true or false.");
        }

        var low = DefaultLowFreeSpaceBytes;
        if (configuration[LowFreeSpaceBytesSetting] is { } lowText
            && (!long.TryParse(lowText, NumberStyles.None, CultureInfo.InvariantCulture, out low) || low < 0))
        {
            errors.Add($"{LowFreeSpaceBytesSetting} '{lowText}' is not a number of bytes (0 or more; 0 turns the warning off).");
        }

        return errors.Count > 0
            ? throw new InvalidOperationException("Invalid Cfc settings: " + string.Join(" ", errors))
            : new StoreSettings { AcceptLosingWrites = accept, LowFreeSpaceBytes = low };
    }
}
