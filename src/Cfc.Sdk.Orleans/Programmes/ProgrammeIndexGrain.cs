using System.Collections.Immutable;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Storage;

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
        await index.StoreAsync(previous with { Entries = [.. entries] });
    }

    /// <inheritdoc />
    public async Task RemoveAsync(MemberCode code)
    {
        var previous = index.State;
        if (previous.Entries.Any(e => e.Code == code))
        {
            await index.StoreAsync(previous with { Entries = previous.Entries.RemoveAll(e => e.Code == code) });
        }
    }

    /// <inheritdoc />
    public Task<ImmutableArray<ProgrammeIndexEntry>> GetAsync() => Task.FromResult(index.State.Entries);
}
