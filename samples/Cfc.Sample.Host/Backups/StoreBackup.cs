using Microsoft.Data.Sqlite;

namespace Cfc.Sample.Host.Backups;

/// <summary>
/// A copy of the SQLite store made with SQLite's online backup: one read transaction copies every page, so the copy is
/// the database as it was at one moment even while the host writes (in WAL mode readers and the writer do not wait for
/// each other). The copy is a database of its own: checked with <c>PRAGMA integrity_check</c>, without a log beside it.
/// </summary>
internal static class StoreBackup
{
    /// <summary>Copies the database <paramref name="source"/> into the empty file <paramref name="destination"/>.</summary>
    /// <param name="source">The store's database file.</param>
    /// <param name="destination">An empty file of the user's alone.</param>
    /// <exception cref="SqliteException">A database cannot be read or written.</exception>
    /// <exception cref="InvalidOperationException">The copy fails its integrity check.</exception>
    public static void Copy(string source, string destination)
    {
        // ReadWrite without Create: a reader of a database in WAL mode needs its -shm, and a missing file is an error.
        using var from = Open(source, SqliteOpenMode.ReadWrite);
        using var to = Open(destination, SqliteOpenMode.ReadWriteCreate);
        from.BackupDatabase(to);

        // The copy would keep the store's WAL mode; a rollback journal keeps it one file, whatever opens it. The host
        // that opens it as its store puts it back in WAL mode.
        Execute(to, "PRAGMA journal_mode = DELETE;");
        if (Execute(to, "PRAGMA integrity_check;") is not "ok" and var problem)
        {
            throw new InvalidOperationException($"The copy of {source} fails SQLite's integrity check: {problem}");
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            // Closed for good when disposed, so the copy is complete on disk when the command ends.
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static string? Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
