using System.Text;
using StackExchange.Redis;

namespace Cfc.Sample.Host.Backups;

/// <summary>
/// The store of Redis mode as Orleans' Redis grain storage keeps it: a hash per state under
/// <c>{ServiceId}/state/{grainId}/{stateName}</c> with fields <c>etag</c> and <c>data</c> (the envelope). Only the keys
/// of the service id are read or written; Orleans' membership table and the reminders are under other keys and are left alone.
/// </summary>
internal sealed class RedisStateStore : IGrainStateStore
{
    private const int PageSize = 500;

    private readonly ConnectionMultiplexer _redis;
    private readonly string _prefix;

    private RedisStateStore(ConnectionMultiplexer redis, string serviceId)
    {
        _redis = redis;
        _prefix = serviceId + "/state/";
        Description = $"the Redis store of service id '{serviceId}' on {string.Join(", ", redis.GetEndPoints().Select(e => e.ToString()))}";
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <summary>Connects to the Redis server of <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">The host's <c>ConnectionStrings:Redis</c>.</param>
    /// <param name="serviceId">The host's <c>Cfc:Cluster:ServiceId</c>, the first part of every key of its states.</param>
    /// <returns>The store.</returns>
    /// <exception cref="RedisConnectionException">The server cannot be reached.</exception>
    public static async Task<RedisStateStore> ConnectAsync(string connectionString, string serviceId) =>
        new(await ConnectionMultiplexer.ConnectAsync(connectionString), serviceId);

    /// <inheritdoc/>
    /// <remarks>Key by key: a consistent copy needs the hosts stopped while it reads.</remarks>
    public async Task<IReadOnlyList<StoredState>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var database = _redis.GetDatabase();
        var keys = new List<RedisKey>();
        foreach (var server in _redis.GetServers().Where(s => !s.IsReplica))
        {
            await foreach (var key in server.KeysAsync(database.Database, Escape(_prefix) + "*", PageSize).WithCancellation(cancellationToken))
            {
                keys.Add(key);
            }
        }

        var states = new List<StoredState>();
        foreach (var page in keys.Chunk(PageSize))
        {
            var reads = page.Select(key => (Key: (string)key!, Data: database.HashGetAsync(key, "data"))).ToList();
            foreach (var (key, data) in reads)
            {
                // A state cleared without deleting its key keeps an empty data field: nothing is stored.
                if (await data is { IsNullOrEmpty: false } payload && Parse(key, payload.ToString()) is { } state)
                {
                    states.Add(state);
                }
            }
        }

        return states;
    }

    /// <inheritdoc/>
    /// <remarks>One MULTI/EXEC transaction on the condition that none of the keys exists.</remarks>
    public async Task WriteNewAsync(IReadOnlyList<StoredState> states, CancellationToken cancellationToken)
    {
        var transaction = _redis.GetDatabase().CreateTransaction();
        var writes = new List<Task>(states.Count);
        foreach (var state in states)
        {
            var key = (RedisKey)$"{_prefix}{state.GrainId}/{state.StateName}";
            transaction.AddCondition(Condition.KeyNotExists(key));
            writes.Add(transaction.HashSetAsync(key, [new("etag", Guid.NewGuid().ToString("N")), new("data", state.Payload)]));
        }

        if (!await transaction.ExecuteAsync())
        {
            throw new InvalidOperationException($"{Description} already holds some of these states; nothing was written.");
        }

        await Task.WhenAll(writes);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _redis.DisposeAsync();

    // {prefix}{type}/{key}/{stateName}: the state's name has no '/', the grain's key may.
    private StoredState? Parse(string key, string payload)
    {
        var rest = key[_prefix.Length..];
        var separator = rest.LastIndexOf('/');
        return separator > 0 ? StoredState.FromGrainId(rest[(separator + 1)..], rest[..separator], payload) : null;
    }

    // A service id is matched literally, whatever glob characters it has.
    private static string Escape(string literal)
    {
        var escaped = new StringBuilder(literal.Length);
        foreach (var c in literal)
        {
            if (c is '*' or '?' or '[' or ']' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
