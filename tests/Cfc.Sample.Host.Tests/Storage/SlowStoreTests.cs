using System.Net;
using System.Text.Json.Nodes;
using Cfc.Sample.Host.Problems;
using Cfc.Sample.Host.Tests.Processes;
using Cfc.Testing;

namespace Cfc.Sample.Host.Tests.Storage;

/// <summary>
/// A store that is slowed for real: the test's own Redis is paused for writes (<c>CLIENT PAUSE … WRITE</c>), so every
/// write the host sends waits in Redis. A write request then ends with a 503 problem (<c>Retry-After</c>) within
/// <c>Cfc:Storage:Timeout</c> and the grain call, long before the pause ends, instead of holding its connection; reads
/// of other members go on; once Redis writes again, so does the same host, and what it acknowledged is stored. The
/// refused write lands when the pause ends (Redis cannot take it back), and the member it wrote to shows it and takes
/// the next write at once: its grain was deactivated and read again what the store holds.
/// </summary>
public sealed class SlowStoreTests
{
    [RedisServerFact]
    public async Task A_write_to_a_paused_Redis_ends_with_503_and_writes_succeed_once_it_writes_again()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = await RedisHosts.StartAsync(redis);
        var writes = new HttpWrites();
        await writes.SeedAsync(host.Client);
        var member = writes.Members[0];

        // Far longer than the bound the test allows the write (the client's 30 s timeout), so that only the host's bound can end it.
        Assert.Equal("OK", await redis.CliAsync("CLIENT", "PAUSE", "120000", "WRITE"));
        try
        {
            using var refused = await host.Client.PostJsonAsync($"/api/municipalities/{member}/issues", """{"title": "Speelruimte", "text": "Kinderen missen een veilige plek om te spelen.", "themes": ["spelen"], "articles": [31]}""");

            var problem = await refused.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal(StoreProblems.TimedOutType, (string?)problem["type"]);
            Assert.NotNull(refused.Headers.RetryAfter?.Delta);
            Assert.Contains("may have been applied", (string?)problem["detail"], StringComparison.Ordinal);

            // The store's own bound ended it, not the grain call's: the grain is free again, not waiting on Redis.
            Assert.Contains("Cfc:Storage:Timeout", (string?)problem["detail"], StringComparison.Ordinal);

            // A read of another member still answers: the pause holds writes only. (The member written to waits for its
            // write: its grain was deactivated, and Redis answers the connection's commands in order.)
            var other = writes.Members[1];
            var municipality = await host.Client.GetJsonAsync($"/api/municipalities/{other}");
            Assert.Equal("Gemeente " + other, (string?)municipality["name"]);
        }
        finally
        {
            Assert.Equal("OK", await redis.CliAsync("CLIENT", "UNPAUSE"));
        }

        // The same member's next write succeeds at once: not refused on an ETag its grain kept from before the refused write.
        Assert.NotNull(await writes.AddIssueAsync(host.Client, member, 1));
        var titles = (await host.Client.GetJsonAsync($"/api/municipalities/{member}/issues")).AsArray().Select(i => (string?)i!["title"]).ToList();
        Assert.Contains("Speelruimte", titles);
        Assert.Contains("Speelruimte 1", titles);

        await writes.AssertAllStoredAsync(host.Client);
    }
}
