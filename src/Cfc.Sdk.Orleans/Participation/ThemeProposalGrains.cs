using System.Globalization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Participation;

namespace Cfc.Sdk.Orleans.Participation;

/// <summary>
/// A network's theme proposals: proposing one (a number from the network's <c>themes</c> sequence, then the proposal's
/// grain), finding one by number, and their list, filed by the day each was proposed.
/// </summary>
public static class ThemeProposalGrains
{
    /// <summary>The name of the proposals' sequence and list: <c>themes</c>.</summary>
    public const string Kind = "themes";

    /// <summary>Proposes <paramref name="proposal"/> in <paramref name="network"/>: takes the next number and stores the proposal under it.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id, such as <c>nl</c>.</param>
    /// <param name="proposal">The proposal, open.</param>
    /// <returns>The proposal's number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> or <paramref name="proposal"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="network"/> is not a network id.</exception>
    public static async Task<int> ProposeThemeAsync(this IGrainFactory grains, string network, ThemeProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(proposal);
        var number = await grains.GetGrain<ISequenceGrain>(NetworkKey.Of(network, Kind)).NextAsync();
        await grains.GetThemeProposal(network, number).CreateAsync(proposal);
        return number;
    }

    /// <summary>The grain of theme proposal <paramref name="number"/> in <paramref name="network"/>.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <param name="number">The proposal's number.</param>
    /// <returns>The grain; it holds nothing when no proposal has the number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="network"/> is not a network id.</exception>
    public static IThemeProposalGrain GetThemeProposal(this IGrainFactory grains, string network, int number)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IThemeProposalGrain>(NetworkKey.Of(network, number));
    }

    /// <summary>The network's list of theme proposals, filed by the day each was proposed, with its status.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network's id.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is <see langword="null"/>.</exception>
    public static EntityList ThemeProposalList(this IGrainFactory grains, string network)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return new(grains, network, Kind);
    }

    /// <summary>What the list shows of theme proposal <paramref name="number"/>.</summary>
    /// <param name="number">The proposal's number.</param>
    /// <param name="proposal">The proposal.</param>
    /// <returns>
    /// The entry: number, title, the day proposed, the proposing member (the default <see cref="MemberId"/> when the network's
    /// coordinator proposed it) and the status by name, so that the open proposals are found without reading each one.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is <see langword="null"/>.</exception>
    public static ListEntry EntryOf(int number, ThemeProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return new()
        {
            Id = number.ToString(CultureInfo.InvariantCulture),
            Title = proposal.Title,
            Day = proposal.ProposedOn,
            Member = proposal.ProposedBy is { } member ? MemberId.For(member) : default,
            Status = proposal.Status.ToString(),
        };
    }
}
