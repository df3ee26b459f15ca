using Cfc.Sdk.Orleans.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Cfc.Sdk.Orleans.Tests.Hosting;

/// <summary>
/// One in-process silo as a host runs the grains: the SDK's services (programme rules, time zones), the SDK's types on
/// the wire of the silo and the client, the SQLite storage as default on a temporary file, and a fake clock the tests
/// move. Each test collection has its own, so that moving one clock never disturbs another collection.
/// </summary>
public abstract class SiloFixture : IAsyncLifetime, IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private InProcessTestCluster? _cluster;

    /// <summary>Creates the fixture with its clock at <paramref name="start"/>.</summary>
    protected SiloFixture(Instant start) => Clock = new FakeClock(start);

    /// <summary>The silo's clock.</summary>
    public FakeClock Clock { get; }

    /// <summary>A client of the silo.</summary>
    public IClusterClient Client => _cluster!.Client;

    /// <summary>Deactivates <paramref name="grain"/>, so that its next call reads its state from the file.</summary>
    public Task DeactivateAsync(IGrain grain) => _cluster!.DeactivateAsync(grain);

    /// <summary>The stored JSON of a grain's state, or <see langword="null"/> when none is stored.</summary>
    public string? StoredState(string stateName, string grainId) =>
        _database.Scalar($"SELECT payload FROM grain_state WHERE state_name = '{stateName}' AND grain_id = '{grainId}'") as string;

    /// <summary>Stores <paramref name="payload"/> as a grain's state, as an earlier release left it in the file.</summary>
    public void Store(string stateName, string grainId, string payload)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO grain_state (state_name, grain_id, etag, payload, modified_utc) VALUES ($state, $grain, 'release-0.1', $payload, '2026-12-05T12:00:00Z')";
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$grain", grainId);
        command.Parameters.AddWithValue("$payload", payload);
        command.ExecuteNonQuery();
    }

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

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    /// <summary>Deletes the database file; xunit calls it after <see cref="DisposeAsync"/>.</summary>
    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}
