using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Peers;

/// <summary>
/// How a member's peers (the other members of its size class) stand on an indicator: how many are counted, and the
/// median and quartiles of their figures as disclosure control shows them.
/// </summary>
/// <remarks>
/// <para>
/// The figures are the peers' published ones (<see cref="IndicatorReport.Series"/>): a suppressed figure carries no
/// number and is not counted, so no statistic rests on a number that is not shown. A comparison from fewer than the
/// minimum number of peers is withheld (<see cref="Of"/> answers <see langword="null"/>).
/// </para>
/// <para>
/// The quartiles are by linear interpolation between the ordered figures (Hyndman and Fan's type 7, the default of
/// R, NumPy and Excel's QUARTILE.INC): the p-quantile of n figures x₀ ≤ … ≤ xₙ₋₁ is at position h = (n − 1)·p,
/// x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). Two comparisons are equal when all their properties are equal.
/// </para>
/// <para>
/// JSON: <c>{"sizeClass":"20000-50000","members":6,"median":3.5,"lowerQuartile":2.25,"upperQuartile":4.75,"period":"2023"}</c>
/// (<c>"period":null</c> for each peer's latest); reading checks a count of at least 1 and finite quartiles in order,
/// so an inconsistent comparison is a <see cref="JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed record PeerComparison
{
    private PeerComparison(SizeClass sizeClass, int members, double median, double lowerQuartile, double upperQuartile, ReportingPeriod? period)
    {
        if (members < 1 || !double.IsFinite(lowerQuartile) || !double.IsFinite(upperQuartile) || !(lowerQuartile <= median && median <= upperQuartile) || period == default(ReportingPeriod))
        {
            throw new ArgumentException("A comparison counts at least one peer, with finite quartiles in order, and a period or none.", nameof(members));
        }

        SizeClass = sizeClass;
        Members = members;
        Median = median;
        LowerQuartile = lowerQuartile;
        UpperQuartile = upperQuartile;
        Period = period;
    }

    /// <summary>The size class the peers share.</summary>
    public SizeClass SizeClass { get; }

    /// <summary>How many peers' figures the statistics are computed from.</summary>
    public int Members { get; }

    /// <summary>The median of the peers' figures.</summary>
    public double Median { get; }

    /// <summary>The first quartile (25 %) of the peers' figures.</summary>
    public double LowerQuartile { get; }

    /// <summary>The third quartile (75 %) of the peers' figures.</summary>
    public double UpperQuartile { get; }

    /// <summary>
    /// The period of every figure counted, or <see langword="null"/> when too few peers have a shown figure for the
    /// member's period and each peer's latest shown figure of the same kind of period is counted instead.
    /// </summary>
    public ReportingPeriod? Period { get; }

    /// <summary>Compares a member's figure for <paramref name="period"/> with its peers'.</summary>
    /// <param name="sizeClass">The size class the member and its peers share.</param>
    /// <param name="period">The period of the member's latest figure.</param>
    /// <param name="peers">The peers' reports of the same indicator and breakdown; not the member's own.</param>
    /// <param name="minimumPeers">The fewest peers with a shown figure a statistic is computed from; at least 1.</param>
    /// <returns>
    /// The statistics of the peers' shown figures for <paramref name="period"/> when at least
    /// <paramref name="minimumPeers"/> have one; otherwise those of each peer's latest shown figure for a period of the
    /// same kind when enough have one; otherwise <see langword="null"/> (withheld).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="peers"/> (or one of its reports) is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The reports are of more than one indicator or breakdown, a member's report appears twice, or <paramref name="period"/> is the default.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumPeers"/> is below 1.</exception>
    public static PeerComparison? Of(SizeClass sizeClass, ReportingPeriod period, IEnumerable<IndicatorReport> peers, int minimumPeers)
    {
        ArgumentNullException.ThrowIfNull(peers);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumPeers, 1);
        if (period == default)
        {
            throw new ArgumentException("A comparison needs the member's period.", nameof(period));
        }

        var reports = peers.ToArray();
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(peers));
        }

        if (reports.Select(r => (r.Indicator.Id, r.Disaggregation)).Distinct().Count() > 1 || reports.Select(r => r.Member).Distinct().Count() != reports.Length)
        {
            throw new ArgumentException("A comparison takes one report per peer, all of one indicator and breakdown.", nameof(peers));
        }

        double[] Shown(Func<ReportPoint, bool> counts) =>
            [.. reports.Select(r => r.Series.LastOrDefault(p => counts(p) && !p.Value.IsSuppressed)).Where(p => p != default).Select(p => p.Value.Value!.Value)];

        var same = Shown(p => p.Period == period);
        if (same.Length >= minimumPeers)
        {
            return From(sizeClass, same, period);
        }

        var sameKind = Shown(p => p.Period.Kind == period.Kind);
        return sameKind.Length >= minimumPeers ? From(sizeClass, sameKind, null) : null;
    }

    private static PeerComparison From(SizeClass sizeClass, double[] figures, ReportingPeriod? period)
    {
        Array.Sort(figures);
        return new(sizeClass, figures.Length, Quantile(figures, 0.5), Quantile(figures, 0.25), Quantile(figures, 0.75), period);
    }

    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        return below + 1 < sorted.Length ? sorted[below] + ((h - below) * (sorted[below + 1] - sorted[below])) : sorted[below];
    }

    private sealed record Stored(
        [property: JsonRequired] SizeClass SizeClass,
        [property: JsonRequired] int Members,
        [property: JsonRequired] double Median,
        [property: JsonRequired] double LowerQuartile,
        [property: JsonRequired] double UpperQuartile,
        ReportingPeriod? Period);

    private sealed class Converter : StoredFormJsonConverter<PeerComparison, Stored>
    {
        protected override Stored ToStored(PeerComparison value) =>
            new(value.SizeClass, value.Members, value.Median, value.LowerQuartile, value.UpperQuartile, value.Period);

        protected override PeerComparison FromStored(Stored stored) =>
            new(stored.SizeClass, stored.Members, stored.Median, stored.LowerQuartile, stored.UpperQuartile, stored.Period);
    }
}
