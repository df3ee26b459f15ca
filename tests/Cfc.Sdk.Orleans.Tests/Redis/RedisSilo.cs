using Cfc.Sdk.Orleans.Tests.Hosting;
using Cfc.Testing;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using StackExchange.Redis;

namespace Cfc.Sdk.Orleans.Tests.Redis;

/// <summary>
/// Silos of one cluster on the Redis test server, each an in-process host set up by <c>AddCfc(configuration)</c> in
/// Redis mode, with a cluster and service id of their own so that runs never meet; <see cref="DisposeAsync"/> deletes
/// this cluster's keys and nothing else.
/// </summary>
public sealed class RedisCluster : IAsyncDisposable
{
    private readonly List<IHost> _hosts = [];
    private readonly CfcSettings _settings;

    public RedisCluster()
    {
        Id = "cfc-test-" + Guid.NewGuid().ToString("N");
        // In-process silos on loopback that open no gateway: no TLS, which Redis mode accepts only when told.
        _settings = CfcSettings.Redis(ConnectionString, Id).With("Cfc:Cluster:Tls:AllowPlaintext", "true");
    }

    /// <summary>The cluster id and service id (the prefix of every key the cluster writes).</summary>
    public string Id { get; }

    /// <summary>The test server's connection string.</summary>
    public static string ConnectionString => RedisFactAttribute.ConnectionString
        ?? throw new InvalidOperationException("CFC_REDIS is not set.");

    /// <summary>Starts a silo of the cluster on free loopback ports.</summary>
    public async Task<IHost> StartSiloAsync()
    {
        var settings = _settings.OnOtherPorts();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo => silo.AddCfc(settings.ToConfiguration()));
        var host = builder.Build();
        _hosts.Add(host);
        await host.StartAsync();
        return host;
    }

    /// <summary>The stored value of every key of this cluster whose name contains <paramref name="part"/>, read as text.</summary>
    public async Task<IReadOnlyList<string>> StoredValuesAsync(string part)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        var database = redis.GetDatabase();
        var values = new List<string>();
        foreach (var key in Keys(redis, Id).Where(k => k.ToString().Contains(part, StringComparison.Ordinal)))
        {
            if (await database.KeyTypeAsync(key) == RedisType.Hash)
            {
                values.AddRange((await database.HashGetAllAsync(key)).Select(entry => $"{entry.Name}={entry.Value}"));
            }
            else
            {
                values.Add((string?)await database.StringGetAsync(key) ?? "");
            }
        }

        return values;
    }

    /// <summary>Deletes every key of the cluster <paramref name="clusterId"/>.</summary>
    public static async Task DeleteKeysAsync(string clusterId)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        var database = redis.GetDatabase();
        foreach (var key in Keys(redis, clusterId))
        {
            await database.KeyDeleteAsync(key);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            try
            {
                await host.StopAsync(new CancellationToken(canceled: true));
            }
            catch (OperationCanceledException)
            {
                // A host already stopped.
            }

            host.Dispose();
        }

        await DeleteKeysAsync(Id);
    }

    private static List<RedisKey> Keys(ConnectionMultiplexer redis, string clusterId) =>
        [.. redis.GetServers().SelectMany(server => server.Keys(pattern: $"*{clusterId}*"))];
}
