using System.Net;
using Cfc.Sample.Host.Problems;
using Cfc.Sample.Host.Tests.Processes;
using Cfc.Testing;

namespace Cfc.Sample.Host.Tests.Storage;

/// <summary>
/// Redis killed and started again without its files: what it held is gone, and the host cannot bring it back (a backup
/// can). A write to a grain that still holds the old state in memory is refused with a 503 problem
/// (<c>store-changed</c>, the record's version in Redis is not the one the grain read), never a 500; the grain then reads
/// what Redis holds, and the write repeated is stored on it.
/// </summary>
public sealed class RedisWithoutItsFileTests
{
    [RedisServerFact]
    public async Task A_write_after_Redis_lost_its_files_is_a_503_and_repeated_it_is_stored_on_what_Redis_holds()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = await RedisHosts.StartAsync(redis);
        var writes = new HttpWrites();
        await writes.SeedAsync(host.Client);
        var member = writes.Members[0];

        await redis.KillAsync();
        await redis.RestartEmptyAsync();

        using (var refused = await host.Client.PutJsonAsync($"/api/municipalities/{member}", $$"""{"name": "Gemeente {{member}} (nieuw)"}"""))
        {
            var problem = await refused.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Contains((string?)problem["type"], (string[])[StoreProblems.ChangedType, StoreProblems.UnreachableType, StoreProblems.TimedOutType]);
            Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        }

        // The grain reads Redis again: the same write, repeated as Retry-After says, is stored on what Redis holds now.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            using var again = await host.Client.PutJsonAsync($"/api/municipalities/{member}", $$"""{"name": "Gemeente {{member}} (nieuw)"}""");
            if (again.IsSuccessStatusCode)
            {
                break;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, again.StatusCode);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "The write was not stored within 30 s:\n" + host.Output);
        }

        Assert.Equal($"Gemeente {member} (nieuw)", (string?)(await host.Client.GetJsonAsync($"/api/municipalities/{member}"))["name"]);
    }
}
