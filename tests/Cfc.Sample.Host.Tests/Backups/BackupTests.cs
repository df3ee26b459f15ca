using System.Runtime.Versioning;
using Cfc.Sample.Host.Tests.Processes;
using Cfc.Sample.Host.Tests.Security;
using Cfc.Testing;

namespace Cfc.Sample.Host.Tests.Backups;

/// <summary>
/// <c>backup</c> with real processes: a copy of the SQLite store taken while the host serves and writes is a sound
/// database (SQLite's own <c>PRAGMA integrity_check</c>, through Python's sqlite3), its user's alone, and restored as the
/// <c>grains.db</c> of a new data directory it answers as the host it was taken from.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class BackupTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const string IntegrityCheck = """
        import sqlite3, sys
        connection = sqlite3.connect("file:" + sys.stdin.read().strip() + "?mode=ro", uri=True)
        print(connection.execute("PRAGMA integrity_check").fetchone()[0])
        print(connection.execute("PRAGMA journal_mode").fetchone()[0])
        print(connection.execute("SELECT count(*) FROM grain_state").fetchone()[0])
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-backup-").FullName;

    private string DataDirectory => Path.Combine(_directory, "data");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [PythonModuleFact("sqlite3")]
    public async Task A_backup_taken_while_the_host_serves_and_writes_is_sound_and_a_host_restored_from_it_answers_the_same()
    {
        await using var host = await HostProcess.StartAsync($"--Cfc:DataDirectory={DataDirectory}");
        var writes = new HttpWrites();
        await writes.SeedAsync(host.Client);
        using var stop = new CancellationTokenSource();
        var writing = writes.WriteUntilStoppedAsync(host.Client, stop.Token);
        while (writes.Acknowledged < 100)
        {
            await Task.Delay(50);
        }

        var during = Path.Combine(_directory, "during.db");
        var before = writes.Acknowledged;
        var backup = await HostCommand.RunAsync("backup", "--to", during, $"--Cfc:DataDirectory={DataDirectory}");
        var acknowledged = writes.Acknowledged;
        stop.Cancel();
        await writing;
        backup.Succeeded();
        Assert.True(acknowledged > before, "The host wrote nothing while the backup ran.");

        var (integrity, journal, rows) = await CheckAsync(during);
        Assert.Equal("ok", integrity);
        Assert.Equal("delete", journal);
        Assert.True(rows > 0);
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(during));

        // Restored (as the host's README says) while the host still serves: the copy answers as the host does.
        var after = Path.Combine(_directory, "after.db");
        (await HostCommand.RunAsync("backup", "--to", after, $"--Cfc:DataDirectory={DataDirectory}")).Succeeded();
        Assert.Equal("ok", (await CheckAsync(after)).Integrity);
        var reads = Reads(writes);
        var expected = await WriteRoutes.ReadStateAsync(host.Client, reads);
        var restored = Path.Combine(_directory, "restored");
        Directory.CreateDirectory(restored, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.Copy(after, Path.Combine(restored, "grains.db"));
        Assert.Equal(expected, await HostCommand.AnswersAsync(reads, $"--Cfc:DataDirectory={restored}"));

        // The copy taken during the writes opens as a store too, and holds each member the seed made.
        var duringRestored = Path.Combine(_directory, "during-restored");
        Directory.CreateDirectory(duringRestored, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.Copy(during, Path.Combine(duringRestored, "grains.db"));
        var answers = await HostCommand.AnswersAsync([.. writes.Members.Select(m => $"/api/municipalities/{m}")], $"--Cfc:DataDirectory={duringRestored}");
        Assert.All(answers.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(" -> 200 ", line, StringComparison.Ordinal));
    }

    [UnixFact]
    public async Task A_backup_refuses_to_replace_a_file_unless_forced_and_a_forced_one_is_the_owners_alone()
    {
        Directory.CreateDirectory(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Compatibility", "Release02", "grains.db"), Path.Combine(DataDirectory, "grains.db"));
        var file = Path.Combine(_directory, "backup.db");
        await File.WriteAllTextAsync(file, "kept");
        File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);

        var refused = await HostCommand.RunAsync("backup", "--to", file, $"--Cfc:DataDirectory={DataDirectory}");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("exists already", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("kept", await File.ReadAllTextAsync(file));

        (await HostCommand.RunAsync("backup", "--to", file, "--force", $"--Cfc:DataDirectory={DataDirectory}")).Succeeded();
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(file));
        Assert.Equal(HostCommand.Rows(Path.Combine(DataDirectory, "grains.db")), HostCommand.Rows(file));
        Assert.Equal([Path.Combine(_directory, "backup.db"), Path.Combine(_directory, "data")], Directory.GetFileSystemEntries(_directory).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_backup_in_redis_mode_is_refused_naming_redis_persistence_and_export()
    {
        var file = Path.Combine(_directory, "backup.db");

        var refused = await HostCommand.RunAsync(
            "backup", "--to", file, "--Cfc:Cluster:Mode=Redis", "--Cfc:Cluster:Tls:AllowPlaintext=true", "--ConnectionStrings:Redis=127.0.0.1:1");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Cfc:Cluster:Mode is Redis", refused.Error, StringComparison.Ordinal);
        Assert.Contains("Redis' own persistence", refused.Error, StringComparison.Ordinal);
        Assert.Contains("`export`", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task A_backup_of_a_data_directory_without_a_store_is_refused_and_makes_nothing()
    {
        var refused = await HostCommand.RunAsync("backup", "--to", Path.Combine(_directory, "backup.db"), $"--Cfc:DataDirectory={DataDirectory}");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("There is no store to back up", refused.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    private static async Task<(string Integrity, string Journal, int Rows)> CheckAsync(string database)
    {
        var lines = (await PythonModuleFactAttribute.RunAsync(IntegrityCheck, database)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (lines[0], lines[1], int.Parse(lines[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static List<string> Reads(HttpWrites writes) =>
    [
        "/api/municipalities?limit=1000",
        .. writes.Members.SelectMany(m => (string[])[$"/api/municipalities/{m}", $"/api/municipalities/{m}/issues?limit=1000", $"/api/municipalities/{m}/programme", $"/api/municipalities/{m}/indicators"]),
    ];
}
