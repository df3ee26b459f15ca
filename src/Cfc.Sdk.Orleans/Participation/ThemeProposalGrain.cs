using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Storage;
using Cfc.Sdk.Participation;

namespace Cfc.Sdk.Orleans.Participation;

/// <summary>
/// The <see cref="IThemeProposalGrain"/>: it writes its state first, then its entry in the network's <c>themes</c> list,
/// so the list never shows a status that is not stored; a repeated call files the entry again.
/// </summary>
/// <remarks>The state is kept in the storage named "Default" as <c>theme-proposal</c>.</remarks>
/// <param name="state">The stored proposal.</param>
/// <param name="grains">The grain factory, for the list.</param>
internal sealed class ThemeProposalGrain([PersistentState("theme-proposal")] IPersistentState<ThemeProposalState> state, IGrainFactory grains)
    : Grain, IThemeProposalGrain
{
    private (string Network, int Number) Key => NetworkKey.SplitNumber(this.GetPrimaryKeyString());

    private ThemeProposal Held => state.State.Proposal ?? throw new EntityNotFoundException("theme proposal", this.GetPrimaryKeyString());

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ = Key;
        return base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<ThemeProposal?> GetAsync() => Task.FromResult(state.State.Proposal);

    /// <inheritdoc />
    public async Task CreateAsync(ThemeProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        if (state.State.Proposal is { } held && held != proposal)
        {
            throw new InvalidOperationException($"Theme proposal {this.GetPrimaryKeyString()} is made already; a new proposal takes a new number.");
        }

        await StoreAsync(proposal);
    }

    /// <inheritdoc />
    public Task<ThemeProposal> VoteAsync(MemberCode member, int votes) => StoreAsync(Held.Vote(member, votes));

    /// <inheritdoc />
    public Task<ThemeProposal> TakeUpAsync(int meeting) => StoreAsync(Held.TakeUp(meeting));

    /// <inheritdoc />
    public Task<ThemeProposal> ReleaseAsync(int meeting) => StoreAsync(Held.Release(meeting));

    /// <inheritdoc />
    public Task<ThemeProposal> WithdrawAsync() => StoreAsync(Held.Withdraw());

    // A write that fails leaves the grain as it was. The day proposed never changes, so the entry stays on its day.
    private async Task<ThemeProposal> StoreAsync(ThemeProposal changed)
    {
        var previous = state.State;
        if (previous.Proposal != changed)
        {
            await state.StoreAsync(previous with { Proposal = changed });
        }

        await grains.ThemeProposalList(Key.Network).PutAsync(ThemeProposalGrains.EntryOf(Key.Number, changed));
        return changed;
    }
}
