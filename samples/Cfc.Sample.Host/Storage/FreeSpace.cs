using System.Globalization;

namespace Cfc.Sample.Host.Storage;

/// <summary>The free space of the file system that holds the data directory, against <c>Cfc:Storage:LowFreeSpaceBytes</c>.</summary>
internal static class FreeSpace
{
    /// <summary>The bytes free to the host's user on the file system of <paramref name="directory"/> (or of its nearest existing parent).</summary>
    /// <param name="directory">The data directory.</param>
    /// <returns>The free bytes.</returns>
    public static long Of(string directory)
    {
        var existing = directory;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            existing = parent;
        }

        return new DriveInfo(existing).AvailableFreeSpace;
    }

    /// <summary>The warning when less than <paramref name="low"/> bytes are free, or <see langword="null"/>.</summary>
    /// <param name="directory">The data directory.</param>
    /// <param name="low">The setting's value; 0 never warns.</param>
    /// <returns>One line naming the directory, the free space and the setting; <see langword="null"/> when there is enough.</returns>
    public static string? Warning(string directory, long low)
    {
        var free = Of(directory);
        return free < low
            ? string.Create(CultureInfo.InvariantCulture, $"Only {Bytes(free)} are free on the file system of the data directory {directory}, less than {Bytes(low)} ({StoreSettings.LowFreeSpaceBytesSetting}): free space before writes fail with 507.")
            : null;
    }

    /// <summary>A size for people: bytes, KiB, MiB or GiB.</summary>
    /// <param name="bytes">The size.</param>
    /// <returns>The size, such as <c>5.2 MiB</c>.</returns>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.#} GiB"),
    };
}
