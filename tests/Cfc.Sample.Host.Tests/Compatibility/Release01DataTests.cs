using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using Cfc.Sample.Host.Tests.Processes;
using Cfc.Testing;

namespace Cfc.Sample.Host.Tests.Compatibility;

/// <summary>
/// A data directory written by the last release (<c>Compatibility/Release01</c>, made by the host of commit e07fa85)
/// opens in today's host as that release left it on disk (a directory others may list, a file others may read): every
/// kind of record reads back as that release answered it, and the files are then its user's alone.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class Release01DataTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _parent = Directory.CreateTempSubdirectory("cfc-sample-host-release01-").FullName;

    private string DataDirectory => Path.Combine(_parent, "data");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [UnixFact]
    public async Task Every_kind_of_record_of_the_last_release_reads_back_as_that_release_answered_and_its_files_become_the_owners_alone()
    {
        var release = Path.Combine(AppContext.BaseDirectory, "Compatibility", "Release01");
        Directory.CreateDirectory(DataDirectory);
        File.Copy(Path.Combine(release, "grains.db"), Path.Combine(DataDirectory, "grains.db"));
        File.SetUnixFileMode(DataDirectory, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.Combine(DataDirectory, "grains.db"), (UnixFileMode)0b110_100_100);
        var answers = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(release, "answers.json")))!.AsObject();

        await using var host = await HostProcess.StartAsync($"--Cfc:DataDirectory={DataDirectory}");

        foreach (var (path, expected) in answers)
        {
            var actual = await host.Client.GetJsonAsync(path);
            Assert.True(Release01Answers.Holds(Release01Answers.Comparable(path, actual), Release01Answers.Comparable(path, expected)), $"{path} answers\n{actual}\nnot, as the last release did,\n{expected}");
        }

        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(Path.Combine(DataDirectory, "grains.db")));
    }
}
