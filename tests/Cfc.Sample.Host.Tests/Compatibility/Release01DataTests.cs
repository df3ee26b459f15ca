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
            Assert.True(Holds(Comparable(path, actual), Comparable(path, expected)), $"{path} answers\n{actual}\nnot, as the last release did,\n{expected}");
        }

        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(Path.Combine(DataDirectory, "grains.db")));
    }

    // Whether an answer holds everything the last release answered: the same values, arrays of the same length, and
    // every property of an object; an answer may add properties (a programme's history entries gained their note).
    private static bool Holds(JsonNode? answer, JsonNode? expected) => (answer, expected) switch
    {
        (JsonObject a, JsonObject e) => e.All(p => a.ContainsKey(p.Key) && Holds(a[p.Key], p.Value)),
        (JsonArray a, JsonArray e) => a.Count == e.Count && a.Zip(e).All(pair => Holds(pair.First, pair.Second)),
        _ => JsonNode.DeepEquals(answer, expected),
    };

    // What an answer holds that does not depend on the day it is read: a list of municipalities without each one's
    // programme status today (the programme is compared on a fixed date), an indicator report's stored parts (its
    // figures and target, not the assessment against today).
    private static JsonNode? Comparable(string path, JsonNode? answer)
    {
        var copy = answer?.DeepClone();
        if (path == "/api/municipalities")
        {
            foreach (var municipality in copy!.AsArray())
            {
                municipality!.AsObject().Remove("programme");
            }
        }
        else if (path.EndsWith("/indicators", StringComparison.Ordinal))
        {
            return new JsonArray([.. copy!.AsArray().Select(report => (JsonNode)new JsonObject
            {
                ["indicator"] = report!["indicator"]!.DeepClone(),
                ["series"] = report["series"]!.DeepClone(),
                ["target"] = report["target"]?.DeepClone(),
            })]);
        }

        return copy;
    }
}
