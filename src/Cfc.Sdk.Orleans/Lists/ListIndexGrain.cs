using System.Collections.Immutable;
using Cfc.Sdk.Orleans.Storage;

namespace Cfc.Sdk.Orleans.Lists;

/// <summary>The <see cref="IListIndexGrain"/>, keeping a <see cref="ListIndexState"/> in the default grain storage as <c>list-index</c>.</summary>
/// <param name="index">The stored state.</param>
internal sealed class ListIndexGrain([PersistentState("list-index")] IPersistentState<ListIndexState> index) : Grain, IListIndexGrain
{
    /// <inheritdoc />
    public async Task AddAsync(int part)
    {
        var previous = index.State;
        if (previous.Parts.Contains(part))
        {
            return;
        }

        await index.StoreAsync(previous with { Parts = previous.Parts.Add(part) });
    }

    /// <inheritdoc />
    public Task<ImmutableSortedSet<int>> GetAsync() => Task.FromResult(index.State.Parts);
}
