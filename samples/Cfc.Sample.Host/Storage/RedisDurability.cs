using StackExchange.Redis;

namespace Cfc.Sample.Host.Storage;

/// <summary>
/// Whether the Redis of a cluster keeps what the host acknowledged: what the host checks at start in Redis mode
/// (<c>CONFIG GET appendonly</c> and <c>appendfsync</c>). A grain's write is acknowledged once Redis answered it; with
/// <c>appendonly yes</c> and <c>appendfsync always</c> Redis answers only after its append-only file is on disk, with
/// <c>everysec</c> up to a second of answered writes is not yet on disk, and without an append-only file a crash of
/// Redis loses every write since its last snapshot.
/// </summary>
/// <param name="AppendOnly">The server's <c>appendonly</c>, or <see langword="null"/> when it could not be asked.</param>
/// <param name="AppendFsync">The server's <c>appendfsync</c>, or <see langword="null"/> when it could not be asked.</param>
/// <param name="Unknown">Why the server could not be asked (CONFIG renamed or denied), or <see langword="null"/>.</param>
internal sealed record RedisDurability(string? AppendOnly, string? AppendFsync, string? Unknown)
{
    /// <summary>Whether every acknowledged write is on Redis' disk: <c>appendonly yes</c> with <c>appendfsync always</c>.</summary>
    public bool KeepsEveryWrite => AppendOnly == "yes" && AppendFsync == "always";

    /// <summary>Whether at most about a second of acknowledged writes can be lost: <c>appendonly yes</c> with <c>appendfsync everysec</c>.</summary>
    public bool LosesUpToASecond => AppendOnly == "yes" && AppendFsync == "everysec";

    /// <summary>What the settings keep, in one line for the startup report.</summary>
    public string Describe() =>
        Unknown is not null ? $"unknown ({Unknown})"
        : $"appendonly {AppendOnly}, appendfsync {AppendFsync}";

    /// <summary>Asks the Redis of <paramref name="connectionString"/> how it keeps writes, on a connection of its own that is closed after.</summary>
    /// <param name="connectionString">The host's <c>ConnectionStrings:Redis</c>.</param>
    /// <returns>The server's settings.</returns>
    /// <exception cref="InvalidOperationException">Redis cannot be reached; the message names the setting.</exception>
    public static RedisDurability Ask(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);

        // CONFIG is an admin command, which StackExchange.Redis sends only on a connection that allows them; this one
        // is the check's own and sends nothing else.
        options.AllowAdmin = true;
        ConnectionMultiplexer redis;
        try
        {
            redis = ConnectionMultiplexer.Connect(options);
        }
        catch (RedisConnectionException e)
        {
            throw new InvalidOperationException(
                $"Redis at {Endpoints(options)} (ConnectionStrings:Redis) cannot be reached, so the host cannot check that it keeps acknowledged writes: {e.Message}", e);
        }

        using (redis)
        {
            // Every server that takes writes is asked (a connection string may list replicas, or several primaries); the
            // answer is the one that keeps least.
            var servers = redis.GetEndPoints().Select(endpoint => redis.GetServer(endpoint)).ToList();
            var primaries = servers.Where(server => !server.IsReplica).ToList();
            return (primaries.Count > 0 ? primaries : servers).Select(AskServer).MinBy(durability => durability.Strength)!;
        }
    }

    // How much of what Redis answered it keeps: everything, all but up to a second, or less (or unknown).
    private int Strength => KeepsEveryWrite ? 2 : LosesUpToASecond ? 1 : 0;

    private static RedisDurability AskServer(IServer server)
    {
        try
        {
            var settings = server.ConfigGet("append*").ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
            return settings.TryGetValue("appendonly", out var appendOnly) && settings.TryGetValue("appendfsync", out var appendFsync)
                ? new(appendOnly, appendFsync, null)
                : new(null, null, $"CONFIG GET at {server.EndPoint} answered without appendonly and appendfsync");
        }
        catch (RedisServerException e)
        {
            // A managed or hardened Redis renames CONFIG or denies it by its ACL: the host cannot tell.
            return new(null, null, $"CONFIG GET was refused: {e.Message}");
        }
    }

    /// <summary>
    /// The warning for the startup report, or the refusal to start, for these settings: none when Redis keeps every
    /// write; a warning with <c>everysec</c>, or when losing writes is accepted; otherwise the host must not start.
    /// </summary>
    /// <param name="accepted">Whether <c>Cfc:Cluster:AcceptLosingWrites</c> is true.</param>
    /// <param name="connectionString">The connection string, for the message.</param>
    /// <returns>The warning, or <see langword="null"/>.</returns>
    /// <exception cref="InvalidOperationException">Redis can lose acknowledged writes and that is not accepted; the message names the Redis settings to change.</exception>
    public string? Warning(bool accepted, string connectionString)
    {
        if (KeepsEveryWrite)
        {
            return null;
        }

        if (LosesUpToASecond)
        {
            return $"Redis ({Describe()}) writes its append-only file to disk once a second: a crash of Redis' machine can lose up to a second of writes the host acknowledged. Set `appendfsync always` to keep them all.";
        }

        if (accepted)
        {
            return $"Redis ({Describe()}) can lose writes the host acknowledged when it crashes; accepted by {StoreSettings.AcceptLosingWritesSetting}=true.";
        }

        var why = Unknown is not null
            ? $"the host cannot tell whether Redis keeps acknowledged writes: {Unknown}"
            : $"Redis has appendonly {AppendOnly} and appendfsync {AppendFsync}, so a crash of Redis loses writes the host acknowledged";
        throw new InvalidOperationException(
            $"Redis at {Endpoints(ConfigurationOptions.Parse(connectionString))} (ConnectionStrings:Redis): {why}. " +
            "Set `appendonly yes` and `appendfsync always` in its redis.conf (or run `redis-cli CONFIG SET appendonly yes`, `CONFIG SET appendfsync always` and `CONFIG REWRITE`), " +
            $"or set {StoreSettings.AcceptLosingWritesSetting}=true to accept losing acknowledged writes.");
    }

    private static string Endpoints(ConfigurationOptions options) => string.Join(", ", options.EndPoints.Select(EndPointCollection.ToString));
}
