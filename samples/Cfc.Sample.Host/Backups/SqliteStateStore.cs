using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Cfc.Sample.Host.Backups;

/// <summary>
/// The embedded store, <c>grains.db</c> of the data directory, as <c>SqliteGrainStorage</c> keeps it: table
/// <c>grain_state</c>, a row per state with its ETag, envelope and time written.
/// </summary>
/// <param name="databasePath">The database file.</param>
internal sealed class SqliteStateStore(string databasePath) : IGrainStateStore
{
    private const int SqliteConstraint = 19;

    // The table SqliteGrainStorage creates, made here when the store is new, so that the host opens it as its own.
    private const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS grain_state (
            state_name   TEXT NOT NULL,
            grain_id     TEXT NOT NULL,
            etag         TEXT NOT NULL,
            payload      TEXT NOT NULL,
            modified_utc TEXT NOT NULL,
            PRIMARY KEY (state_name, grain_id)
        );
        """;

    /// <inheritdoc/>
    public string Description => $"the SQLite store {databasePath}";

    /// <inheritdoc/>
    /// <remarks>One statement, so one read transaction: a consistent snapshot while a host writes beside it.</remarks>
    public async Task<IReadOnlyList<StoredState>> ReadAllAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(databasePath))
        {
            return [];
        }

        // ReadWrite without Create: a reader of a database in WAL mode needs its -shm, and a missing file stays missing.
        await using var connection = Open(SqliteOpenMode.ReadWrite);
        await connection.OpenAsync(cancellationToken);
        if (!await HasTableAsync(connection, cancellationToken))
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state_name, grain_id, payload FROM grain_state;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var states = new List<StoredState>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (StoredState.FromGrainId(reader.GetString(0), reader.GetString(1), reader.GetString(2)) is { } state)
            {
                states.Add(state);
            }
        }

        return states;
    }

    /// <inheritdoc/>
    public async Task WriteNewAsync(IReadOnlyList<StoredState> states, CancellationToken cancellationToken)
    {
        OwnerOnlyFiles.CreateDatabaseFile(databasePath);
        await using var connection = Open(SqliteOpenMode.ReadWriteCreate);
        await connection.OpenAsync(cancellationToken);
        await using (var setup = connection.CreateCommand())
        {
            // As the storage sets them: the log mode is kept in the file, synchronous=FULL makes the commit durable.
            setup.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;" + CreateTableSql;
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        var modified = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO grain_state (state_name, grain_id, etag, payload, modified_utc) VALUES ($name, $id, $etag, $payload, $modified);";
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var etag = insert.Parameters.Add("$etag", SqliteType.Text);
        var payload = insert.Parameters.Add("$payload", SqliteType.Text);
        insert.Parameters.AddWithValue("$modified", modified);
        foreach (var state in states)
        {
            (name.Value, id.Value, etag.Value, payload.Value) = (state.StateName, state.GrainId, Guid.NewGuid().ToString("N"), state.Payload);
            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
            {
                throw new InvalidOperationException($"{Description} already holds state '{state.StateName}' of grain '{state.GrainId}'; nothing was written.", e);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private SqliteConnection Open(SqliteOpenMode mode) => new(new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = mode,
        // Closed for good when disposed: a pooled connection would keep the file open after the command ends.
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString());

    private static async Task<bool> HasTableAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'grain_state';";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }
}
