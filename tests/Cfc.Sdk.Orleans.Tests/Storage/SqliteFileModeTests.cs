using System.Runtime.Versioning;
using Cfc.Testing;
using Orleans.Runtime;

namespace Cfc.Sdk.Orleans.Tests.Storage;

/// <summary>
/// The stored state holds personal data, so the storage makes its folder and files for its user alone, whatever the
/// process's umask, and restricts a file that an older release left readable by others.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class SqliteFileModeTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode ReadableByAll = OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private static readonly GrainId DenHaag = GrainId.Create("municipality", "0518");

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [UnixFact]
    public async Task A_new_folder_is_0700_and_the_file_its_wal_and_its_shm_are_0600()
    {
        var storage = _database.Storage();

        await storage.WriteStateAsync("municipality", DenHaag, new GrainState<TextState>(new() { Text = "contact: j.jansen@denhaag.nl" }));

        // The writer's connection is still open, so the write-ahead log and the shared memory file exist.
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(Path.GetDirectoryName(_database.Path)!));
        Assert.Equal(
            [("grains.db", OwnerOnlyFile), ("grains.db-shm", OwnerOnlyFile), ("grains.db-wal", OwnerOnlyFile)],
            Modes());
    }

    [UnixFact]
    public async Task A_file_readable_by_others_from_an_older_release_opens_and_is_restricted_to_its_owner()
    {
        var written = new GrainState<TextState>(new() { Text = "bewaard" });
        await _database.Storage().WriteStateAsync("municipality", DenHaag, written);
        await UntilClosedAsync();
        var folder = Path.GetDirectoryName(_database.Path)!;
        File.SetUnixFileMode(folder, OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(_database.Path, ReadableByAll);

        // And a -wal and -shm left readable by others, as a process that was killed leaves them.
        foreach (var companion in new[] { "-wal", "-shm" })
        {
            File.WriteAllBytes(_database.Path + companion, []);
            File.SetUnixFileMode(_database.Path + companion, ReadableByAll);
        }

        var read = new GrainState<TextState>();
        await _database.Storage().ReadStateAsync("municipality", DenHaag, read);

        Assert.Equal("bewaard", read.State!.Text);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(
            [("grains.db", OwnerOnlyFile), ("grains.db-shm", OwnerOnlyFile), ("grains.db-wal", OwnerOnlyFile)],
            Modes());
    }

    // The last connection to close removes the -wal and -shm files: the pools' at once, the writer's after it idled.
    private async Task UntilClosedAsync()
    {
        for (var attempt = 0; File.Exists(_database.Path + "-wal") && attempt < 300; attempt++)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await Task.Delay(100);
        }

        Assert.False(File.Exists(_database.Path + "-wal"), "The storage's connections did not close.");
    }

    private (string, UnixFileMode)[] Modes() =>
        [.. Directory.GetFiles(Path.GetDirectoryName(_database.Path)!)
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetFileName(file), File.GetUnixFileMode(file)))];
}
