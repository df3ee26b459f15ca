using Cfc.Sdk.Orleans.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Cfc.Sdk.Orleans.Tests.Network;

/// <summary>
/// One in-process silo with the SQLite storage as default on a temporary file, the SDK's services and a fake clock
/// the tests move; the SDK's types are registered on the silo and on the client.
/// </summary>
public sealed class NetworkClusterFixture : IAsyncLifetime, IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private InProcessTestCluster? _cluster;

    /// <summary>The silo's clock, at 2024-03-01 12:00 UTC until a test moves it.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2024, 3, 1, 12, 0));

    public IClusterClient Client => _cluster!.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSqliteGrainStorageAsDefault(_database.Path).Services.AddSerializer(s => s.AddCfcSdkTypes());
            // Registered before AddCfcSdk, whose TryAdd keeps it.
            silo.Services.AddSingleton<IClock>(Clock).AddCfcSdk();
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddCfcSdkTypes()));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    /// <summary>Deactivates <paramref name="grain"/>, so that its next call reads the state from the file.</summary>
    public Task DeactivateAsync(IGrain grain) => _cluster!.DeactivateAsync(grain);

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        Dispose();
    }

    /// <summary>Deletes the database file; harmless when already deleted.</summary>
    public void Dispose() => _database.Dispose();
}

[CollectionDefinition(Name)]
public sealed class NetworkClusterDefinition : ICollectionFixture<NetworkClusterFixture>
{
    public const string Name = "network cluster";
}
