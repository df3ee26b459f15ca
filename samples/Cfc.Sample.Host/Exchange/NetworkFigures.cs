using Cfc.Sample.Host.Hosting;
using Cfc.Sdk.Exchange;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Municipalities;

namespace Cfc.Sample.Host.Exchange;

/// <summary>
/// The published figures of the network's members: the municipalities the network's register lists (former members and
/// members merged into another too, each with its own figures under its own code).
/// </summary>
/// <remarks>
/// The cost, per request: one read of the register, then one ledger read per member asked for (all by default, in
/// parallel), each disclosed table by table. It grows with the network's municipalities and their figures.
/// </remarks>
internal static class NetworkFigures
{
    /// <summary>The municipalities of the register, by code, with their names.</summary>
    /// <param name="services">The exchange's services.</param>
    /// <returns>Each municipality's code and name, in code order.</returns>
    public static async Task<SortedDictionary<MemberCode, string>> MembersAsync(ExchangeServices services)
    {
        var members = new SortedDictionary<MemberCode, string>();
        foreach (var registered in await services.Grains.Network(services.Hosting).GetMunicipalitiesAsync())
        {
            if (registered.Id.Code is { } code)
            {
                members[code] = registered.Name;
            }
        }

        return members;
    }

    /// <summary>The published figures of <paramref name="indicators"/> for <paramref name="members"/>, member by member in code order.</summary>
    /// <param name="services">The exchange's services.</param>
    /// <param name="members">The members.</param>
    /// <param name="indicators">The indicators.</param>
    /// <returns>The figures, per member in indicator order.</returns>
    public static async Task<IReadOnlyList<PublishedFigure>> OfAsync(ExchangeServices services, IEnumerable<MemberCode> members, IReadOnlyCollection<Indicator> indicators)
    {
        var ledgers = await Task.WhenAll(members.Order().Select(async code =>
            (Code: code, Ledger: await services.Grains.GetGrain<IMunicipalityGrain>(code.ToString()).GetLedgerAsync())));
        return
        [
            .. ledgers.SelectMany(m => indicators
                .OrderBy(i => i.Id)
                .SelectMany(indicator => PublishedFigure.Of(services.Disclosure, indicator, m.Ledger.Figures(m.Code, indicator.Id)))),
        ];
    }
}
