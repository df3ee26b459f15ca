using System.Diagnostics;
using System.Globalization;
using Cfc.Sample.Host.Storage;
using Cfc.Testing;

namespace Cfc.Sample.Host.Tests.Storage;

/// <summary>
/// In Redis mode the host asks Redis at start whether it keeps what the host acknowledges: a Redis without an
/// append-only file stops the start (exit code 1, naming the Redis settings to change) unless
/// <c>Cfc:Cluster:AcceptLosingWrites=true</c>, which the startup report then shows; <c>appendfsync everysec</c> starts
/// with a warning; a Redis that refuses CONFIG cannot tell, and is refused; of several servers listed, those that take
/// writes are asked, and the one that keeps least decides.
/// </summary>
public sealed class RedisDurabilityTests
{
    [RedisServerFact]
    public async Task A_Redis_without_an_append_only_file_stops_the_start_naming_the_settings_to_change()
    {
        await using var redis = await RedisServer.StartAsync("--appendonly", "no", "--save", "");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            // A host that started after all is ended here, so that the failing test leaves no process behind.
            await using var started = await RedisHosts.StartAsync(redis);
        });

        Assert.Contains("(exit code 1)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("cannot start: Redis at 127.0.0.1:", refused.Message, StringComparison.Ordinal);
        Assert.Contains("appendonly no", refused.Message, StringComparison.Ordinal);
        Assert.Contains("`appendonly yes` and `appendfsync always`", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Cfc:Cluster:AcceptLosingWrites=true", refused.Message, StringComparison.Ordinal);
    }

    [RedisServerFact]
    public async Task Accepting_lost_writes_starts_the_host_and_its_report_says_so()
    {
        await using var redis = await RedisServer.StartAsync("--appendonly", "no", "--save", "");

        await using var host = await RedisHosts.StartAsync(redis, "--Cfc:Cluster:AcceptLosingWrites=true");

        var report = await ReportAsync(host);
        Assert.Contains("store:        Redis, appendonly no, appendfsync everysec: LOSING WRITES ACCEPTED (Cfc:Cluster:AcceptLosingWrites=true)", report, StringComparison.Ordinal);
    }

    [RedisServerFact]
    public async Task Appendfsync_everysec_starts_with_a_warning_that_a_second_of_writes_can_go()
    {
        await using var redis = await RedisServer.StartAsync("--appendonly", "yes", "--appendfsync", "everysec", "--save", "");

        await using var host = await RedisHosts.StartAsync(redis);

        var report = await ReportAsync(host);
        Assert.Contains("store:        Redis, appendonly yes, appendfsync everysec: up to a second of acknowledged writes can be lost", report, StringComparison.Ordinal);
        Assert.Contains("a crash of Redis' machine can lose up to a second of writes the host acknowledged. Set `appendfsync always`", report, StringComparison.Ordinal);
    }

    [RedisServerFact]
    public async Task A_durable_Redis_starts_the_host_and_its_report_says_every_write_is_on_disk()
    {
        await using var redis = await RedisServer.StartAsync();

        await using var host = await RedisHosts.StartAsync(redis);

        Assert.Contains("store:        Redis, appendonly yes, appendfsync always: every acknowledged write is on disk", await ReportAsync(host), StringComparison.Ordinal);
    }

    [RedisServerFact]
    public async Task A_Redis_that_refuses_CONFIG_cannot_tell_and_is_refused_unless_accepted()
    {
        await using var redis = await RedisServer.StartAsync([.. RedisServer.Durable, "--rename-command", "CONFIG", ""]);

        var durability = RedisDurability.Ask(redis.ConnectionString);

        Assert.False(durability.KeepsEveryWrite);
        Assert.StartsWith("CONFIG GET was refused: ", durability.Unknown, StringComparison.Ordinal);
        var refused = Assert.Throws<InvalidOperationException>(() => durability.Warning(accepted: false, redis.ConnectionString));
        Assert.Contains("the host cannot tell whether Redis keeps acknowledged writes: CONFIG GET was refused", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Cfc:Cluster:AcceptLosingWrites=true", refused.Message, StringComparison.Ordinal);
        Assert.Contains("accepted by Cfc:Cluster:AcceptLosingWrites=true", durability.Warning(accepted: true, redis.ConnectionString), StringComparison.Ordinal);
    }

    // The report is written once the host has started, which may be read after the first ready answer.
    private static async Task<string> ReportAsync(Processes.HostProcess host)
    {
        var watch = Stopwatch.StartNew();
        while (!host.Output.Contains("  store:", StringComparison.Ordinal))
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "No startup report:\n" + host.Output);
            await Task.Delay(50);
        }

        return host.Output;
    }

    [RedisServerFact]
    public async Task The_server_that_takes_writes_is_asked_not_a_durable_replica_listed_first()
    {
        await using var primary = await RedisServer.StartAsync("--appendonly", "no", "--save", "");
        await using var replica = await RedisServer.StartAsync([.. RedisServer.Durable, "--replicaof", "127.0.0.1", primary.Port.ToString(CultureInfo.InvariantCulture)]);

        var durability = RedisDurability.Ask($"{replica.ConnectionString},{primary.ConnectionString}");

        Assert.Equal(("no", false), (durability.AppendOnly, durability.KeepsEveryWrite));
    }

    [RedisServerFact]
    public async Task Of_two_primaries_the_one_that_keeps_least_decides()
    {
        await using var durable = await RedisServer.StartAsync();
        await using var everySecond = await RedisServer.StartAsync("--appendonly", "yes", "--appendfsync", "everysec", "--save", "");

        var durability = RedisDurability.Ask($"{durable.ConnectionString},{everySecond.ConnectionString}");

        Assert.Equal(("everysec", true), (durability.AppendFsync, durability.LosesUpToASecond));
    }
}
