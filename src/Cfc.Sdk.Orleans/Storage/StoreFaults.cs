using Microsoft.Data.Sqlite;
using Orleans.Persistence.Redis;
using StackExchange.Redis;

namespace Cfc.Sdk.Orleans.Storage;

/// <summary>Tells a failure of the store itself from any other exception a storage operation can raise.</summary>
public static class StoreFaults
{
    // SQLite's primary result codes (https://sqlite.org/rescode.html).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;

    /// <summary>
    /// The store fault that <paramref name="exception"/> or one of its inner exceptions is, or <see langword="null"/>
    /// when it is none: a Redis connection or timeout error, SQLite's "database or disk is full", a locked SQLite
    /// database, an I/O error of SQLite, or a <see cref="StoreFaultException"/> itself.
    /// </summary>
    /// <param name="exception">What a storage operation or a grain call raised.</param>
    /// <returns>The fault; <see langword="null"/> for an exception that is not a store's (an ETag conflict is not).</returns>
    /// <remarks>
    /// Orleans' <c>RedisStorageException</c> may carry the Redis client's error in its message only (as
    /// <c>StackExchange.Redis.RedisConnectionException: …</c>): such an exception is a fault when its message names a
    /// connection or timeout error of the client or a Redis that is still loading its data, and no fault otherwise (a
    /// script or serialization error is not the store's outage).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static StoreFault? Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var current = exception; current is not null; current = current.InnerException)
        {
            StoreFault? fault = current switch
            {
                StoreFaultException store => store.Fault,
                RedisTimeoutException => StoreFault.TimedOut,
                RedisConnectionException => StoreFault.Unreachable,

                // Orleans' Redis storage puts StackExchange.Redis' exception into its message, not always as the inner one.
                RedisStorageException { InnerException: null } redis => FromMessage(redis.Message),
                SqliteException { SqliteErrorCode: SqliteFull } => StoreFault.Full,
                SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => StoreFault.TimedOut,
                SqliteException { SqliteErrorCode: SqliteIoError } => StoreFault.Unreachable,
                _ => null,
            };
            if (fault is not null)
            {
                return fault;
            }
        }

        return null;
    }

    private static StoreFault? FromMessage(string message) =>
        message.Contains(nameof(RedisTimeoutException), StringComparison.Ordinal) ? StoreFault.TimedOut
        : message.Contains(nameof(RedisConnectionException), StringComparison.Ordinal)
            || message.Contains("No connection is active/available", StringComparison.Ordinal)
            || message.Contains("LOADING", StringComparison.Ordinal) ? StoreFault.Unreachable
        : null;
}
