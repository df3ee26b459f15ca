namespace Cfc.Sample.Host.Backups;

/// <summary>The grain store of the host's settings, read and written directly, without a silo: the SQLite file or Redis.</summary>
internal interface IGrainStateStore : IAsyncDisposable
{
    /// <summary>What the store is, for messages: its file, or its Redis server and service id.</summary>
    string Description { get; }

    /// <summary>Reads every stored state; none from a store that does not exist yet.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The states.</returns>
    Task<IReadOnlyList<StoredState>> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="states"/> with new ETags, all or none: when one of them is stored already nothing is
    /// written and <see cref="InvalidOperationException"/> is thrown.
    /// </summary>
    /// <param name="states">The states to store.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when all are stored.</returns>
    /// <exception cref="InvalidOperationException">A state is stored already; nothing was written.</exception>
    Task WriteNewAsync(IReadOnlyList<StoredState> states, CancellationToken cancellationToken);
}
