using Cfc.Sdk.Orleans.Storage;
using Cfc.Sdk.Orleans.Telemetry;
using Cfc.Sdk.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Persistence;
using Orleans.Providers;
using Orleans.Storage;
using StackExchange.Redis;

// Beside Orleans' own AddRedisGrainStorage, where a silo's setup finds it.
namespace Orleans.Hosting;

/// <summary>
/// Registers Orleans' Redis grain storage with the grain state stored as the SDK's JSON, for a cluster of silos on
/// Redis. Clustering itself stays Orleans' own <c>UseRedisClustering</c> (package Microsoft.Orleans.Clustering.Redis).
/// </summary>
public static class RedisGrainStorageSiloBuilderExtensions
{
    /// <summary>
    /// Registers Orleans' Redis grain storage on the server of <paramref name="connectionString"/> as the silo's default
    /// storage ("Default"), storing each grain's state as readable JSON of the SDK's setup.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="connectionString">A StackExchange.Redis connection string, such as <c>127.0.0.1:6379</c>.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="connectionString"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is not a valid connection string.</exception>
    /// <remarks>
    /// The state is written as the SQLite storage writes it: in a <c>{"schemaVersion":2,"state":{...}}</c> envelope,
    /// with camelCase names, unescaped non-ASCII text and <see cref="CfcJsonSerializerOptionsExtensions.ConfigureForCfcSdk"/>
    /// (NodaTime as ISO text, enums by name); a state of a newer schema version is refused on reading. The serializer
    /// belongs to this storage only: other storage providers keep theirs.
    /// </remarks>
    public static ISiloBuilder AddCfcSdkRedisGrainStorageAsDefault(this ISiloBuilder builder, string connectionString) =>
        builder.AddCfcSdkRedisGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, connectionString);

    /// <summary>
    /// Registers Orleans' Redis grain storage named <paramref name="name"/> on the server of
    /// <paramref name="connectionString"/>, storing each grain's state as readable JSON of the SDK's setup.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The storage's name, as grains name it in <c>[PersistentState(stateName, storageName)]</c>.</param>
    /// <param name="connectionString">A StackExchange.Redis connection string, such as <c>127.0.0.1:6379</c>.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is not a valid connection string.</exception>
    /// <remarks>See <see cref="AddCfcSdkRedisGrainStorageAsDefault"/> for the stored form.</remarks>
    public static ISiloBuilder AddCfcSdkRedisGrainStorage(this ISiloBuilder builder, string name, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(connectionString);

        // Parsed here, so that a malformed string fails the registration rather than the silo's start.
        var configuration = ConfigurationOptions.Parse(connectionString);
        builder.AddRedisGrainStorage(name, (RedisStorageOptions options) =>
        {
            options.ConfigurationOptions = configuration.Clone();

            // Set on this provider's options: the keyed and the global IGrainStorageSerializer stay untouched.
            options.GrainStorageSerializer = CreateSerializer();
        });
        Measure(builder.Services, name);
        return builder;
    }

    // Orleans' Redis storage is registered by name as a keyed IGrainStorage made by its factory; the registration is
    // replaced by one that wraps what the factory makes in the SDK's storage instruments. Orleans resolves the storage,
    // its lifecycle participation and the default storage through that keyed registration, so all of them get the
    // measured storage.
    private static void Measure(IServiceCollection services, string name)
    {
        CfcInstruments.Register(services);
        var registered = services.Last(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, name));
        var create = registered.KeyedImplementationFactory!;
        services.Remove(registered);
        services.AddKeyedSingleton<IGrainStorage>(name, (provider, key) => new MeasuredGrainStorage(
            (IGrainStorage)create(provider, key),
            CfcInstruments.Redis,
            provider.GetRequiredService<CfcInstruments>()));
    }

    // The same JSON and envelope as the SQLite storage: a state reads the same in either store.
    private static EnvelopeGrainStorageSerializer CreateSerializer() => new(StateEnvelope.CreateDefaultJsonSerializerOptions());
}
