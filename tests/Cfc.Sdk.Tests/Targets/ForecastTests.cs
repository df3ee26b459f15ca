using Cfc.Sdk.Indicators;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Targets;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.Targets;

/// <summary>
/// The worked numbers come from an independent Python 3 check (standard library only), which finds Student's t
/// quantile by integrating its density (Simpson's rule) and bisecting, fits the line and solves the band's quadratic:
/// <code>
/// import math, datetime as dt
/// def tpdf(x, v): return math.exp(math.lgamma((v+1)/2)-math.lgamma(v/2))/math.sqrt(v*math.pi)*(1+x*x/v)**(-(v+1)/2)
/// def tcdf(x, v, steps=20000):
///     h = x/steps; s = tpdf(0,v)+tpdf(x,v)
///     for i in range(1,steps): s += (4 if i%2 else 2)*tpdf(i*h,v)
///     return 0.5 + s*h/3
/// def tq(p, v):
///     lo, hi = 0.0, 100.0
///     for _ in range(100):
///         mid=(lo+hi)/2
///         if tcdf(mid,v) &lt; p: lo=mid
///         else: hi=mid
///     return (lo+hi)/2
/// def forecast(points, target, lower_is_better, conf=0.8):
///     d0 = min(d for d,_ in points)
///     xs = [(d-d0).days/365.2425 for d,_ in points]; ys=[(-1 if lower_is_better else 1)*y for _,y in points]
///     g = (-1 if lower_is_better else 1)*target
///     n=len(xs); mx=sum(xs)/n; my=sum(ys)/n
///     sxx=sum((x-mx)**2 for x in xs); b=sum((x-mx)*(y-my) for x,y in zip(xs,ys))/sxx
///     sse=sum((y-(my+b*(x-mx)))**2 for x,y in zip(xs,ys)); k=tq((1+conf)/2, n-2)**2*sse/(n-2)
///     A=b*b-k/sxx; gap=g-my; root=math.sqrt((gap*b)**2 - A*(gap*gap-k*(1+1/n)))
///     day=lambda u: d0+dt.timedelta(days=round((mx+u)*365.2425))
///     return day(gap/b), day((gap*b-root)/A), day((gap*b+root)/A)
/// D=dt.date
/// print(tq(0.9,3), tq(0.95,10), tq(0.975,1))   # 1.6377 1.8125 12.7062, as in the tables
/// poverty=[(D(2019,7,2),8.1),(D(2020,7,2),7.9),(D(2021,7,2),7.2),(D(2022,7,2),7.0),(D(2023,7,2),6.4)]
/// print(forecast(poverty, 5.0, True))          # 2026-11-23, 2025-12-10, 2028-03-01
/// print(forecast(poverty, 5.0, True, 0.95))    # 2026-11-23, 2025-03-23, 2029-11-15
/// play=[(D(2020,7,2),40),(D(2021,7,2),44),(D(2022,7,2),45),(D(2023,7,2),51)]
/// print(forecast(play, 60, False))             # 2026-05-30, 2025-01-02, 2029-02-14
/// </code>
/// </summary>
public sealed class ForecastTests
{
    private static readonly Target s_poverty = Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2019), 8.1, 5.0, new LocalDate(2030, 12, 31));
    private static readonly Target s_play = Target.Create(DutchIndicators.PlaySpaceShare, ReportingPeriod.Snapshot(new LocalDate(2019, 12, 31)), 38, 60, new LocalDate(2030, 12, 31));

    private static DataPoint[] Poverty(params double[] values) =>
        [.. values.Select((v, i) => new DataPoint(new LocalDate(2019 + i, 7, 2), v))];

    [Fact]
    public void A_falling_figure_reaches_its_ceiling_on_the_lines_date_within_the_prediction_band()
    {
        var forecast = Forecast.Of(s_poverty, Poverty(8.1, 7.9, 7.2, 7.0, 6.4), new ForecastOptions());

        Assert.Equal(ForecastStatus.OnThisTrend, forecast.Status);
        Assert.Equal(new LocalDate(2026, 11, 23), forecast.Reaches);
        Assert.Equal(new LocalDate(2025, 12, 10), forecast.Earliest);
        Assert.Equal(new LocalDate(2028, 3, 1), forecast.Latest);
        Assert.Equal(0.8, forecast.Confidence);
    }

    [Fact]
    public void A_higher_confidence_widens_the_interval_around_the_same_date()
    {
        var forecast = Forecast.Of(s_poverty, Poverty(8.1, 7.9, 7.2, 7.0, 6.4), new ForecastOptions { Confidence = 0.95 });

        Assert.Equal(new LocalDate(2026, 11, 23), forecast.Reaches);
        Assert.Equal(new LocalDate(2025, 3, 23), forecast.Earliest);
        Assert.Equal(new LocalDate(2029, 11, 15), forecast.Latest);
    }

    [Fact]
    public void A_rising_figure_reaches_its_floor()
    {
        DataPoint[] points = [new(new LocalDate(2020, 7, 2), 40), new(new LocalDate(2021, 7, 2), 44), new(new LocalDate(2022, 7, 2), 45), new(new LocalDate(2023, 7, 2), 51)];

        var forecast = Forecast.Of(s_play, points.Reverse(), new ForecastOptions());

        Assert.Equal(ForecastStatus.OnThisTrend, forecast.Status);
        Assert.Equal(new LocalDate(2026, 5, 30), forecast.Reaches);
        Assert.Equal(new LocalDate(2025, 1, 2), forecast.Earliest);
        Assert.Equal(new LocalDate(2029, 2, 14), forecast.Latest);
    }

    [Fact]
    public void A_latest_figure_that_meets_the_target_has_reached_it() =>
        Assert.Equal(ForecastStatus.Reached, Forecast.Of(s_poverty, Poverty(6, 4.9), new ForecastOptions()).Status);

    [Fact]
    public void Fewer_than_three_figures_give_no_interval()
    {
        Assert.Equal(ForecastStatus.TooFewPoints, Forecast.Of(s_poverty, [], new ForecastOptions()).Status);
        var forecast = Forecast.Of(s_poverty, Poverty(8, 7), new ForecastOptions());
        Assert.Equal(ForecastStatus.TooFewPoints, forecast.Status);
        Assert.Null(forecast.Reaches);
    }

    [Fact]
    public void A_flat_line_or_one_pointing_away_is_not_on_this_trend()
    {
        Assert.Equal(ForecastStatus.NotOnThisTrend, Forecast.Of(s_poverty, Poverty(7, 7, 7), new ForecastOptions()).Status);
        var away = Forecast.Of(s_poverty, Poverty(6, 7, 8), new ForecastOptions());
        Assert.Equal(ForecastStatus.NotOnThisTrend, away.Status);
        Assert.Null(away.Reaches);
        Assert.Null(away.Earliest);
    }

    [Fact]
    public void Figures_that_scatter_more_than_they_move_give_the_lines_date_but_no_interval()
    {
        // Python as above: slope 0.2 a year towards 2, but b² − t²s²/Sxx = −1.52, so the band's worse edge never reaches the target.
        var target = Target.Create(DutchIndicators.LowIncomeMinors, ReportingPeriod.CalendarYear(2019), 8, 2, new LocalDate(2030, 12, 31));

        var forecast = Forecast.Of(target, Poverty(8, 5, 9, 4, 7.5), new ForecastOptions());

        Assert.Equal(ForecastStatus.BeyondHorizon, forecast.Status);
        Assert.Equal(new LocalDate(2044, 12, 19), forecast.Reaches);
        Assert.Null(forecast.Earliest);
        Assert.Null(forecast.Latest);
    }

    [Fact]
    public void A_date_beyond_the_horizon_is_not_given()
    {
        // 0.01 a year from 7.02 to 5: two centuries away.
        var forecast = Forecast.Of(s_poverty, Poverty(7.03, 7.02, 7.01), new ForecastOptions { HorizonYears = 100 });

        Assert.Equal(ForecastStatus.BeyondHorizon, forecast.Status);
        Assert.Null(forecast.Reaches);
    }

    [Fact]
    public void Invalid_settings_are_refused_naming_them()
    {
        var error = Assert.Throws<ArgumentException>(() => Forecast.Of(s_poverty, Poverty(8, 7, 6), new ForecastOptions { Confidence = 1 }));
        Assert.Contains("ForecastOptions.Confidence", error.Message, StringComparison.Ordinal);
        error = Assert.Throws<ArgumentException>(() => Forecast.Of(s_poverty, Poverty(8, 7, 6), new ForecastOptions { HorizonYears = 0 }));
        Assert.Contains("ForecastOptions.HorizonYears", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_of_two_kinds_of_period_on_one_date_are_fitted_and_three_on_one_date_give_no_line()
    {
        // A year's and a half-year's figure can share a midpoint; the line is fitted through both, as Trend does.
        Assert.Equal(ForecastStatus.OnThisTrend, Forecast.Of(s_poverty, [.. Poverty(8.1, 7.9, 7.2, 7.0, 6.4), new(new LocalDate(2023, 7, 2), 6.5)], new ForecastOptions()).Status);
        var oneDate = Enumerable.Range(0, 3).Select(i => new DataPoint(new LocalDate(2023, 7, 2), 9 - i));
        Assert.Equal(ForecastStatus.TooFewPoints, Forecast.Of(s_poverty, oneDate, new ForecastOptions()).Status);
    }

    private static readonly Gen<(DataPoint[] Points, double[] Residuals, double Factor, double Confidence)> s_noisyLines =
        Gen.Select(Gen.Double[0.5, 5], Gen.Double[-3, 3].Array[3, 8], Gen.Double[1, 4], Gen.Double[0.5, 0.99]).Select((slope, noise, factor, confidence) =>
        {
            var points = noise.Select((e, i) => new DataPoint(new LocalDate(2015 + i, 12, 31), 10 + (slope * i) + e)).ToArray();
            var line = Trend.Fit(points)!;
            return (points, points.Select(p => p.Value - line.ValueOn(p.Date)).ToArray(), factor, confidence);
        });

    [Fact]
    public void The_interval_contains_the_lines_date() =>
        s_noisyLines.Sample(x =>
        {
            var forecast = Forecast.Of(s_play, x.Points, new ForecastOptions { Confidence = x.Confidence });
            if (forecast.Status == ForecastStatus.OnThisTrend)
            {
                Assert.True(forecast.Earliest <= forecast.Reaches && forecast.Reaches <= forecast.Latest, $"{forecast.Earliest} {forecast.Reaches} {forecast.Latest}");
            }
        }, iter: 5_000);

    [Fact]
    public void More_scatter_around_the_same_line_never_narrows_the_interval() =>
        s_noisyLines.Sample(x =>
        {
            var line = Trend.Fit(x.Points)!;
            var noisier = x.Points.Select((p, i) => new DataPoint(p.Date, line.ValueOn(p.Date) + (x.Factor * x.Residuals[i]))).ToArray();
            var options = new ForecastOptions { Confidence = x.Confidence };
            var calm = Forecast.Of(s_play, x.Points, options);
            var noisy = Forecast.Of(s_play, noisier, options);
            if (calm.Status == ForecastStatus.Reached || noisy.Status == ForecastStatus.Reached)
            {
                return;
            }

            if (noisy.Status == ForecastStatus.OnThisTrend)
            {
                Assert.Equal(ForecastStatus.OnThisTrend, calm.Status);
                Assert.True(noisy.Earliest <= calm.Earliest && calm.Latest <= noisy.Latest, $"{calm.Earliest}–{calm.Latest} within {noisy.Earliest}–{noisy.Latest}");
            }
        }, iter: 5_000);
}
