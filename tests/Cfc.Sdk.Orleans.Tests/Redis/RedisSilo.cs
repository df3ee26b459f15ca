using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using StackExchange.Redis;

namespace Cfc.Sdk.Orleans.Tests.Redis;

/// <summary>
/// Silos of one cluster on the Redis test server, each an in-process host, with a cluster and service id of their own
/// so that runs never meet; <see cref="DisposeAsync"/> deletes this cluster's keys and nothing else.
/// </summary>
public sealed class RedisCluster : IAsyncDisposable
{
    private readonly List<IHost> _hosts = [];

    public RedisCluster() => Id = "cfc-test-" + Guid.NewGuid().ToString("N");

    /// <summary>The cluster id and service id (the prefix of every key the cluster writes).</summary>
    public string Id { get; }

    /// <summary>The test server's connection string.</summary>
    public static string ConnectionString => RedisFactAttribute.ConnectionString
        ?? throw new InvalidOperationException("CFC_REDIS is not set.");

    /// <summary>Starts a silo of the cluster on free loopback ports.</summary>
    public async Task<IHost> StartSiloAsync()
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            silo.UseRedisClustering(ConnectionString)
                .AddCfcSdkRedisGrainStorageAsDefault(ConnectionString)
                .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (Id, Id))
                .ConfigureEndpoints(IPAddress.Loopback, FreePort(), FreePort())
                .Configure<ClusterMembershipOptions>(o =>
                {
                    // A dead silo is declared within seconds rather than minutes.
                    o.ProbeTimeout = TimeSpan.FromSeconds(1);
                    o.MaxProbeTimeout = TimeSpan.FromSeconds(2);
                    o.NumMissedProbesLimit = 2;
                    o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
                    o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
                })
                .Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
            silo.Services.AddSerializer(s => s.AddCfcSdkTypes());
            silo.Services.AddCfcSdk();
        });
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
        foreach (var key in Keys(redis).Where(k => k.ToString().Contains(part, StringComparison.Ordinal)))
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

        await using var redis = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        var database = redis.GetDatabase();
        foreach (var key in Keys(redis))
        {
            await database.KeyDeleteAsync(key);
        }
    }

    private List<RedisKey> Keys(ConnectionMultiplexer redis) =>
        [.. redis.GetServers().SelectMany(server => server.Keys(pattern: $"*{Id}*"))];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
