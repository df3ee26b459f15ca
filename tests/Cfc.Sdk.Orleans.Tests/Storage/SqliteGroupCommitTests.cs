using Cfc.Sdk.Orleans.Storage;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;
using Orleans.Storage;

namespace Cfc.Sdk.Orleans.Tests.Storage;

/// <summary>The storage's writer: group commit on a thread of its own, each write acknowledged only once committed.</summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly SqliteGroupCommit _writer;

    public SqliteGroupCommitTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.Path)!);
        using (var connection = _database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL);";
            command.ExecuteNonQuery();
        }

        _writer = new SqliteGroupCommit(new SqliteConnectionStringBuilder { DataSource = _database.Path, Pooling = false }.ToString(), "test");
    }

    public void Dispose()
    {
        _writer.StopAsync().Wait(TimeSpan.FromSeconds(30));
        _database.Dispose();
    }

    [Fact]
    public async Task Writes_that_wait_while_the_writer_is_busy_share_one_transaction_and_are_all_acknowledged_and_stored()
    {
        using var gate = new Blocker();
        var first = _writer.WriteAsync(connection => gate.HoldThenInsert(connection, 0), CancellationToken.None);
        gate.WaitUntilHeld();
        var waiting = Enumerable.Range(1, 50).Select(k => _writer.WriteAsync(c => Insert(c, k), CancellationToken.None)).ToArray();

        gate.Release();
        await first;
        await Task.WhenAll(waiting);

        Assert.Equal(2, _writer.CommittedGroups);
        Assert.Equal(Enumerable.Range(0, 51).Select(k => (long)k), StoredKeys());
    }

    [Fact]
    public async Task A_write_that_fails_in_a_group_fails_alone_and_its_changes_are_undone_while_the_others_commit()
    {
        Insert(_database, 1000);
        using var gate = new Blocker();
        var first = _writer.WriteAsync(connection => gate.HoldThenInsert(connection, 0), CancellationToken.None);
        gate.WaitUntilHeld();
        var before = Enumerable.Range(1, 10).Select(k => _writer.WriteAsync(c => Insert(c, k), CancellationToken.None)).ToArray();
        var throwsAfterWriting = _writer.WriteAsync(
            c =>
            {
                Insert(c, 500);
                throw new InvalidOperationException("refused after writing");
            },
            CancellationToken.None);
        var duplicate = _writer.WriteAsync(c => Insert(c, 1000), CancellationToken.None);
        var after = Enumerable.Range(11, 10).Select(k => _writer.WriteAsync(c => Insert(c, k), CancellationToken.None)).ToArray();

        gate.Release();
        await first;
        await Task.WhenAll(before.Concat(after));

        Assert.Equal("refused after writing", (await Assert.ThrowsAsync<InvalidOperationException>(() => throwsAfterWriting)).Message);
        Assert.Equal(19, (await Assert.ThrowsAsync<SqliteException>(() => duplicate)).SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Equal(2, _writer.CommittedGroups);
        Assert.Equal([.. Enumerable.Range(0, 21).Select(k => (long)k), 1000L], StoredKeys());
    }

    [Fact]
    public async Task A_write_cancelled_while_it_waits_is_never_made()
    {
        using var gate = new Blocker();
        var first = _writer.WriteAsync(connection => gate.HoldThenInsert(connection, 0), CancellationToken.None);
        gate.WaitUntilHeld();
        using var cancel = new CancellationTokenSource();
        var cancelled = _writer.WriteAsync(c => Insert(c, 1), cancel.Token);
        var kept = _writer.WriteAsync(c => Insert(c, 2), CancellationToken.None);

        await cancel.CancelAsync();
        gate.Release();
        await first;
        await kept;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal([0L, 2L], StoredKeys());
    }

    [Fact]
    public async Task Stopping_makes_the_writes_queued_before_it_and_later_writes_still_go_through()
    {
        using var gate = new Blocker();
        var first = _writer.WriteAsync(connection => gate.HoldThenInsert(connection, 0), CancellationToken.None);
        gate.WaitUntilHeld();
        var queued = _writer.WriteAsync(c => Insert(c, 1), CancellationToken.None);

        var stopped = _writer.StopAsync();
        gate.Release();
        await stopped;

        Assert.True(first.IsCompletedSuccessfully);
        Assert.True(queued.IsCompletedSuccessfully);
        await _writer.WriteAsync(c => Insert(c, 2), CancellationToken.None);
        Assert.Equal([0L, 1L, 2L], StoredKeys());
    }

    [Fact]
    public async Task Concurrent_grain_writes_with_one_stale_etag_refuse_only_that_one_and_a_new_storage_finds_all_the_others()
    {
        var storage = _database.Storage();
        var stale = GrainId.Create("test", "stale");
        var staleState = new GrainState<TextState>(new() { Text = "first" });
        await storage.WriteStateAsync("text", stale, staleState);
        await storage.WriteStateAsync("text", stale, new GrainState<TextState>(new() { Text = "second" }, staleState.ETag));

        var writes = Enumerable.Range(0, 300)
            .Select(i => storage.WriteStateAsync("text", GrainId.Create("test", $"g{i}"), new GrainState<TextState>(new() { Text = $"text {i}" })))
            .Append(storage.WriteStateAsync("text", stale, new GrainState<TextState>(new() { Text = "lost" }, staleState.ETag)))
            .ToArray();
        var outcome = Task.WhenAll(writes);
        await Assert.ThrowsAsync<InconsistentStateException>(() => outcome);

        Assert.Equal(300, writes.Count(w => w.IsCompletedSuccessfully));
        var again = _database.Storage();
        for (var i = 0; i < 300; i++)
        {
            var read = new GrainState<TextState>();
            await again.ReadStateAsync("text", GrainId.Create("test", $"g{i}"), read);
            Assert.Equal($"text {i}", read.State?.Text);
        }

        var kept = new GrainState<TextState>();
        await again.ReadStateAsync("text", stale, kept);
        Assert.Equal("second", kept.State?.Text);
    }

    private static int Insert(SqliteConnection connection, int key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO t (k, v) VALUES ($k, 'v');";
        command.Parameters.AddWithValue("$k", key);
        return command.ExecuteNonQuery();
    }

    private static void Insert(TemporaryDatabase database, int key)
    {
        using var connection = database.Open();
        Insert(connection, key);
    }

    private List<long> StoredKeys()
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT k FROM t ORDER BY k;";
        using var reader = command.ExecuteReader();
        var keys = new List<long>();
        while (reader.Read())
        {
            keys.Add(reader.GetInt64(0));
        }

        return keys;
    }

    // Holds the writer's thread inside its first write, so that the writes queued meanwhile form the next group.
    private sealed class Blocker : IDisposable
    {
        private readonly ManualResetEventSlim _held = new();
        private readonly ManualResetEventSlim _released = new();

        public int HoldThenInsert(SqliteConnection connection, int key)
        {
            _held.Set();
            _released.Wait(TimeSpan.FromSeconds(30));
            return Insert(connection, key);
        }

        public void WaitUntilHeld() => Assert.True(_held.Wait(TimeSpan.FromSeconds(30)), "The writer did not start the first write.");

        public void Release() => _released.Set();

        public void Dispose()
        {
            _held.Dispose();
            _released.Dispose();
        }
    }
}
