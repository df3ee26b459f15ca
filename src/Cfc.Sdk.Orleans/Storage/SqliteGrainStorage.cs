using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Cfc.Sdk.Orleans.Telemetry;
using Microsoft.Data.Sqlite;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization.Activators;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Cfc.Sdk.Orleans.Storage;

/// <summary>
/// Grain storage in one SQLite file: the embedded default store of a single host. Each state is one row of table
/// <c>grain_state</c>, keyed by state name and grain id, holding readable JSON in a versioned envelope
/// (<c>{"schemaVersion":2,"state":{...}}</c>), an ETag and the time it was last written.
/// </summary>
/// <remarks>
/// <para>
/// Writes are durable when they return: the database runs in write-ahead-log mode with <c>synchronous=FULL</c>.
/// Concurrency is optimistic by ETag, as Orleans expects: a write or clear whose ETag is not the stored one (where no
/// ETag means "no stored state") changes nothing and throws <see cref="InconsistentStateException"/>.
/// </para>
/// <para>
/// Writes and clears are made on one thread of the storage's own with group commit: the writes waiting when it is free
/// share one transaction and one fsync, each in a savepoint of its own, so a refused or failing write fails alone and
/// the others still commit; a write's task completes only after its transaction is committed. So no thread-pool thread
/// waits for the disk or for SQLite's write lock (Microsoft.Data.Sqlite is synchronous under its async API, and sleeps
/// the calling thread while the database is locked). Reads use pooled connections of their own, which the write-ahead
/// log lets run beside the writer. Another process writing the same file makes the writer wait up to
/// <see cref="SqliteGrainStorageOptions.BusyTimeout"/> for the write lock.
/// </para>
/// <para>
/// Register it with <c>AddSqliteGrainStorage</c> or <c>AddSqliteGrainStorageAsDefault</c> on the silo builder. The
/// table is created at the silo's <see cref="ServiceLifecycleStage.ApplicationServices"/> stage (or by the first
/// operation, whichever comes first).
/// </para>
/// </remarks>
public sealed class SqliteGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The schema version this storage writes into the envelope of every stored state: 1.</summary>
    public const int CurrentSchemaVersion = StateEnvelope.CurrentSchemaVersion;

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

    private const string SelectSql = "SELECT etag, payload FROM grain_state WHERE state_name = $name AND grain_id = $id;";
    private const string SelectEtagSql = "SELECT etag FROM grain_state WHERE state_name = $name AND grain_id = $id;";

    private const string InsertSql = """
        INSERT INTO grain_state (state_name, grain_id, etag, payload, modified_utc)
        VALUES ($name, $id, $etag, $payload, $modified)
        ON CONFLICT (state_name, grain_id) DO NOTHING;
        """;

    private const string UpdateSql = """
        UPDATE grain_state SET etag = $etag, payload = $payload, modified_utc = $modified
        WHERE state_name = $name AND grain_id = $id AND etag = $expected;
        """;

    private const string DeleteSql = "DELETE FROM grain_state WHERE state_name = $name AND grain_id = $id AND etag = $expected;";

    // synchronous=FULL, not NORMAL: in WAL mode NORMAL never corrupts the file, but it syncs the log only at
    // checkpoints, so after a power cut or OS crash the last acknowledged writes can be gone. A grain treats a
    // completed WriteStateAsync as durable (it may have told a caller "saved"), so every commit is synced. The cost is
    // one fsync per group of writes (SqliteGroupCommit). synchronous is per connection, so it is set on every open;
    // journal_mode=WAL is stored in the file and set once, when the table is created.
    private const string ConnectionPragmasSql = "PRAGMA synchronous = FULL;";

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _name;
    private readonly string _connectionString;
    private readonly JsonSerializerOptions _json;
    private readonly IActivatorProvider _activators;
    private readonly TimeProvider _time;
    private readonly SqliteGroupCommit _writer;
    private readonly CfcInstruments _instruments;
    private readonly Lock _initializationGate = new();
    private Task? _initialization;

    /// <summary>Creates the storage named <paramref name="name"/> over the file that <paramref name="options"/> name.</summary>
    /// <param name="name">The storage's name, as grains name it in <c>[PersistentState(stateName, storageName)]</c>.</param>
    /// <param name="options">Where the file is and how state is written; checked here.</param>
    /// <param name="activatorProvider">Creates the empty state that a missing or cleared record reads as.</param>
    /// <param name="timeProvider">The clock of the rows' modified time.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OrleansConfigurationException">
    /// <paramref name="options"/> have no <see cref="SqliteGrainStorageOptions.DataSource"/>, name an in-memory database,
    /// have no JSON options or a busy timeout that is not positive or above 24 hours.
    /// </exception>
    /// <remarks>Its writes are measured on a meter of the process (<see cref="CfcTelemetry.MeterName"/>) that no service provider owns.</remarks>
    public SqliteGrainStorage(string name, SqliteGrainStorageOptions options, IActivatorProvider activatorProvider, TimeProvider timeProvider)
        : this(name, options, activatorProvider, timeProvider, CfcInstruments.Unscoped)
    {
    }

    /// <summary>Creates the storage with the instruments of the silo's services, as its registration does.</summary>
    internal SqliteGrainStorage(string name, SqliteGrainStorageOptions options, IActivatorProvider activatorProvider, TimeProvider timeProvider, CfcInstruments instruments)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(activatorProvider);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Validate(name, options);

        _name = name;
        _json = options.JsonSerializerOptions;
        _activators = activatorProvider;
        _time = timeProvider;
        _instruments = instruments;
        DatabasePath = Path.GetFullPath(options.DataSource!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,

            // Microsoft.Data.Sqlite retries a statement that finds the database locked until this timeout: SQLite's
            // busy timeout.
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        _writer = new SqliteGroupCommit(_connectionString, name);
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Creates the table at the silo's <see cref="ServiceLifecycleStage.ApplicationServices"/> stage, so a bad path fails the start.</summary>
    /// <param name="lifecycle">The silo's lifecycle.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lifecycle"/> is <see langword="null"/>.</exception>
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(
            $"{nameof(SqliteGrainStorage)}-{_name}",
            ServiceLifecycleStage.ApplicationServices,
            EnsureInitializedAsync,
            async _ =>
            {
                // The writes queued so far are made; then pooled connections, which would keep the file (and its -wal and
                // -shm companions) open after the silo stops, are closed.
                await _writer.StopAsync().ConfigureAwait(false);
                using var connection = new SqliteConnection(_connectionString);
                SqliteConnection.ClearPool(connection);
            });
    }

    /// <inheritdoc cref="ReadStateAsync{T}(string, GrainId, IGrainState{T}, CancellationToken)"/>
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <summary>
    /// Reads the stored state into <paramref name="grainState"/>: its state, ETag and <see cref="IGrainState{T}.RecordExists"/>
    /// <see langword="true"/>; or, when nothing is stored, a new empty state, no ETag and <see langword="false"/>.
    /// </summary>
    /// <typeparam name="T">The state's type.</typeparam>
    /// <param name="stateName">The state's name.</param>
    /// <param name="grainId">The grain's id.</param>
    /// <param name="grainState">Receives the state.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when the state is read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateName"/> or <paramref name="grainState"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The stored JSON is no envelope, or its state does not read as <typeparamref name="T"/>.</exception>
    /// <exception cref="NotSupportedException">The state was stored with a schema version newer than <see cref="CurrentSchemaVersion"/>.</exception>
    /// <exception cref="SqliteException">The database cannot be read.</exception>
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, SelectSql, stateName, grainId);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    grainState.State = _activators.GetActivator<T>().Create();
                    grainState.ETag = null;
                    grainState.RecordExists = false;
                    return;
                }

                var etag = reader.GetString(0);
                var state = Deserialize<T>(reader.GetString(1), stateName, grainId);
                grainState.State = state ?? _activators.GetActivator<T>().Create();
                grainState.ETag = etag;
                grainState.RecordExists = true;
            }
        }
    }

    /// <inheritdoc cref="WriteStateAsync{T}(string, GrainId, IGrainState{T}, CancellationToken)"/>
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <summary>
    /// Stores <paramref name="grainState"/>'s state if its ETag is the stored one (no ETag: if nothing is stored), then
    /// gives it the new ETag and sets <see cref="IGrainState{T}.RecordExists"/>.
    /// </summary>
    /// <typeparam name="T">The state's type.</typeparam>
    /// <param name="stateName">The state's name.</param>
    /// <param name="grainId">The grain's id.</param>
    /// <param name="grainState">The state to store, with the ETag it was read with.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the state is stored durably.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateName"/> or <paramref name="grainState"/> is <see langword="null"/>.</exception>
    /// <exception cref="InconsistentStateException">The ETag is not the stored one; nothing was written.</exception>
    /// <exception cref="JsonException">The state cannot be written as JSON with the configured options.</exception>
    /// <exception cref="SqliteException">The database cannot be written.</exception>
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        await _instruments.MeasureStorageAsync(CfcInstruments.Sqlite, stateName, CfcInstruments.Write, () => WriteAsync(stateName, grainId, grainState, cancellationToken)).ConfigureAwait(false);
    }

    private async Task WriteAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var payload = Serialize(grainState.State);
        var newEtag = Guid.NewGuid().ToString("N");
        var expected = grainState.ETag;
        var modified = _time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        await _writer.WriteAsync(
            connection =>
            {
                // One statement is one atomic compare-and-set: the insert happens only where no row is, the update only
                // where the row still has the ETag this state was read with.
                using var command = Command(connection, expected is null ? InsertSql : UpdateSql, stateName, grainId);
                command.Parameters.AddWithValue("$etag", newEtag);
                command.Parameters.AddWithValue("$payload", payload);
                command.Parameters.AddWithValue("$modified", modified);
                if (expected is not null)
                {
                    command.Parameters.AddWithValue("$expected", expected);
                }

                if (command.ExecuteNonQuery() == 0)
                {
                    throw Inconsistent(connection, "write", stateName, grainId, expected);
                }
            },
            cancellationToken).ConfigureAwait(false);

        grainState.ETag = newEtag;
        grainState.RecordExists = true;
    }

    /// <inheritdoc cref="ClearStateAsync{T}(string, GrainId, IGrainState{T}, CancellationToken)"/>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <summary>
    /// Deletes the stored state if <paramref name="grainState"/>'s ETag is the stored one (no ETag: if nothing is stored),
    /// then gives it a new empty state, no ETag and <see cref="IGrainState{T}.RecordExists"/> <see langword="false"/>.
    /// </summary>
    /// <typeparam name="T">The state's type.</typeparam>
    /// <param name="stateName">The state's name.</param>
    /// <param name="grainId">The grain's id.</param>
    /// <param name="grainState">The state to clear, with the ETag it was read with.</param>
    /// <param name="cancellationToken">Cancels the clear.</param>
    /// <returns>A task that completes when the state is deleted durably.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateName"/> or <paramref name="grainState"/> is <see langword="null"/>.</exception>
    /// <exception cref="InconsistentStateException">The ETag is not the stored one; nothing was deleted.</exception>
    /// <exception cref="SqliteException">The database cannot be written.</exception>
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        await _instruments.MeasureStorageAsync(CfcInstruments.Sqlite, stateName, CfcInstruments.Clear, () => ClearAsync(stateName, grainId, grainState, cancellationToken)).ConfigureAwait(false);
    }

    private async Task ClearAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var expected = grainState.ETag;
        await _writer.WriteAsync(
            connection =>
            {
                if (expected is null)
                {
                    // Nothing to delete; the state is consistent only if nothing is stored.
                    if (StoredEtag(connection, stateName, grainId) is not null)
                    {
                        throw Inconsistent(connection, "clear", stateName, grainId, expected);
                    }

                    return;
                }

                using var command = Command(connection, DeleteSql, stateName, grainId);
                command.Parameters.AddWithValue("$expected", expected);
                if (command.ExecuteNonQuery() == 0)
                {
                    throw Inconsistent(connection, "clear", stateName, grainId, expected);
                }
            },
            cancellationToken).ConfigureAwait(false);

        grainState.State = _activators.GetActivator<T>().Create();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private static void Validate(string name, SqliteGrainStorageOptions options)
    {
        var problem =
            string.IsNullOrWhiteSpace(options.DataSource) ? "has no DataSource: set it to the path of the database file" :
            options.DataSource.Trim() == ":memory:" ? "names an in-memory database (:memory:), which would not outlive a connection: set DataSource to a file path" :
            options.JsonSerializerOptions is null ? "has no JsonSerializerOptions" :
            options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromHours(24) ? $"has a BusyTimeout of {options.BusyTimeout.ToString("c", CultureInfo.InvariantCulture)}: it must be positive and at most 24 hours" :
            null;
        if (problem is not null)
        {
            throw new OrleansConfigurationException($"The SQLite grain storage '{name}' {problem}.");
        }
    }

    // One creation of the table for all callers; a failed one (a folder not yet mounted, say) is tried again by the next.
    private Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        lock (_initializationGate)
        {
            if (_initialization is null || _initialization.IsFaulted || _initialization.IsCanceled)
            {
                _initialization = InitializeAsync();
            }

            return _initialization.WaitAsync(cancellationToken);
        }
    }

    private async Task InitializeAsync()
    {
        RestrictToOwner();
        var connection = await OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = (string?)await command.ExecuteScalarAsync().ConfigureAwait(false);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The SQLite grain storage '{_name}' could not put '{DatabasePath}' in WAL mode (journal mode is '{mode}').");
            }

            command.CommandText = CreateTableSql;
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    // The state holds personal data (contacts, subscribers' addresses), so what the storage creates is its user's alone:
    // a new folder 0700 and the file 0600, made before SQLite opens it (SQLite would make it 0644 less the umask).
    // SQLite gives its -wal and -shm companions the file's mode when it creates them. A file that others may read,
    // left by an older release, and companions left from its last run are restricted here, before the first open.
    private void RestrictToOwner()
    {
        var folder = Path.GetDirectoryName(DatabasePath);
        if (OperatingSystem.IsWindows())
        {
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            return;
        }

        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }

        if (!File.Exists(DatabasePath))
        {
            try
            {
                using var created = new FileStream(DatabasePath, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile });
            }
            catch (IOException) when (File.Exists(DatabasePath))
            {
                // Another process created it meanwhile; it is restricted below like any file found.
            }
        }

        foreach (var file in (ReadOnlySpan<string>)[DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm"])
        {
            try
            {
                if ((File.GetUnixFileMode(file) & ~OwnerOnlyFile) != 0)
                {
                    File.SetUnixFileMode(file, OwnerOnlyFile);
                }
            }
            catch (FileNotFoundException)
            {
                // Not there, or removed meanwhile: SQLite deletes the companions when another process's last connection
                // to the file closes, and makes them again with the file's mode.
            }
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmasSql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string stateName, GrainId grainId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$name", stateName);
        command.Parameters.AddWithValue("$id", grainId.ToString());
        return command;
    }

    private static string? StoredEtag(SqliteConnection connection, string stateName, GrainId grainId)
    {
        using var command = Command(connection, SelectEtagSql, stateName, grainId);
        return (string?)command.ExecuteScalar();
    }

    private static InconsistentStateException Inconsistent(SqliteConnection connection, string operation, string stateName, GrainId grainId, string? expected)
    {
        var stored = StoredEtag(connection, stateName, grainId);
        return new InconsistentStateException(
            $"The {operation} of state '{stateName}' of grain '{grainId}' was refused: the state was read with ETag '{expected ?? "(none)"}' but the stored ETag is '{stored ?? "(none: nothing is stored)"}'. Another activation or writer changed it; read it again.",
            stored,
            expected);
    }

    private string Serialize<T>(T? state) => Encoding.UTF8.GetString(StateEnvelope.Write(state, _json).Span);

    private T? Deserialize<T>(string payload, string stateName, GrainId grainId) =>
        StateEnvelope.Read<T>(Encoding.UTF8.GetBytes(payload), _json, $"The stored state '{stateName}' of grain '{grainId}' in '{DatabasePath}'");
}
