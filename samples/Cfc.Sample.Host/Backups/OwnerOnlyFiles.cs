namespace Cfc.Sample.Host.Backups;

/// <summary>
/// The files the commands write hold personal data (contacts, subscribers' addresses), so they are their user's alone,
/// as the data directory's are: a file <c>0600</c>, a new folder <c>0700</c>, both made so before anything is written.
/// </summary>
internal static class OwnerOnlyFiles
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Writes <paramref name="path"/> through <paramref name="write"/>, which gets a new empty file of the user's alone
    /// beside it; only a complete file takes the name, so a failed run leaves no half-written one.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="force">Whether an existing file at <paramref name="path"/> may be replaced.</param>
    /// <param name="write">Writes the file it is given.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="InvalidOperationException">The file exists and <paramref name="force"/> is <see langword="false"/>.</exception>
    public static async Task WriteAsync(string path, bool force, Func<string, Task> write)
    {
        var full = Path.GetFullPath(path);
        if (!force && File.Exists(full))
        {
            throw new InvalidOperationException($"{full} exists already: name a new file, or add --force to replace it.");
        }

        var partial = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.partial");
        try
        {
            CreateEmpty(partial);
            await write(partial);
            File.Move(partial, full, overwrite: force);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>Makes the folder (<c>0700</c>) and the empty database file (<c>0600</c>) of a new store; an existing one is left as it is.</summary>
    /// <param name="databasePath">The database file.</param>
    public static void CreateDatabaseFile(string databasePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        Directory.CreateDirectory(folder, OwnerOnlyFolder);
        if (!File.Exists(databasePath))
        {
            CreateEmpty(databasePath);
        }
    }

    private static void CreateEmpty(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        using var created = new FileStream(path, options);
    }
}
