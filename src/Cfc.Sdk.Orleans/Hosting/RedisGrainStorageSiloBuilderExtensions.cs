using Cfc.Sdk.Orleans.Storage;
using Cfc.Sdk.Serialization;
using Orleans.Persistence;
using Orleans.Providers;
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
        return builder.AddRedisGrainStorage(name, (RedisStorageOptions options) =>
        {
            options.ConfigurationOptions = configuration.Clone();

            // Set on this provider's options: the keyed and the global IGrainStorageSerializer stay untouched.
            options.GrainStorageSerializer = CreateSerializer();
        });
    }

    // The same JSON and envelope as the SQLite storage: a state reads the same in either store.
    private static EnvelopeGrainStorageSerializer CreateSerializer() => new(StateEnvelope.CreateDefaultJsonSerializerOptions());
}
