using System.Net;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using Cfc.Sample.Host.Tests.Compatibility;
using Cfc.Sample.Host.Tests.Processes;
using Cfc.Sample.Host.Tests.Security;
using Cfc.Testing;
using Microsoft.Data.Sqlite;
using StackExchange.Redis;

namespace Cfc.Sample.Host.Tests.Backups;

/// <summary>
/// <c>export</c> and <c>import</c> with real processes: a network moves between the SQLite store and a Redis store of
/// its own service id, and a host on the new store answers every read as the old one did; import refuses a store that
/// has the network and a file with a bad line, and then has changed nothing.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ExportImportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-export-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [RedisFact]
    public async Task A_network_moved_from_sqlite_to_redis_and_back_answers_every_read_as_before()
    {
        var serviceId = "cfc-export-" + Guid.NewGuid().ToString("N");
        var sqlite = $"--Cfc:DataDirectory={Path.Combine(_directory, "sqlite")}";
        IReadOnlyList<string> reads;
        await using (var host = await HostProcess.StartAsync(sqlite, "--Cfc:Seed=true"))
        {
            reads = await WriteEveryKindOfRecordAsync(host.Client);
            Assert.Equal(0, await host.TerminateAsync());
        }

        var expected = await HostCommand.AnswersAsync(reads, sqlite);

        try
        {
            var toRedis = Path.Combine(_directory, "from-sqlite.jsonl");
            (await HostCommand.RunAsync("export", "--to", toRedis, sqlite)).Succeeded();
            (await HostCommand.RunAsync(["import", "--from", toRedis, .. HostCommand.Redis(serviceId)])).Succeeded();
            Assert.Equal(Comparable(expected), Comparable(await HostCommand.AnswersAsync(reads, HostCommand.Redis(serviceId))));

            var toSqlite = Path.Combine(_directory, "from-redis.jsonl");
            (await HostCommand.RunAsync(["export", "--to", toSqlite, .. HostCommand.Redis(serviceId)])).Succeeded();
            Assert.Equal(File.ReadLines(toRedis).Skip(1), File.ReadLines(toSqlite).Skip(1));
            var moved = $"--Cfc:DataDirectory={Path.Combine(_directory, "moved")}";
            (await HostCommand.RunAsync("import", "--from", toSqlite, moved)).Succeeded();
            Assert.Equal(Comparable(expected), Comparable(await HostCommand.AnswersAsync(reads, moved)));
        }
        finally
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisFactAttribute.ConnectionString!);
            foreach (var key in redis.GetServers().SelectMany(server => server.Keys(pattern: $"{serviceId}*")).ToList())
            {
                await redis.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }

    [UnixFact]
    public async Task The_data_directory_of_release_02_exports_and_imports_and_answers_as_that_release_did()
    {
        var release = Path.Combine(AppContext.BaseDirectory, "Compatibility", "Release02");
        var source = CopyOfRelease02();
        var file = Path.Combine(_directory, "nl.jsonl");
        (await HostCommand.RunAsync("export", "--to", file, $"--Cfc:DataDirectory={source}")).Succeeded();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var target = Path.Combine(_directory, "imported");
        (await HostCommand.RunAsync("import", "--from", file, $"--Cfc:DataDirectory={target}")).Succeeded();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(target, "grains.db")));

        var answers = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(release, "answers.json")))!.AsObject();
        await using var host = await HostProcess.StartAsync($"--Cfc:DataDirectory={target}");
        foreach (var (path, expected) in answers)
        {
            var actual = await host.Client.GetJsonAsync(path);
            Assert.True(ReleaseAnswers.Holds(ReleaseAnswers.Comparable(path, actual), ReleaseAnswers.Comparable(path, expected)), $"{path} answers\n{actual}\nnot, as release 0.2 did,\n{expected}");
        }
    }

    [UnixFact]
    public async Task Export_takes_only_the_named_networks_states_from_a_store_that_several_networks_share()
    {
        var source = CopyOfRelease02();
        var database = Path.Combine(source, "grains.db");
        var before = Count(database);
        Insert(database, "register", "network/be", """{"schemaVersion":2,"state":{"members":{}}}""");
        Insert(database, "meeting", "meeting/be/1", """{"schemaVersion":2,"state":{}}""");
        Insert(database, "list-index", "listindex/nlx/meetings", """{"schemaVersion":2,"state":{}}""");
        Insert(database, "municipality", "municipality/GM0777", """{"schemaVersion":2,"state":{"network":"be"}}""");
        var file = Path.Combine(_directory, "nl.jsonl");

        (await HostCommand.RunAsync("export", "--to", file, $"--Cfc:DataDirectory={source}")).Succeeded();

        var grains = File.ReadLines(file).Skip(1).Select(line => JsonNode.Parse(line)!).Select(state => $"{state["grainType"]}/{state["grainKey"]}").ToList();
        Assert.Equal(before, grains.Count);
        Assert.Empty(grains.Intersect(["network/be", "meeting/be/1", "listindex/nlx/meetings", "municipality/GM0777"]));
        Assert.Contains("municipality/GM0344", grains);
    }

    [UnixFact]
    public async Task Import_refuses_a_store_that_holds_the_network_already_and_changes_nothing()
    {
        var file = await ExportOfRelease02Async();
        var target = Path.Combine(_directory, "target");
        (await HostCommand.RunAsync("import", "--from", file, $"--Cfc:DataDirectory={target}")).Succeeded();
        var rows = HostCommand.Rows(Path.Combine(target, "grains.db"));

        var again = await HostCommand.RunAsync("import", "--from", file, $"--Cfc:DataDirectory={target}");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("holds network 'nl' already", again.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", again.Error, StringComparison.Ordinal);
        Assert.Equal(rows, HostCommand.Rows(Path.Combine(target, "grains.db")));
    }

    [RedisFact]
    public async Task Import_refuses_a_redis_store_that_holds_the_network_already_and_changes_nothing()
    {
        var serviceId = "cfc-import-" + Guid.NewGuid().ToString("N");
        var file = await ExportOfRelease02Async();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisFactAttribute.ConnectionString!);
        try
        {
            (await HostCommand.RunAsync(["import", "--from", file, .. HostCommand.Redis(serviceId)])).Succeeded();
            var stored = await RedisRowsAsync(redis, serviceId);

            var again = await HostCommand.RunAsync(["import", "--from", file, .. HostCommand.Redis(serviceId)]);

            Assert.Equal(1, again.ExitCode);
            Assert.Contains("holds network 'nl' already", again.Error, StringComparison.Ordinal);
            Assert.Equal(stored, await RedisRowsAsync(redis, serviceId));
        }
        finally
        {
            foreach (var key in redis.GetServers().SelectMany(server => server.Keys(pattern: $"{serviceId}*")).ToList())
            {
                await redis.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }

    [Theory]
    [InlineData("not JSON", 3, "line 3: it is not JSON")]
    [InlineData("empty", 3, "line 3: it is empty")]
    [InlineData("another network", 3, "is not one of network 'nl'")]
    [InlineData("newer schema", 3, "line 3: \"stored\" has schema version 3")]
    [InlineData("no envelope", 3, "line 3: \"stored\" must be a stored state")]
    [InlineData("twice", 4, "line 4: state 'bottleneck' of grain 'bottleneck/nl/2' is there already")]
    [InlineData("cut short", 56, "line 56: the file ends after 54 states, but its header announces 55")]
    [InlineData("no header", 1, "line 1: it is not the header of a cfc-network-export file")]
    [InlineData("newer format", 1, "line 1: \"version\" must be 1")]
    public async Task Import_refuses_a_file_with_a_bad_line_naming_the_line_and_writes_nothing(string change, int line, string message)
    {
        var file = await ExportOfRelease02Async();
        var lines = File.ReadAllLines(file).ToList();
        Assert.Equal(56, lines.Count);
        var at = line - 1;
        switch (change)
        {
            case "not JSON": lines[at] = lines[at][..40]; break;
            case "empty": lines[at] = ""; break;
            case "another network": lines[at] = lines[at].Replace("\"grainKey\":\"nl/", "\"grainKey\":\"be/", StringComparison.Ordinal); break;
            case "newer schema": lines[at] = lines[at].Replace("\"schemaVersion\":2", "\"schemaVersion\":3", StringComparison.Ordinal); break;
            case "no envelope": lines[at] = lines[at].Replace("\"stored\":{\"schemaVersion\":2,", "\"stored\":{", StringComparison.Ordinal); break;
            case "twice": lines[at] = lines[at - 1]; break;
            case "cut short": lines.RemoveAt(lines.Count - 1); break;
            case "no header": lines[at] = lines[at].Replace("cfc-network-export", "something-else", StringComparison.Ordinal); break;
            case "newer format": lines[at] = lines[at].Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal); break;
        }

        await File.WriteAllLinesAsync(file, lines);
        var target = Path.Combine(_directory, "target");

        var import = await HostCommand.RunAsync("import", "--from", file, $"--Cfc:DataDirectory={target}");

        Assert.Equal(1, import.ExitCode);
        Assert.Contains(message, import.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", import.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target), "The import made the data directory.");
    }

    // A copy of release 0.2's data directory, its user's alone.
    private string CopyOfRelease02()
    {
        var directory = Path.Combine(_directory, "release02-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Compatibility", "Release02", "grains.db"), Path.Combine(directory, "grains.db"));
        return directory;
    }

    private async Task<string> ExportOfRelease02Async()
    {
        var file = Path.Combine(_directory, "release02.jsonl");
        (await HostCommand.RunAsync("export", "--to", file, $"--Cfc:DataDirectory={CopyOfRelease02()}")).Succeeded();
        return file;
    }

    // Every write route's sample on the seeded network, so that every kind of record is stored; then the reads that
    // show them all: the samples' own, and every member's, issue's and list's.
    private static async Task<IReadOnlyList<string>> WriteEveryKindOfRecordAsync(HttpClient coordinator)
    {
        var reads = new SortedSet<string>(StringComparer.Ordinal)
        {
            "/api/municipalities?limit=1000", "/api/members?on=2026-06-01&limit=1000", "/api/organisations?limit=1000", "/api/practices?limit=1000",
            "/api/bottlenecks?limit=1000", "/api/meetings?from=2000-01-01&limit=1000", "/api/themes?limit=1000", "/api/actions?limit=1000",
            "/api/newsletters/schedule", "/api/newsletters/subscribers?limit=1000",
        };
        foreach (var (route, (_, arrange)) in WriteRoutes.Samples.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var request = await arrange(coordinator);
            using var message = request.ToMessage(Tokens.Coordinator());
            using var response = await coordinator.SendAsync(message);
            // A sample dated before today's real date (the security tests run on a fake clock) may be refused as
            // history; the records its arrangement made are stored all the same.
            Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict, $"{route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            reads.UnionWith(request.State);
        }

        foreach (var member in (await coordinator.GetJsonAsync("/api/municipalities?limit=1000")).AsArray())
        {
            var code = (string)member!["code"]!;
            foreach (var part in (string[])["", "/issues", "/programme", "/indicators", "/people", "/membership", "/participation", "/actions", "/checklist", "/readiness"])
            {
                reads.Add($"/api/municipalities/{code}{part}");
            }

            foreach (var issue in (await coordinator.GetJsonAsync($"/api/municipalities/{code}/issues?limit=1000")).AsArray())
            {
                var id = (string)issue!["id"]!;
                reads.UnionWith([$"/api/issues/{id}", $"/api/issues/{id}/matches", $"/api/issues/{id}/experts"]);
            }
        }

        return [.. reads];
    }

    // The answers, with the matches' and experts' scores left out and their lists in the order of their items: two
    // starts of one host on one store score a little differently (the matching index is loaded in parallel), and so
    // may rank close matches the other way round.
    private static string Comparable(string answers) => string.Join("\n", answers.Split('\n').Select(line =>
    {
        var body = line.IndexOf(" -> 200 ", StringComparison.Ordinal);
        if (body < 0 || !(line.Contains("/matches", StringComparison.Ordinal) || line.Contains("/experts", StringComparison.Ordinal)))
        {
            return line;
        }

        return line[..body] + " -> 200 " + WithoutScores(JsonNode.Parse(line[(body + " -> 200 ".Length)..]))?.ToJsonString();
    }));

    private static JsonNode? WithoutScores(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject item:
                item.Remove("score");
                foreach (var (_, value) in item.ToList())
                {
                    WithoutScores(value);
                }

                return item;
            case JsonArray list:
                var items = list.Select(WithoutScores).Select(i => i?.ToJsonString()).Order(StringComparer.Ordinal).ToList();
                list.Clear();
                foreach (var i in items)
                {
                    list.Add(i is null ? null : JsonNode.Parse(i));
                }

                return list;
            default:
                return node;
        }
    }

    private static int Count(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM grain_state";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Insert(string database, string stateName, string grainId, string payload)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO grain_state VALUES ($name, $id, 'e', $payload, '2026-01-01T00:00:00Z')";
        command.Parameters.AddWithValue("$name", stateName);
        command.Parameters.AddWithValue("$id", grainId);
        command.Parameters.AddWithValue("$payload", payload);
        command.ExecuteNonQuery();
    }

    private static async Task<string> RedisRowsAsync(ConnectionMultiplexer redis, string serviceId)
    {
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in redis.GetServers().SelectMany(server => server.Keys(pattern: $"{serviceId}*")).ToList())
        {
            var hash = await redis.GetDatabase().HashGetAllAsync(key);
            rows.Add($"{key} {string.Join(" ", hash.OrderBy(e => (string)e.Name!, StringComparer.Ordinal).Select(e => $"{e.Name}={e.Value}"))}");
        }

        return string.Join("\n", rows);
    }
}
