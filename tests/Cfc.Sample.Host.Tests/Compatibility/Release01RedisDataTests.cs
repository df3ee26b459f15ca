using System.Text.Json.Nodes;
using Cfc.Sample.Host.Tests.Processes;
using Cfc.Testing;
using Microsoft.Data.Sqlite;
using StackExchange.Redis;

namespace Cfc.Sample.Host.Tests.Compatibility;

/// <summary>
/// The last release's data (<c>Compatibility/Release01/grains.db</c>) as that release's Redis store held it: every row
/// a hash under <c>{ServiceId}/state/{grainId}/{stateName}</c> with its etag and the same envelope (the Redis storage
/// writes what the SQLite storage writes). A host in Redis mode converts the network on its first start and answers
/// every record as that release did.
/// </summary>
public sealed class Release01RedisDataTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-release01-redis-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [RedisFact]
    public async Task A_redis_store_of_the_last_release_is_converted_on_start_and_reads_back_as_that_release_answered()
    {
        var connection = RedisFactAttribute.ConnectionString ?? throw new InvalidOperationException("CFC_REDIS is not set.");
        var serviceId = "cfc-release01-" + Guid.NewGuid().ToString("N");
        var release = Path.Combine(AppContext.BaseDirectory, "Compatibility", "Release01");
        var answers = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(release, "answers.json")))!.AsObject();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(connection);
        var database = redis.GetDatabase();
        try
        {
            var rows = 0;
            foreach (var (stateName, grainId, etag, payload) in Rows(Path.Combine(release, "grains.db")))
            {
                await database.HashSetAsync($"{serviceId}/state/{grainId}/{stateName}", [new("etag", etag), new("data", payload)]);
                rows++;
            }

            Assert.True(rows > 1, "The last release's data has no rows.");
            await using var host = await HostProcess.StartAsync(
                "--Cfc:Cluster:Mode=Redis",
                "--Cfc:Cluster:Tls:AllowPlaintext=true",
                $"--ConnectionStrings:Redis={connection}",
                $"--Cfc:Cluster:ClusterId={serviceId}",
                $"--Cfc:Cluster:ServiceId={serviceId}",
                $"--Cfc:DataDirectory={_directory}");

            foreach (var (path, expected) in answers)
            {
                var actual = await host.Client.GetJsonAsync(path);
                Assert.True(
                    ReleaseAnswers.Holds(ReleaseAnswers.Comparable(path, actual), ReleaseAnswers.Comparable(path, expected)),
                    $"{path} answers\n{actual}\nnot, as the last release did,\n{expected}");
            }

            var network = (string?)await database.HashGetAsync($"{serviceId}/state/network/nl/network", "data");
            Assert.StartsWith("""{"schemaVersion":2,""", network, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var key in redis.GetServers().SelectMany(server => server.Keys(pattern: $"*{serviceId}*")).ToList())
            {
                await database.KeyDeleteAsync(key);
            }
        }
    }

    private static List<(string StateName, string GrainId, string ETag, string Payload)> Rows(string path)
    {
        using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        sqlite.Open();
        using var command = sqlite.CreateCommand();
        command.CommandText = "SELECT state_name, grain_id, etag, payload FROM grain_state";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }
}
