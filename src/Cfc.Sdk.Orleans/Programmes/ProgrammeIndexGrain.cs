using System.Collections.Immutable;

namespace Cfc.Sdk.Orleans.Programmes;

/// <summary>The <see cref="IProgrammeIndexGrain"/>, keeping a <see cref="ProgrammeIndexState"/> in the default grain storage as <c>programme-index</c>.</summary>
/// <param name="index">The stored state.</param>
internal sealed class ProgrammeIndexGrain([PersistentState("programme-index")] IPersistentState<ProgrammeIndexState> index) : Grain, IProgrammeIndexGrain
{
    /// <inheritdoc />
    public async Task PutAsync(ProgrammeIndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var previous = index.State;
        var held = previous.Entries.FirstOrDefault(e => e.Code == entry.Code);
        if (entry.Equals(held))
        {
            return;
        }

        var entries = previous.Entries.Where(e => e.Code != entry.Code).Append(entry).OrderBy(e => e.Code);
        index.State = previous with { Entries = [.. entries] };
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
    public Task<ImmutableArray<ProgrammeIndexEntry>> GetAsync() => Task.FromResult(index.State.Entries);
}
