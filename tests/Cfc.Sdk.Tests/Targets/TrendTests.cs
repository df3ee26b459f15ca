using Cfc.Sdk.Targets;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.Targets;

public sealed class TrendTests
{
    [Fact]
    public void A_line_through_points_on_a_line_is_that_line() =>
        Gen.Select(Gen.Double[-100, 100], Gen.Double[-10, 10], Gen.Int[2, 8]).Sample((intercept, slope, count) =>
        {
            var origin = new LocalDate(2015, 1, 1);
            var points = Enumerable.Range(0, count).Select(i => origin.PlusYears(i)).Select(d => new DataPoint(d, intercept + (slope * Period.DaysBetween(origin, d) / 365.2425)));
            var trend = Trend.Fit(points)!;
            Assert.Equal(slope, trend.SlopePerYear, tolerance: 1e-6);
            Assert.Equal(intercept + (slope * 20 * 365 / 365.2425), trend.ValueOn(origin.PlusDays(20 * 365)), tolerance: 1e-6);
        }, iter: 10_000);

    [Fact]
    public void Least_squares_averages_noisy_points()
    {
        var trend = Trend.Fit([new(new LocalDate(2020, 7, 2), 10), new(new LocalDate(2021, 7, 2), 14), new(new LocalDate(2022, 7, 2), 12)])!;
        Assert.Equal(1.0, trend.SlopePerYear, 2);
        Assert.Equal(3, trend.Points);
    }

    [Fact]
    public void Fewer_than_two_distinct_dates_give_no_trend()
    {
        Assert.Null(Trend.Fit([]));
        Assert.Null(Trend.Fit([new(new LocalDate(2020, 1, 1), 3)]));
        Assert.Null(Trend.Fit([new(new LocalDate(2020, 1, 1), 3), new(new LocalDate(2020, 1, 1), 5)]));
    }

    [Fact]
    public void Values_too_large_for_a_line_in_double_precision_give_no_trend()
    {
        Assert.Null(Trend.Fit([new(new LocalDate(2020, 1, 1), 1e308), new(new LocalDate(2021, 1, 1), 1e308)]));
        Assert.Null(Trend.Fit([new(new LocalDate(2020, 1, 1), -1.7e308), new(new LocalDate(2021, 1, 1), 1.7e308)]));
    }

    [Fact]
    public void Non_finite_values_are_rejected() =>
        Assert.Throws<ArgumentException>(() => Trend.Fit([new(new LocalDate(2020, 1, 1), double.NaN), new(new LocalDate(2021, 1, 1), 1)]));
}
