using System.Diagnostics;
using System.Net;
using Cfc.Sample.Host.Problems;
using Cfc.Sample.Host.Tests.Processes;
using Cfc.Testing;
using Xunit.Abstractions;

namespace Cfc.Sample.Host.Tests.Storage;

/// <summary>
/// A host process in Redis mode on a durable redis-server of the test's own, with writers that go on whatever the host
/// answers: Redis is killed with SIGKILL under the writes, and started again on its append-only file. While it is gone
/// every refused write is a 503 problem with <c>Retry-After</c> (never a 500, never without an answer within the
/// client's 35 s) and <c>/health/ready</c> answers 503; once it is back the same process takes writes again, and every
/// write acknowledged before, during and after the outage is stored.
/// </summary>
public sealed class RedisOutageTests(ITestOutputHelper output)
{
    [RedisServerFact]
    public async Task Redis_killed_under_writes_gets_503s_and_the_same_host_takes_writes_again_once_it_is_back()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = await RedisHosts.StartAsync(redis);
        host.Client.Timeout = TimeSpan.FromSeconds(35);
        using var probe = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(35) };
        var writes = new HttpWrites();
        await writes.SeedAsync(host.Client);
        using var stop = new CancellationTokenSource();
        var writing = writes.KeepWritingAsync(host.Client, stop.Token);
        try
        {
            await Until(() => writes.Acknowledged >= 100, "100 writes acknowledged before the kill", host);

            await redis.KillAsync();
            var killedAt = writes.Acknowledged;
            await Until(async () => await StatusAsync(probe, "/health/ready") == HttpStatusCode.ServiceUnavailable, "/health/ready answering 503 while Redis is gone", host);
            await Until(() => writes.Refusals.Count >= writes.Members.Count, "a refusal for each writer while Redis is gone", host);

            await redis.RestartAsync();
            var watch = Stopwatch.StartNew();
            var refusedBeforeRestart = writes.Refusals.Count;
            await Until(() => writes.Acknowledged >= killedAt + 50, "50 more writes acknowledged once Redis is back", host);
            output.WriteLine($"Writes were acknowledged again {watch.Elapsed.TotalSeconds:0.0} s after Redis was back; {refusedBeforeRestart} refusals while it was gone.");
            await Until(async () => await StatusAsync(probe, "/health/ready") == HttpStatusCode.OK, "/health/ready answering 200 again", host);
        }
        finally
        {
            await stop.CancelAsync();
            await writing;
        }

        output.WriteLine($"{writes.Acknowledged} writes acknowledged, {writes.Refusals.Count} refused: {string.Join(", ", writes.Refusals.GroupBy(r => (r.Status, r.Type)).Select(g => $"{g.Count()} × {(int)g.Key.Status} {g.Key.Type}"))}.");
        try
        {
            Assert.Empty(writes.Unanswered);
            Assert.All(writes.Refusals, refusal =>
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refusal.Status);
                Assert.Equal("application/problem+json", refusal.ContentType);
                Assert.NotNull(refusal.RetryAfter);
                Assert.Contains(refusal.Type, (string[])[StoreProblems.UnreachableType, StoreProblems.TimedOutType, StoreProblems.ChangedType]);
            });
            await writes.AssertAllStoredAsync(host.Client);
        }
        catch
        {
            output.WriteLine(host.Output);
            throw;
        }
    }

    private static async Task<HttpStatusCode?> StatusAsync(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    private static Task Until(Func<bool> condition, string what, HostProcess host) => Until(() => Task.FromResult(condition()), what, host);

    // Polls a condition the host reaches by itself; the deadline is the test's bound, not a measured figure.
    private static async Task Until(Func<Task<bool>> condition, string what, HostProcess host)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"No {what} within 90 s:\n{host.Output}");
            await Task.Delay(50);
        }
    }
}

/// <summary>The host process in Redis mode on a <see cref="RedisServer"/>, with a cluster and service id of its own.</summary>
internal static class RedisHosts
{
    /// <summary>Starts the host on <paramref name="redis"/> with <paramref name="settings"/> besides.</summary>
    public static Task<HostProcess> StartAsync(RedisServer redis, params string[] settings)
    {
        var id = "cfc-store-" + Guid.NewGuid().ToString("N");
        return HostProcess.StartAsync(
        [
            "--Cfc:Cluster:Mode=Redis",
            $"--ConnectionStrings:Redis={redis.ConnectionString}",
            $"--Cfc:Cluster:ClusterId={id}",
            $"--Cfc:Cluster:ServiceId={id}",
            // One host on loopback: no other silo to authenticate.
            "--Cfc:Cluster:Tls:AllowPlaintext=true",
            .. settings,
        ]);
    }
}
