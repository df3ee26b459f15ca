using Cfc.Sdk.Orleans.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;

namespace Cfc.Sdk.Orleans.Tests.Storage;

/// <summary>A database file in a folder of its own, deleted with the folder when the test ends.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private static readonly Lazy<IActivatorProvider> s_activators = new(() =>
        new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<IActivatorProvider>());

    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cfc-sqlite-storage-" + Guid.NewGuid().ToString("N"));

    public TemporaryDatabase() => Path = System.IO.Path.Combine(_folder, "grains.db");

    public string Path { get; }

    public static IActivatorProvider Activators => s_activators.Value;

    /// <summary>A new storage over this file, as a silo would create it.</summary>
    public SqliteGrainStorage Storage(TimeProvider? time = null, Action<SqliteGrainStorageOptions>? configure = null)
    {
        var options = new SqliteGrainStorageOptions { DataSource = Path };
        configure?.Invoke(options);
        return new SqliteGrainStorage("test", options, Activators, time ?? TimeProvider.System);
    }

    /// <summary>A plain connection to the file, as the sqlite3 shell would see it.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public object? Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
