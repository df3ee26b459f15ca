using System.Diagnostics;
using System.Net;
using System.Runtime.Versioning;
using Cfc.Testing;

namespace Cfc.Sample.Host.Tests.Processes;

/// <summary>
/// The data directory and its files are the host's user's alone, with the real host process (whose umask is the test
/// run's, 022 by default): a new directory is 0700 and every file in it 0600, files an earlier release left readable
/// are restricted, a directory others may read is warned about, and one they may write to stops the host.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class DataDirectoryTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode ReadableByAll = OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode ListableByAll = OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly string _parent = Directory.CreateTempSubdirectory("cfc-sample-host-modes-").FullName;

    private string DataDirectory => Path.Combine(_parent, "data");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [UnixFact]
    public async Task A_new_data_directory_is_0700_and_every_file_in_it_0600_after_writes()
    {
        await using var host = await HostProcess.StartAsync($"--Cfc:DataDirectory={DataDirectory}");
        await (await host.Client.PutJsonAsync("/api/municipalities/GM0503", """{"name": "Delft"}""")).JsonAsync(HttpStatusCode.Created);
        await (await host.Client.PostJsonAsync("/api/municipalities/GM0503/people", """{"displayName": "J. Jansen", "role": "CivilServant", "contact": "j.jansen@delft.nl"}""")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(DataDirectory));
        var files = Modes();
        Assert.Contains("grains.db-wal", files.Keys);
        Assert.Contains("grains.db-shm", files.Keys);
        Assert.All(files, file => Assert.Equal(OwnerOnlyFile, file.Value));
        Assert.DoesNotContain("Cfc:DataDirectory", host.Output, StringComparison.Ordinal);
    }

    [UnixFact]
    public async Task Data_an_earlier_release_left_readable_by_others_opens_restricted_to_the_owner_with_a_warning_about_the_directory()
    {
        await using (var first = await HostProcess.StartAsync($"--Cfc:DataDirectory={DataDirectory}"))
        {
            await (await first.Client.PutJsonAsync("/api/municipalities/GM0503", """{"name": "Delft"}""")).JsonAsync(HttpStatusCode.Created);
            await first.KillAsync();
        }

        // As the previous release left them: a directory others may list, files others may read.
        File.SetUnixFileMode(DataDirectory, ListableByAll);
        foreach (var file in Directory.GetFiles(DataDirectory))
        {
            File.SetUnixFileMode(file, ReadableByAll);
        }

        await using var second = await HostProcess.StartAsync($"--Cfc:DataDirectory={DataDirectory}");

        Assert.Equal("Delft", (string?)(await second.Client.GetJsonAsync("/api/municipalities/GM0503"))["name"]);
        Assert.All(Modes(), file => Assert.Equal(OwnerOnlyFile, file.Value));
        Assert.Contains($"The data directory {DataDirectory} (Cfc:DataDirectory) has mode 0755", second.Output, StringComparison.Ordinal);
        Assert.Contains($"chmod 700 {DataDirectory}", second.Output, StringComparison.Ordinal);
    }

    [UnixTheory]
    [InlineData("0777")]
    [InlineData("0775")]
    [InlineData("1777")]
    public async Task A_data_directory_others_can_write_to_stops_the_host_with_one_line_naming_it_its_mode_and_what_to_do(string mode)
    {
        Directory.CreateDirectory(DataDirectory);
        File.SetUnixFileMode(DataDirectory, (UnixFileMode)Convert.ToInt32(mode, 8));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in new[] { typeof(Program).Assembly.Location, $"--Cfc:DataDirectory={DataDirectory}", "--urls=http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using (var started = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            try
            {
                await process.WaitForExitAsync(started.Token);
            }
            catch (OperationCanceledException)
            {
                // A host that did not refuse runs until it is stopped.
                process.Kill(entireProcessTree: true);
                Assert.Fail($"The host did not stop on a data directory of mode {mode}:\n{await output}{await error}");
            }
        }

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Cfc.Sample.Host cannot start: The data directory ", line, StringComparison.Ordinal);
        Assert.Contains($"{DataDirectory} (Cfc:DataDirectory) has mode {mode}", line, StringComparison.Ordinal);
        Assert.Contains($"chmod 700 {DataDirectory}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(DataDirectory));
    }

    private Dictionary<string, UnixFileMode> Modes() =>
        Directory.GetFiles(DataDirectory).ToDictionary(file => Path.GetFileName(file), File.GetUnixFileMode, StringComparer.Ordinal);
}
