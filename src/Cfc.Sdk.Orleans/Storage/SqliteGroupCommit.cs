using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Cfc.Sdk.Orleans.Storage;

/// <summary>
/// The writes of one <see cref="SqliteGrainStorage"/>, made on a thread of their own with group commit: every write
/// waiting when the writer is free goes into one transaction, committed with one fsync, and each write's task completes
/// only after that commit. Nothing is acknowledged before it is durable, and no thread-pool thread ever waits for the
/// disk or for SQLite's write lock.
/// </summary>
/// <remarks>
/// <para>
/// Why: Microsoft.Data.Sqlite runs every statement synchronously, even through its async API, and retries a statement
/// that finds the database locked by sleeping the calling thread. With one pooled connection per write, each commit
/// blocked a thread-pool thread for its fsync and concurrent writers slept on the write lock, which starved the pool
/// that Orleans and Kestrel share (benchmarks/README.md, "The sample host under load").
/// </para>
/// <para>
/// Each write runs inside a savepoint of the group's transaction: a write that throws (an ETag that is not the stored
/// one, a constraint, a value SQLite refuses) is rolled back alone and fails alone; the group's other writes commit.
/// When a failure ends the whole transaction (SQLite rolls back on I/O errors, for one), the writes that had not failed
/// are made again in a new transaction. When the commit fails, every write of the group fails: none of them is durable.
/// </para>
/// <para>
/// The thread starts with the first write and ends after <see cref="IdleLinger"/> without one; it keeps one connection
/// open while it runs, with <c>synchronous=FULL</c>.
/// </para>
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The SemaphoreSlim's AvailableWaitHandle is never used, so it holds nothing to dispose; the writer lives as long as its storage.")]
internal sealed class SqliteGroupCommit
{
    /// <summary>At most this many writes go into one transaction.</summary>
    public const int MaxGroup = 256;

    /// <summary>How long the writer's thread waits for a new write before it ends.</summary>
    public static readonly TimeSpan IdleLinger = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly string _threadName;
    private readonly ConcurrentQueue<Operation> _queue = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly Lock _gate = new();
    private TaskCompletionSource? _running;
    private bool _stopping;
    private long _groups;

    /// <summary>Creates the writer of the database that <paramref name="connectionString"/> opens.</summary>
    /// <param name="connectionString">The connection string of the writer's connection.</param>
    /// <param name="name">The storage's name, for the thread's name.</param>
    public SqliteGroupCommit(string connectionString, string name)
    {
        _connectionString = connectionString;
        _threadName = $"cfc-sqlite-writer:{name}";
    }

    /// <summary>How many transactions the writer has committed: fewer than the writes when writes were grouped.</summary>
    public long CommittedGroups => Interlocked.Read(ref _groups);

    /// <summary>
    /// Queues <paramref name="write"/>, which runs on the writer's thread inside a transaction (never open one in it);
    /// the task completes once the transaction is committed, or with what the write threw (then it changed nothing),
    /// or with the commit's failure.
    /// </summary>
    /// <param name="write">The write, given the writer's connection.</param>
    /// <param name="cancellationToken">Cancels the write while it waits; once it has run it is no longer cancelled.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    public Task WriteAsync(Action<SqliteConnection> write, CancellationToken cancellationToken)
    {
        var operation = new Operation(write, cancellationToken);
        _queue.Enqueue(operation);
        lock (_gate)
        {
            if (_running is null)
            {
                _running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                new Thread(Run) { IsBackground = true, Name = _threadName }.Start();
            }
        }

        _signal.Release();
        return operation.Task;
    }

    /// <summary>Lets the writer finish the writes queued so far, and waits until its thread has ended and closed its connection.</summary>
    /// <returns>A task that completes when the writer's thread has ended.</returns>
    public Task StopAsync()
    {
        lock (_gate)
        {
            _stopping = true;
            var running = _running?.Task ?? Task.CompletedTask;
            _signal.Release();
            return running;
        }
    }

