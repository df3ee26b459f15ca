using Cfc.Sdk.Orleans.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Cfc.Sdk.Orleans.Tests.Municipalities;

/// <summary>
/// One in-process silo as a host would run the municipality grain: the SDK's services (programme rules, time zones),
/// the SDK's types on the wire, the SQLite storage as default on a temporary file, and a fake clock the tests set.
/// </summary>
public sealed class MunicipalityClusterFixture : IAsyncLifetime, IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private InProcessTestCluster? _cluster;

    /// <summary>The host's clock; each test sets it before it needs "today".</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 3, 26, 12, 0));

    public IClusterClient Client => _cluster!.Client;

        /// <summary>The stored JSON of a municipality grain's state, or <see langword="null"/> when none is stored.</summary>
    public string? StoredState(string key) =>
        _database.Scalar($"SELECT payload FROM grain_state WHERE state_name = 'municipality' AND grain_id = 'municipality/{key}'") as string;

    /// <summary>Deactivates the grain, so that its next call reads its state from storage.</summary>
    public Task DeactivateAsync(IGrain grain) => _cluster!.DeactivateAsync(grain);

    public async Task InitializeAsync()
    {
        var database = _database.Path;
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSqliteGrainStorageAsDefault(database);
            silo.Services.AddSerializer(s => s.AddCfcSdkTypes());
            silo.Services.AddCfcSdk();
            silo.Services.AddSingleton<IClock>(Clock);
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddCfcSdkTypes()));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    /// <summary>Deletes the database file; xunit calls it after <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => _database.Dispose();
}

[CollectionDefinition(Name)]
public sealed class MunicipalityClusterDefinition : ICollectionFixture<MunicipalityClusterFixture>
{
    public const string Name = "municipality cluster";
}
