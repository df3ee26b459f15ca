using Cfc.Sdk.Orleans.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Persistence.Redis;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Storage;
using StackExchange.Redis;

namespace Cfc.Sdk.Orleans.Tests.Storage;

/// <summary>
/// A failure of the store is told from other exceptions, and its fault survives a grain call between silos (the
/// serializer) and within one (the copier), so that a host answers a client with the fault whichever silo's store failed.
/// </summary>
public sealed class StoreFaultTests
{
    private static readonly Lazy<ServiceProvider> s_services = new(() =>
        new ServiceCollection().AddSerializer(s => s.AddCfcSdkTypes()).BuildServiceProvider());

    public static TheoryData<string> Ways() => new() { "serialized", "copied" };

    [Theory]
    [MemberData(nameof(Ways))]
    public void A_store_fault_keeps_its_fault_and_message(string way)
    {
        var original = new StoreFaultException(StoreFault.Full, "The SQLite store's write failed (Full).");
        var services = s_services.Value;

        var result = way == "serialized"
            ? services.GetRequiredService<Serializer>().Deserialize<Exception>(services.GetRequiredService<Serializer>().SerializeToArray<Exception>(original))
            : services.GetRequiredService<DeepCopier>().Copy<Exception>(original);

        var fault = Assert.IsType<StoreFaultException>(result);
        Assert.Equal((StoreFault.Full, original.Message), (fault.Fault, fault.Message));
    }

    [Fact]
    public void The_stores_own_errors_are_faults_and_others_are_not()
    {
        // SQLite's result codes: 13 full, 5 busy, 10 I/O error; 19 is a constraint, an error of the request.
        Assert.Equal(StoreFault.Full, StoreFaults.Classify(new SqliteException("database or disk is full", 13)));
        Assert.Equal(StoreFault.TimedOut, StoreFaults.Classify(new SqliteException("database is locked", 5)));
        Assert.Equal(StoreFault.Unreachable, StoreFaults.Classify(new SqliteException("disk I/O error", 10)));
        Assert.Null(StoreFaults.Classify(new SqliteException("constraint failed", 19)));
        Assert.Equal(StoreFault.Unreachable, StoreFaults.Classify(new RedisConnectionException(ConnectionFailureType.SocketFailure, "gone")));
        Assert.Equal(StoreFault.TimedOut, StoreFaults.Classify(new RedisTimeoutException("slow", CommandStatus.Sent)));
        Assert.Equal(StoreFault.Full, StoreFaults.Classify(new InvalidOperationException("wrapped", new SqliteException("database or disk is full", 13))));
        Assert.Equal(StoreFault.Unreachable, StoreFaults.Classify(new AggregateException(new RedisConnectionException(ConnectionFailureType.UnableToConnect, "gone"))));
        Assert.Null(StoreFaults.Classify(new InconsistentStateException("another ETag")));
        Assert.Null(StoreFaults.Classify(new TimeoutException("a grain call")));
    }

    [Fact]
    public void Orleans_Redis_storage_errors_are_faults_only_when_their_message_names_an_outage()
    {
        // Orleans' Redis storage writes the client's exception into its message: "{type}: {message}".
        static RedisStorageException Failed(string cause) =>
            new($"Failed to write grain state for municipality grain with ID municipality/GM0518 and storage key cfc/municipality/GM0518. {cause}");

        Assert.Equal(StoreFault.Unreachable, StoreFaults.Classify(Failed("StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: EVAL")));
        Assert.Equal(StoreFault.TimedOut, StoreFaults.Classify(Failed("StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, 5000ms elapsed)")));
        Assert.Equal(StoreFault.Unreachable, StoreFaults.Classify(Failed("StackExchange.Redis.RedisServerException: LOADING Redis is loading the dataset in memory")));
        Assert.Null(StoreFaults.Classify(Failed("StackExchange.Redis.RedisServerException: ERR Error running script (call to f_1a2b): @user_script:1: Script attempted to access nonexistent global variable")));
        Assert.Null(StoreFaults.Classify(Failed("System.Text.Json.JsonException: The JSON value could not be converted to Cfc.Sdk.Members.Member.")));
    }
}
