using System.Globalization;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Peers;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Reports;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.Peers;

public sealed class PeerComparisonTests
{
    private static readonly DisclosureControl s_disclosure = new(new DisclosureOptions());
    private static readonly LocalDate s_today = new(2025, 3, 1);
    private static readonly SizeClass s_class = SizeClasses.Cbs.ClassOf(30_000);

    private static MemberCode Peer(int i) => MemberCode.Parse(string.Create(CultureInfo.InvariantCulture, $"GM{1000 + i:D4}"));

    private static IndicatorReport Report(Indicator indicator, int peer, params (ReportingPeriod Period, double Value)[] figures) =>
        IndicatorReport.Create(indicator, [.. figures.Select(f => Observation.Create(indicator, Peer(peer), f.Period, f.Value))], s_disclosure, s_today);

    private static IndicatorReport[] Poverty(int year, params double[] values) =>
        [.. values.Select((v, i) => Report(DutchIndicators.LowIncomeMinors, i, (ReportingPeriod.CalendarYear(year), v)))];

    [Fact]
    public void Median_and_quartiles_interpolate_between_the_ordered_figures()
    {
        // Python: numpy.percentile([1, 2, 3, 4, 5, 10], [25, 50, 75]) == [2.25, 3.5, 4.75] (linear, type 7).
        var comparison = PeerComparison.Of(s_class, ReportingPeriod.CalendarYear(2023), Poverty(2023, 10, 4, 1, 5, 2, 3), 5)!;

        Assert.Equal(6, comparison.Members);
        Assert.Equal(3.5, comparison.Median, 10);
        Assert.Equal(2.25, comparison.LowerQuartile, 10);
        Assert.Equal(4.75, comparison.UpperQuartile, 10);
        Assert.Equal(ReportingPeriod.CalendarYear(2023), comparison.Period);
        Assert.Equal(s_class, comparison.SizeClass);
    }

    [Fact]
    public void Fewer_peers_than_the_minimum_give_no_statistic() =>
        Assert.Null(PeerComparison.Of(s_class, ReportingPeriod.CalendarYear(2023), Poverty(2023, 10, 4, 1, 5), 5));

    [Fact]
    public void Counts_enter_as_disclosure_shows_them_and_suppressed_ones_not_at_all()
    {
        // True 12, 23, 37, 44 and 3 show as 10, 25, 35, 45 and suppressed: the quartiles of [10, 25, 35, 45] (type 7:
        // 10 + 0.75·15 = 21.25, 30, 35 + 0.25·10 = 37.5), never of a true count.
        var year = ReportingPeriod.SchoolYear(2023);
        IndicatorReport[] peers = [.. new double[] { 12, 23, 37, 44, 3 }.Select((v, i) => Report(DutchIndicators.HomeSitters, i, (year, v)))];

        var comparison = PeerComparison.Of(s_class, year, peers, 4)!;

        Assert.Equal(4, comparison.Members);
        Assert.Equal(30, comparison.Median, 10);
        Assert.Equal(21.25, comparison.LowerQuartile, 10);
        Assert.Equal(37.5, comparison.UpperQuartile, 10);
        Assert.Null(PeerComparison.Of(s_class, year, peers, 5));
    }

    [Fact]
    public void Without_enough_figures_for_the_members_period_each_peers_latest_of_the_kind_counts()
    {
        IndicatorReport[] peers =
        [
            Report(DutchIndicators.LowIncomeMinors, 0, (ReportingPeriod.CalendarYear(2022), 7), (ReportingPeriod.CalendarYear(2023), 6)),
            Report(DutchIndicators.LowIncomeMinors, 1, (ReportingPeriod.CalendarYear(2021), 9), (ReportingPeriod.CalendarYear(2022), 8)),
            Report(DutchIndicators.LowIncomeMinors, 2, (ReportingPeriod.CalendarYear(2022), 5)),
        ];

        var comparison = PeerComparison.Of(s_class, ReportingPeriod.CalendarYear(2023), peers, 3)!;

        Assert.Null(comparison.Period);
        Assert.Equal(3, comparison.Members);
        Assert.Equal(6, comparison.Median, 10);
        Assert.Equal(5.5, comparison.LowerQuartile, 10);
        Assert.Equal(7, comparison.UpperQuartile, 10);
    }

    [Fact]
    public void The_quartiles_bracket_the_median_within_the_figures() =>
        Gen.Double[0, 100].Array[5, 30].Sample(values =>
        {
            var comparison = PeerComparison.Of(s_class, ReportingPeriod.CalendarYear(2023), Poverty(2023, values), 5)!;
            Assert.True(values.Min() <= comparison.LowerQuartile && comparison.LowerQuartile <= comparison.Median
                && comparison.Median <= comparison.UpperQuartile && comparison.UpperQuartile <= values.Max());
        }, iter: 300);

    [Fact]
    public void Reports_of_two_indicators_or_one_peer_twice_are_refused()
    {
        var period = ReportingPeriod.CalendarYear(2023);
        Assert.Throws<ArgumentException>(() => PeerComparison.Of(s_class, period, [.. Poverty(2023, 5, 6), Report(DutchIndicators.LongTermPovertyRisk, 3, (period, 4))], 1));
        Assert.Throws<ArgumentException>(() => PeerComparison.Of(s_class, period, [.. Poverty(2023, 5, 6), .. Poverty(2023, 7)], 1));
        Assert.Throws<ArgumentException>(() => PeerComparison.Of(s_class, default, Poverty(2023, 5), 1));
    }
}
