using System.Collections.Immutable;

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

        index.State = previous with { Parts = previous.Parts.Add(part) };
        try
        {
            await index.WriteStateAsync();
        }
        catch
        {
            index.State = previous;
            throw;
        }
    }

    /// <inheritdoc />
    public Task<ImmutableSortedSet<int>> GetAsync() => Task.FromResult(index.State.Parts);
}
