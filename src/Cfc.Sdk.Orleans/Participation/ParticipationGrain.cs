using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Storage;
using Cfc.Sdk.Participation;

namespace Cfc.Sdk.Orleans.Participation;

/// <summary>
/// The <see cref="IParticipationGrain"/>: it writes its state first, then its entries in the network's and the member's
/// lists, so a list never shows a record that is not stored; a repeated create or correction files the entries again.
/// </summary>
/// <remarks>The state is kept in the storage named "Default" as <c>participation</c>.</remarks>
/// <param name="state">The stored record.</param>
/// <param name="grains">The grain factory, for the lists.</param>
internal sealed class ParticipationGrain([PersistentState("participation")] IPersistentState<ParticipationState> state, IGrainFactory grains)
    : Grain, IParticipationGrain
{
    private (string Network, int Number) Key => NetworkKey.SplitNumber(this.GetPrimaryKeyString());

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ = Key;
        return base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<ParticipationRecord?> GetAsync() => Task.FromResult(state.State.Record);

    /// <inheritdoc />
    public async Task CreateAsync(ParticipationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (state.State.Record is { } held && held != record)
        {
            throw new InvalidOperationException($"Participation record {this.GetPrimaryKeyString()} is made already; a new record takes a new number.");
        }

        await StoreAsync(record);
    }

    /// <inheritdoc />
    public Task<ParticipationRecord> CorrectAsync(ParticipationRecord corrected)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        var held = state.State.Record ?? throw new EntityNotFoundException("participation record", this.GetPrimaryKeyString());
        return StoreAsync(held.Correct(corrected));
    }

    // A write that fails leaves the grain as it was; an equal record is not written again, but its entries are filed.
    // A correction never changes the member, so only the day can move an entry.
    private async Task<ParticipationRecord> StoreAsync(ParticipationRecord changed)
    {
        var previous = state.State;
        if (previous.Record != changed)
        {
            await state.StoreAsync(previous with { Record = changed });
        }

        var entry = ParticipationGrains.EntryOf(Key.Number, changed);
        var previousDay = previous.Record?.HeldOn;
        await grains.ParticipationList(Key.Network).PutAsync(entry, previousDay);
        await grains.MemberParticipationList(Key.Network, changed.Member).PutAsync(entry, previousDay);
        return changed;
    }
}
