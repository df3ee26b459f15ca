using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Targets;
using NodaTime;

namespace Cfc.Sdk.Reports;

/// <summary>
/// What may be published about one indicator of one member and breakdown: the series after disclosure
/// control, the latest figure, the trend, and the target with its assessment. Every derived value is
/// computed from shown figures only, so a suppressed count cannot be recovered from the report.
/// </summary>
public sealed class IndicatorReport
{
    private IndicatorReport(Indicator indicator, MemberCode member, Disaggregation disaggregation, IReadOnlyList<ReportPoint> series, Trend? trend, Target? target, Assessment? assessment)
    {
        Indicator = indicator;
        Member = member;
        Disaggregation = disaggregation;
        Series = series;
        Trend = trend;
        Target = target;
        Assessment = assessment;
    }

    /// <summary>The indicator reported on.</summary>
    public Indicator Indicator { get; }

    /// <summary>The member reported on.</summary>
    public MemberCode Member { get; }

    /// <summary>The breakdown reported on.</summary>
    public Disaggregation Disaggregation { get; }

    /// <summary>The current figures after disclosure control, oldest period first.</summary>
    public IReadOnlyList<ReportPoint> Series { get; }

    /// <summary>The most recent figure, or <see langword="null"/> for an empty series.</summary>
    public ReportPoint? Latest => Series.Count == 0 ? null : Series[^1];

    /// <summary>The trend through the shown figures (at their period midpoints), or <see langword="null"/> with fewer than two.</summary>
    public Trend? Trend { get; }

    /// <summary>The member's target, or <see langword="null"/> when none is set.</summary>
    public Target? Target { get; }

    /// <summary>The standing against <see cref="Target"/>, or <see langword="null"/> when no target is set.</summary>
    public Assessment? Assessment { get; }

    /// <summary>Builds the report from the current figures of one indicator, member and breakdown.</summary>
    /// <param name="indicator">The indicator's definition.</param>
    /// <param name="series">The current figures, e.g. from <see cref="ObservationLedger.Series"/>; all of one member and breakdown, one per period.</param>
    /// <param name="disclosure">The disclosure control to apply.</param>
    /// <param name="today">Today in the member's zone.</param>
    /// <param name="target">The member's target for the indicator, if any.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The series is empty, mixes indicators, members or breakdowns, or repeats a period; or the target is for another indicator.</exception>
    public static IndicatorReport Create(Indicator indicator, IEnumerable<Observation> series, DisclosureControl disclosure, LocalDate today, Target? target = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(disclosure);
        var figures = series.OrderBy(o => o.Period).ToArray();
        if (figures.Length == 0)
        {
            throw new ArgumentException("A report needs at least one figure.", nameof(series));
        }

        var first = figures[0];
        if (figures.Any(o => o.Indicator != indicator.Id || o.Member != first.Member || o.Disaggregation != first.Disaggregation)
            || figures.Select(o => o.Period).Distinct().Count() != figures.Length)
        {
            throw new ArgumentException($"A report covers one figure per period of indicator '{indicator.Id}' for one member and breakdown.", nameof(series));
        }

        if (target is not null && target.Indicator != indicator.Id)
        {
            throw new ArgumentException($"The target is for '{target.Indicator}', not '{indicator.Id}'.", nameof(target));
        }

        var points = figures.Select(o => new ReportPoint(o.Period, disclosure.Disclose(indicator, o.Value), o.Status)).ToArray();
        var trend = Trend.Fit(points.Where(p => !p.Value.IsSuppressed).Select(p => new DataPoint(p.Period.Midpoint, p.Value.Value!.Value)));
        var assessment = target is null ? null : Assessment.Assess(target, points, trend, today, indicator.Clamp);
        return new IndicatorReport(indicator, first.Member, first.Disaggregation, points, trend, target, assessment);
    }
}
