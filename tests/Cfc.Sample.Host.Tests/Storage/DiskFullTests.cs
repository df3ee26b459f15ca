using System.Diagnostics;
using System.Net;
using Cfc.Sample.Host.Problems;
using Cfc.Sample.Host.Tests.Processes;
using Cfc.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Cfc.Sample.Host.Tests.Storage;

/// <summary>
/// The host process with its SQLite data directory on a 6 MiB tmpfs that the writes fill up: a write on the full disk
/// is a 507 problem with <c>Retry-After</c>, never a 500; the host stays up and answers reads; <c>/health/ready</c>
/// warns (Degraded); once the file system is made larger the same process takes writes again; nothing acknowledged is
/// lost, and <c>PRAGMA integrity_check</c> is ok. The tmpfs is unmounted whatever happens.
/// </summary>
public sealed class DiskFullTests(ITestOutputHelper output)
{
    [RootFact]
    public async Task A_full_disk_refuses_writes_with_507_keeps_reads_and_takes_writes_again_once_there_is_space()
    {
        var directory = Directory.CreateTempSubdirectory("cfc-disk-full-").FullName;
        var writes = new HttpWrites();
        try
        {
            await RunAsync("mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs", directory);
            // Generous bounds, so that on a loaded machine a slow write is not refused as timed out: this test is about the full disk.
            string[] settings = [$"--Cfc:DataDirectory={directory}", "--Cfc:Storage:LowFreeSpaceBytes=2097152", "--Cfc:Storage:Timeout=00:00:25", "--Cfc:Cluster:ResponseTimeout=00:00:30"];
            await using (var host = await HostProcess.StartAsync(settings))
            {
                await writes.SeedAsync(host.Client);
                using var stop = new CancellationTokenSource();
                var writing = writes.KeepWritingAsync(host.Client, stop.Token);
                try
                {
                    await Until(() => Task.FromResult(writes.Refusals.Count >= 2 * writes.Members.Count), "refusals on the full disk", host);
                    var acknowledgedWhenFull = writes.Acknowledged;

                    var municipality = await host.Client.GetJsonAsync($"/api/municipalities/{writes.Members[0]}");
                    Assert.Equal("Gemeente " + writes.Members[0], (string?)municipality["name"]);
                    using (var ready = await host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
                    {
                        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
                        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
                    }

                    await RunAsync("mount", "-o", "remount,size=64m", directory);
                    await Until(() => Task.FromResult(writes.Acknowledged >= acknowledgedWhenFull + 30), "30 writes acknowledged once there is space", host);
                    output.WriteLine($"Full after {acknowledgedWhenFull} acknowledged writes; {writes.Acknowledged} in all.");
                }
                finally
                {
                    await stop.CancelAsync();
                    await writing;
                }

                try
                {
                    Assert.Empty(writes.Unanswered);
                    Assert.All(writes.Refusals, refusal =>
                    {
                        Assert.Equal(HttpStatusCode.InsufficientStorage, refusal.Status);
                        Assert.Equal("application/problem+json", refusal.ContentType);
                        Assert.Equal(StoreProblems.FullType, refusal.Type);
                        Assert.NotNull(refusal.RetryAfter);
                    });
                    await writes.AssertAllStoredAsync(host.Client);
                }
                catch
                {
                    output.WriteLine(host.Output);
                    throw;
                }

                await host.KillAsync();
            }

            Assert.Equal("ok", IntegrityCheck(Path.Combine(directory, "grains.db")));
            await using var restarted = await HostProcess.StartAsync($"--Cfc:DataDirectory={directory}");
            await writes.AssertAllStoredAsync(restarted.Client);
        }
        finally
        {
            // Unmounted and removed whatever happened, without hiding the test's own failure: a failed umount is only logged
            // (it fails when the mount itself did), and what it left is removed with the directory.
            var (unmounted, error) = await TryRunAsync("umount", directory);
            if (!unmounted)
            {
                output.WriteLine($"umount {directory}: {error}");
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    private static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var (succeeded, error) = await TryRunAsync(program, arguments);
        Assert.True(succeeded, $"{program} {string.Join(' ', arguments)} failed: {error}");
    }

    private static async Task<(bool Succeeded, string Error)> TryRunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode == 0, $"exit code {process.ExitCode}: {error}");
    }

    // Polls a condition the host reaches by itself; the deadline is the test's bound, not a measured figure.
    private static async Task Until(Func<Task<bool>> condition, string what, HostProcess host)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(300), $"No {what} within 300 s:\n{host.Output}");
            await Task.Delay(50);
        }
    }
}
