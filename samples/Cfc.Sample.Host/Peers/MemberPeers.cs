using Cfc.Sample.Host.Indicators;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Peers;
using Cfc.Sdk.Reports;
using NodaTime;

namespace Cfc.Sample.Host.Peers;

/// <summary>
/// A member's comparison with its peers, indicator by indicator, as the API and the pages show it: the other municipalities
/// of the network's register in the member's size class, by the latest shown figure of
/// <see cref="DutchIndicators.Population"/> (inhabitants on 1 January) in each member's ledger.
/// </summary>
/// <remarks>
/// The cost, per request: two reads of the network's register, then a succession and a ledger read per other
/// municipality whose memberships have not ended (in parallel), each placed in its class by its population figure alone, then the disclosed reports of the peers in the
/// member's class, built once and shared by every indicator. It grows with the network's municipalities and their
/// figures; a member without a population figure costs no read at all.
/// </remarks>
internal static class MemberPeers
{
    /// <summary>The comparisons of a member's reports with its peers'.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="network">The network whose register names the peers.</param>
    /// <param name="member">The member.</param>
    /// <param name="reports">The member's reports (<see cref="MemberReports.Of"/>).</param>
    /// <param name="catalogue">The indicator catalogue.</param>
    /// <param name="disclosure">Disclosure control, applied to the peers' figures as to the member's.</param>
    /// <param name="today">Today in the member's zone.</param>
    /// <param name="classes">The size classes.</param>
    /// <param name="options">The fewest peers a statistic needs.</param>
    /// <returns>
    /// Per indicator of <paramref name="reports"/>: the comparison, or <see langword="null"/> when it is withheld (too few
    /// peers with a shown figure) or the member has no shown population figure to place it in a class.
    /// </returns>
    public static async Task<IReadOnlyDictionary<IndicatorId, PeerComparison?>> CompareAsync(
        IGrainFactory grains, INetworkGrain network, MemberCode member, IReadOnlyList<IndicatorReport> reports,
        IndicatorCatalogue catalogue, DisclosureControl disclosure, LocalDate today, SizeClasses classes, PeerOptions options)
    {
        if (PopulationOf(reports) is not { } population)
        {
            return reports.ToDictionary(r => r.Indicator.Id, _ => (PeerComparison?)null);
        }

        var sizeClass = classes.ClassOf(population);
        // Neither a former member (its memberships ended by the day) nor one merged into another is a peer: each would be
        // counted with its old figures. One registered without a recorded membership counts.
        var register = await network.GetRegisterAsync();
        var candidates = (await network.GetMunicipalitiesAsync())
            .Select(m => m.Id)
            .Where(id => register.MembershipsOf(id).Count == 0 || register.IsMemberOn(id, today))
            .Select(id => id.Code)
            .OfType<MemberCode>()
            .Where(code => code != member)
            .ToArray();
        var read = await Task.WhenAll(candidates.Select(async code =>
        {
            var grain = grains.GetGrain<IMunicipalityGrain>(code.ToString());
            return (Code: code, Succeeded: await grain.GetSuccessionAsync() is not null, Ledger: await grain.GetLedgerAsync());
        }));
        var peers = read
            .Where(peer => !peer.Succeeded && PopulationOf(peer.Ledger, peer.Code, disclosure, today) is { } size && sizeClass.Contains(size))
            .SelectMany(peer => MemberReports.Of(peer.Ledger, peer.Code, catalogue, disclosure, today, []))
            .ToLookup(r => r.Indicator.Id);
        return reports.ToDictionary(
            r => r.Indicator.Id,
            r => PeerComparison.Of(sizeClass, r.Series[^1].Period, peers[r.Indicator.Id], options.MinimumPeers));
    }

    /// <summary>The latest shown number of inhabitants in a member's ledger, disclosed as its report shows it; <see langword="null"/> without one.</summary>
    private static double? PopulationOf(ObservationLedger ledger, MemberCode member, DisclosureControl disclosure, LocalDate today)
    {
        var figures = ledger.Figures(member, DutchIndicators.Population.Id);
        return figures.Any(f => f.Disaggregation.IsTotal) ? PopulationOf([IndicatorReport.Create(DutchIndicators.Population, figures, disclosure, today)]) : null;
    }

    /// <summary>The latest shown number of inhabitants among a member's reports; <see langword="null"/> without one.</summary>
    private static double? PopulationOf(IEnumerable<IndicatorReport> reports) =>
        reports.FirstOrDefault(r => r.Indicator.Id == DutchIndicators.Population.Id)?.Series.LastOrDefault(p => !p.Value.IsSuppressed).Value.Value;
}
