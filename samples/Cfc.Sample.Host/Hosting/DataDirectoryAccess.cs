using System.Globalization;
using Cfc.Sdk.Orleans.Hosting;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// Who besides the host's user may use its data directory (<c>Cfc:DataDirectory</c>), whose <c>grains.db</c> holds
/// personal data: the host does not start on a directory that others may write to, and warns about one that others
/// may read. The SQLite storage makes a new directory <c>0700</c> and its files <c>0600</c> itself; these checks are
/// for a directory that was there before.
/// </summary>
/// <remarks>
/// This policy is the host's, not the storage package's: an application of its own may share its data directory with a
/// group on purpose (a backup user, say), whereas the coordinator's service holds contacts and subscribers' addresses
/// and runs as a user of its own. Windows protects files with ACLs, not modes, and is not checked; nor is Redis mode,
/// which keeps no data directory.
/// </remarks>
internal static class DataDirectoryAccess
{
    private const UnixFileMode WritableByOthers = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
    private const UnixFileMode ReadableByOthers = UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>Refuses a data directory that others may write to: they could replace or remove the grains' state.</summary>
    /// <param name="options">The hosting settings, with the data directory.</param>
    /// <exception cref="InvalidOperationException">Others may write to the directory; the one-line message names it, its mode and what to do.</exception>
    public static void EnsureNotWritableByOthers(CfcHostingOptions options)
    {
        if (Mode(options) is { } mode && (mode & WritableByOthers) != 0)
        {
            var directory = options.DataDirectoryPath;
            throw new InvalidOperationException(
                $"The data directory {directory} (Cfc:DataDirectory) has mode {Octal(mode)}: users other than its owner can write to it, and so replace or remove the stored state. " +
                $"Run `chmod 700 {directory}` as its owner, or set Cfc:DataDirectory to a directory of the host's user alone.");
        }
    }

    /// <summary>The warning about a data directory that others may read (list), or <see langword="null"/>.</summary>
    /// <param name="options">The hosting settings, with the data directory.</param>
    /// <returns>One line naming the directory, its mode and what to do; <see langword="null"/> when it is its owner's alone.</returns>
    public static string? Warning(CfcHostingOptions options) =>
        Mode(options) is { } mode && (mode & ReadableByOthers) != 0
            ? $"The data directory {options.DataDirectoryPath} (Cfc:DataDirectory) has mode {Octal(mode)}: users other than its owner can list it. " +
              $"Its files are the host's user's alone, but run `chmod 700 {options.DataDirectoryPath}` to keep the directory so too."
            : null;

    private static UnixFileMode? Mode(CfcHostingOptions options) =>
        OperatingSystem.IsWindows() || options.Cluster.Mode != CfcClusterMode.Localhost || !Directory.Exists(options.DataDirectoryPath)
            ? null
            : File.GetUnixFileMode(options.DataDirectoryPath);

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');
}
