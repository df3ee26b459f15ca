using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Resilience;
using Cfc.Sdk.Participation;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Participation;

/// <summary>
/// One theme proposal for a network's meetings, keyed <c>{network}/{number}</c> (see <see cref="NetworkKey"/>); the number
/// comes from the network's <c>themes</c> sequence (see <see cref="ThemeProposalGrains.ProposeThemeAsync"/>). The grain keeps
/// its entry in the network's <c>themes</c> list current, filed under the day it was proposed, with its status.
/// </summary>
/// <remarks>
/// Every change goes through <see cref="ThemeProposal"/>; a change it refuses throws and stores nothing: a proposal no longer
/// open refuses votes, a take-up and a withdrawal with <see cref="ThemeProposalClosedException"/>.
/// </remarks>
[Alias("cfc.IThemeProposalGrain")]
public interface IThemeProposalGrain : IGrainWithStringKey
{
    /// <summary>The proposal with its votes.</summary>
    /// <returns>The proposal; <see langword="null"/> when no proposal has this number.</returns>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<ThemeProposal?> GetAsync();

    /// <summary>Stores <paramref name="proposal"/> as this number's proposal and files its list entry.</summary>
    /// <param name="proposal">The proposal, open.</param>
    /// <returns>A task that completes when stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The number holds another proposal already.</exception>
    [Idempotent]
    [Alias("CreateAsync")]
    Task CreateAsync(ThemeProposal proposal);

    /// <summary>Records <paramref name="member"/>'s youth panel's count of votes, replacing its earlier count (see <see cref="ThemeProposal.Vote"/>).</summary>
    /// <param name="member">The voting member.</param>
    /// <param name="votes">The count; 0 takes the member's vote back.</param>
    /// <returns>The proposal with the count.</returns>
    /// <exception cref="ArgumentException"><paramref name="member"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="votes"/> is out of range.</exception>
    /// <exception cref="ThemeProposalClosedException">The proposal is not open.</exception>
    /// <exception cref="EntityNotFoundException">No proposal has this number.</exception>
    [Idempotent]
    [Alias("VoteAsync")]
    Task<ThemeProposal> VoteAsync(MemberCode member, int votes);

    /// <summary>Marks the proposal taken up by the network's meeting <paramref name="meeting"/> (see <see cref="ThemeProposal.TakeUp"/>).</summary>
    /// <param name="meeting">The meeting's number.</param>
    /// <returns>The proposal, taken up.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="meeting"/> is negative.</exception>
    /// <exception cref="ThemeProposalClosedException">The proposal is withdrawn, or taken up by another meeting.</exception>
    /// <exception cref="EntityNotFoundException">No proposal has this number.</exception>
    [Idempotent]
    [Alias("TakeUpAsync")]
    Task<ThemeProposal> TakeUpAsync(int meeting);

    /// <summary>Opens the proposal again when meeting <paramref name="meeting"/>, which took it up, is cancelled (see <see cref="ThemeProposal.Release"/>).</summary>
    /// <param name="meeting">The cancelled meeting's number.</param>
    /// <returns>The proposal; unchanged when that meeting had not taken it up.</returns>
    /// <exception cref="EntityNotFoundException">No proposal has this number.</exception>
    [Idempotent]
    [Alias("ReleaseAsync")]
    Task<ThemeProposal> ReleaseAsync(int meeting);

    /// <summary>Withdraws the proposal (see <see cref="ThemeProposal.Withdraw"/>).</summary>
    /// <returns>The proposal, withdrawn.</returns>
    /// <exception cref="ThemeProposalClosedException">The proposal is not open.</exception>
    /// <exception cref="EntityNotFoundException">No proposal has this number.</exception>
    [Alias("WithdrawAsync")]
    Task<ThemeProposal> WithdrawAsync();
}
