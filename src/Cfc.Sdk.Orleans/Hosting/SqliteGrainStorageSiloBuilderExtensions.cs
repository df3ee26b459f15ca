using Cfc.Sdk.Orleans.Storage;
using Cfc.Sdk.Orleans.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;

// Beside Orleans' own providers' extensions (AddMemoryGrainStorage, AddRedisGrainStorage), where a silo's setup finds them.
namespace Orleans.Hosting;

/// <summary>Registers <see cref="SqliteGrainStorage"/>, the SDK's grain storage in one SQLite file, on a silo.</summary>
public static class SqliteGrainStorageSiloBuilderExtensions
{
    /// <summary>Registers the SQLite grain storage over the file at <paramref name="path"/> as the silo's default storage ("Default").</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="path">The path of the database file; it is created when missing.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <remarks>An empty or in-memory path fails the silo's start with an <see cref="global::Orleans.Runtime.OrleansConfigurationException"/>.</remarks>
    public static ISiloBuilder AddSqliteGrainStorageAsDefault(this ISiloBuilder builder, string path) =>
        builder.AddSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, path);

    /// <summary>Registers the SQLite grain storage, configured by <paramref name="configure"/>, as the silo's default storage ("Default").</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Sets the options; <see cref="SqliteGrainStorageOptions.DataSource"/> is required.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <remarks>Options without a usable data source fail the silo's start with an <see cref="global::Orleans.Runtime.OrleansConfigurationException"/>.</remarks>
    public static ISiloBuilder AddSqliteGrainStorageAsDefault(this ISiloBuilder builder, Action<SqliteGrainStorageOptions> configure) =>
        builder.AddSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configure);

    /// <summary>Registers the SQLite grain storage named <paramref name="name"/> over the file at <paramref name="path"/>.</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The storage's name, as grains name it in <c>[PersistentState(stateName, storageName)]</c>.</param>
    /// <param name="path">The path of the database file; it is created when missing.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>An empty or in-memory path fails the silo's start with an <see cref="global::Orleans.Runtime.OrleansConfigurationException"/>.</remarks>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return builder.AddSqliteGrainStorage(name, options => options.DataSource = path);
    }

    /// <summary>Registers the SQLite grain storage named <paramref name="name"/>, configured by <paramref name="configure"/>.</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The storage's name, as grains name it in <c>[PersistentState(stateName, storageName)]</c>.</param>
    /// <param name="configure">Sets the options; <see cref="SqliteGrainStorageOptions.DataSource"/> is required.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Options without a usable data source fail the silo's start with an <see cref="global::Orleans.Runtime.OrleansConfigurationException"/>.</remarks>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);

        builder.Services.AddOptions<SqliteGrainStorageOptions>(name).Configure(configure);
        builder.Services.TryAddSingleton(TimeProvider.System);
        CfcInstruments.Register(builder.Services);
        builder.Services.AddGrainStorage(name, static (services, storageName) => new SqliteGrainStorage(
            storageName,
            services.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(storageName),
            services.GetRequiredService<IActivatorProvider>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<CfcInstruments>()));
        return builder;
    }
}
