using System.Text;
using Cfc.Sample.Host.Backups;
using Cfc.Testing;
using NodaTime;

namespace Cfc.Sample.Host.Tests.Backups;

/// <summary>The export file's format (<c>cfc-network-export</c> 1): as approved, read by Python's json module, and read back as written.</summary>
public sealed class NetworkExportFileTests : IDisposable
{
    private const string ReadLines = """
        import json, sys
        lines = sys.stdin.read().split("\n")
        assert lines[-1] == "", "the file ends with a line break"
        header = json.loads(lines[0])
        print(header["format"], header["version"], header["network"], header["exported"], header["states"])
        for line in lines[1:-1]:
            state = json.loads(line)
            print(state["stateName"], state["grainType"], state["grainKey"], state["stored"]["schemaVersion"], json.dumps(state["stored"]["state"], ensure_ascii=False, sort_keys=True))
        """;

    private static readonly IReadOnlyList<StoredState> s_states =
    [
        new("meeting", "meeting", "nl/1", """{"schemaVersion":2,"state":{"title":"Overleg één","start":"2027-09-02T10:00:00"}}"""),
        new("register", "network", "nl", """{"schemaVersion":2,"state":{"members":{}}}"""),
        new("municipality", "municipality", "GM0344", """{"schemaVersion":1,"state":{"network":"nl","profile":{"name":"'s-Gravenhage"}}}"""),
    ];

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cfc-export-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task The_export_of_a_small_network_is_as_approved() =>
        Approvals.VerifyText(await WriteAsync());

    [PythonModuleFact("json")]
    public async Task Pythons_json_module_reads_every_line()
    {
        var read = await PythonModuleFactAttribute.RunAsync(ReadLines, await WriteAsync());

        Assert.Equal(
            """
            cfc-network-export 1 nl 2026-12-06T02:30:00Z 3
            meeting meeting nl/1 2 {"start": "2027-09-02T10:00:00", "title": "Overleg één"}
            register network nl 2 {"members": {}}
            municipality municipality GM0344 1 {"network": "nl", "profile": {"name": "'s-Gravenhage"}}

            """,
            read.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_written_file_reads_back_as_the_same_states_byte_for_byte()
    {
        await File.WriteAllTextAsync(_file, await WriteAsync());

        var (network, states) = await NetworkExportFile.ReadAsync(_file, CancellationToken.None);

        Assert.Equal("nl", network);
        Assert.Equal(s_states, states);
    }

    private static async Task<string> WriteAsync()
    {
        using var stream = new MemoryStream();
        await NetworkExportFile.WriteAsync(stream, "nl", Instant.FromUtc(2026, 12, 6, 2, 30), s_states);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