    private void Run()
    {
        SqliteConnection? connection = null;
        var group = new List<Operation>(MaxGroup);
        try
        {
            while (true)
            {
                while (group.Count < MaxGroup && _queue.TryDequeue(out var next))
                {
                    if (next.TryClaim())
                    {
                        group.Add(next);
                    }
                }

                if (group.Count == 0)
                {
                    bool stopping;
                    lock (_gate)
                    {
                        stopping = _stopping;
                    }

                    if ((stopping || !_signal.Wait(IdleLinger)) && Exit())
                    {
                        return;
                    }

                    continue;
                }

                try
                {
                    connection ??= Open();
                    Commit(connection, group);
                }
                catch (Exception e)
                {
                    // The connection could not be opened, or the transaction could not begin or commit: no write of the group
                    // is durable. A new connection is opened for the next group.
                    foreach (var operation in group)
                    {
                        operation.Fail(e);
                    }

                    connection?.Dispose();
                    connection = null;
                }

                group.Clear();
            }
        }
        finally
        {
            connection?.Dispose();
        }

        // Ends the thread unless a write came in since the queue was last found empty (WriteAsync enqueues before it looks
        // at _running, so a write either is seen here or finds _running null and starts a new thread).
        bool Exit()
        {
            lock (_gate)
            {
                if (!_queue.IsEmpty)
                {
                    return false;
                }

                connection?.Dispose();
                connection = null;
                var running = _running!;
                _running = null;
                running.TrySetResult();
                return true;
            }
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA synchronous = FULL;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // One transaction for the group; each write in a savepoint of its own. Completes every operation of the group.
    private void Commit(SqliteConnection connection, List<Operation> group)
    {
        var pending = group;
        while (pending.Count > 0)
        {
            var done = new List<Operation>(pending.Count);
            List<Operation>? again = null;
            Execute(connection, "BEGIN IMMEDIATE;");
            foreach (var operation in pending)
            {
                Execute(connection, "SAVEPOINT w;");
                try
                {
                    operation.Run(connection);
                    Execute(connection, "RELEASE w;");
                    done.Add(operation);
                }
                catch (Exception e)
                {
                    operation.Fail(e);
                    if (raw.sqlite3_get_autocommit(connection.Handle) != 0)
                    {
                        // SQLite ended the transaction: the writes made so far in it are gone; they are made again, with the
                        // ones still to come, in a new transaction.
                        again = [.. done, .. pending.SkipWhile(o => !ReferenceEquals(o, operation)).Skip(1)];
                        break;
                    }

                    Execute(connection, "ROLLBACK TO w; RELEASE w;");
                }
            }

            if (again is not null)
            {
                pending = again;
                continue;
            }

            // (When every write failed on its own, the transaction is empty and commits nothing.)

            try
            {
                Execute(connection, "COMMIT;");
            }
            catch
            {
                if (raw.sqlite3_get_autocommit(connection.Handle) == 0)
                {
                    Execute(connection, "ROLLBACK;");
                }

                throw;
            }

            Interlocked.Increment(ref _groups);
            foreach (var operation in done)
            {
                operation.Succeed();
            }

            return;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed class Operation
    {
        private const int Queued = 0;
        private const int Claimed = 1;
        private const int Cancelled = 2;
        private readonly Action<SqliteConnection> _write;
        private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenRegistration _cancellation;
        private int _state;

        public Operation(Action<SqliteConnection> write, CancellationToken cancellationToken)
        {
            _write = write;
            if (cancellationToken.CanBeCanceled)
            {
                _cancellation = cancellationToken.UnsafeRegister(
                    static (state, token) =>
                    {
                        var operation = (Operation)state!;
                        if (Interlocked.CompareExchange(ref operation._state, Cancelled, Queued) == Queued)
                        {
                            operation._completion.TrySetCanceled(token);
                        }
                    },
                    this);
            }
        }

        public Task Task => _completion.Task;

        /// <summary>Takes the operation for a group, unless it was cancelled while it waited.</summary>
        public bool TryClaim() => Interlocked.CompareExchange(ref _state, Claimed, Queued) == Queued;

        public void Run(SqliteConnection connection) => _write(connection);

        public void Succeed()
        {
            _cancellation.Dispose();
            _completion.TrySetResult();
        }

        public void Fail(Exception exception)
        {
            _cancellation.Dispose();
            _completion.TrySetException(exception);
        }
    }
}
