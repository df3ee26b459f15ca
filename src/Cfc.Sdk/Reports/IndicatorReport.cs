using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Targets;
using NodaTime;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Reports;

/// <summary>
/// What may be published about one indicator of one member and breakdown: the series after disclosure
/// control, the latest figure, the trend, and the target with its assessment. A breakdown's figures are
/// disclosed with their table (<see cref="DisclosureControl.DiscloseTable"/>), so that reports of the total and
/// of the other breakdowns cannot be subtracted to recover a suppressed one; every derived value is computed
/// from shown figures only.
/// </summary>
/// <remarks>
/// <para>Two reports are equal when all their properties are equal.</para>
/// <para>
/// JSON: <c>{"indicator":{...},"member":"GM0518","disaggregation":"","suppressBelow":10,"roundTo":5,"series":[...],"trend":{...},"target":{...},"assessment":{...}}</c>
/// (<see cref="Latest"/> is the last point of the series and is not written). Reading checks the series
/// (at least one point, one per period, in period order, of the indicator's period kinds, and for counts only
/// values the disclosure settings can show: multiples of <see cref="RoundTo"/>, none below the lowest shown count),
/// the settings themselves, the breakdown and that target and assessment come together, so an inconsistent report
/// is a <see cref="JsonException"/>. A report holds one cell of each period's table, so whether the table as a whole
/// was protected cannot be checked from it.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class IndicatorReport : IEquatable<IndicatorReport>
{
    private readonly ImmutableArray<ReportPoint> _series;

    private IndicatorReport(Indicator indicator, MemberCode member, Disaggregation disaggregation, int suppressBelow, int roundTo, ImmutableArray<ReportPoint> series, Trend? trend, Target? target, Assessment? assessment)
    {
        var settings = new DisclosureOptions { SuppressBelow = suppressBelow, RoundTo = roundTo };
        var problems = settings.Problems("Disclosure").ToArray();
        if (problems.Length > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(suppressBelow));
        }

        if (member == default)
        {
            throw new ArgumentException("A report needs a member code.", nameof(member));
        }

        indicator.Rules.CheckDisaggregation(indicator.Id, disaggregation, nameof(disaggregation));
        if (series.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A report needs at least one figure.", nameof(series));
        }

        for (var i = 0; i < series.Length; i++)
        {
            indicator.Rules.CheckPeriod(indicator.Id, series[i].Period, nameof(series));
            if (i > 0 && series[i - 1].Period >= series[i].Period)
            {
                throw new ArgumentException("A report's series holds one point per period, oldest first.", nameof(series));
            }

            if (indicator.Unit == IndicatorUnit.Count && series[i].Value.Value is { } shown
                && (shown % roundTo != 0 || shown < DisclosureOptions.Round(suppressBelow, roundTo)))
            {
                throw new ArgumentException(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A count of {shown} for {series[i].Period} cannot be shown with SuppressBelow={suppressBelow} and RoundTo={roundTo}."),
                    nameof(series));
            }
        }

        if (target is not null && target.Indicator != indicator.Id)
        {
            throw new ArgumentException($"The target is for '{target.Indicator}', not '{indicator.Id}'.", nameof(target));
        }

        if ((target is null) != (assessment is null))
        {
            throw new ArgumentException("A report has an assessment exactly when it has a target.", nameof(assessment));
        }

        Indicator = indicator;
        Member = member;
        Disaggregation = disaggregation;
        SuppressBelow = suppressBelow;
        RoundTo = roundTo;
        _series = series;
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

    /// <summary>The threshold of the disclosure control the series was disclosed with (<see cref="DisclosureControl.SuppressBelow"/>).</summary>
    public int SuppressBelow { get; }

    /// <summary>The rounding base of the disclosure control the series was disclosed with (<see cref="DisclosureControl.RoundTo"/>).</summary>
    public int RoundTo { get; }

    /// <summary>The current figures after disclosure control, oldest period first.</summary>
    public IReadOnlyList<ReportPoint> Series => _series;

    /// <summary>The most recent figure.</summary>
    public ReportPoint? Latest => _series[^1];

    /// <summary>The trend through the shown figures (at their period midpoints), or <see langword="null"/> with fewer than two.</summary>
    public Trend? Trend { get; }

    /// <summary>The member's target, or <see langword="null"/> when none is set.</summary>
    public Target? Target { get; }

    /// <summary>The standing against <see cref="Target"/>, or <see langword="null"/> when no target is set.</summary>
    public Assessment? Assessment { get; }

    /// <summary>Builds the report of one breakdown from the current figures of one indicator and member.</summary>
    /// <param name="indicator">The indicator's definition.</param>
    /// <param name="figures">
    /// The current figures of the indicator for one member, one per breakdown and period, e.g. from
    /// <see cref="ObservationLedger.Figures"/>. Each period's figures are disclosed as one table (the total with every
    /// breakdown of that period; see <see cref="DisclosureControl.DiscloseTable"/>), the same for every report of the
    /// period, so a breakdown's periods must include their total.
    /// </param>
    /// <param name="disclosure">The disclosure control to apply.</param>
    /// <param name="today">Today in the member's zone.</param>
    /// <param name="target">The member's target for the indicator and breakdown, if any.</param>
    /// <param name="disaggregation">The breakdown to report on; the total when omitted.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/>, <paramref name="figures"/> (or one of its items) or <paramref name="disclosure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The figures hold none of the breakdown, mix indicators or members, or repeat a breakdown and period; a
    /// period's table is incomplete or does not add up (see <see cref="DisclosureControl.DiscloseTable"/>); the breakdown is not
    /// one of the indicator's; or the target is for another indicator.
    /// </exception>
    public static IndicatorReport Create(Indicator indicator, IEnumerable<Observation> figures, DisclosureControl disclosure, LocalDate today, Target? target = null, Disaggregation disaggregation = default)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(disclosure);
        var all = figures.ToArray();
        foreach (var figure in all)
        {
            ArgumentNullException.ThrowIfNull(figure, nameof(figures));
        }

        if (all.Length == 0 || !all.Any(o => o.Disaggregation == disaggregation))
        {
            throw new ArgumentException(
                $"A report needs at least one figure of '{indicator.Id}' for {(disaggregation.IsTotal ? "the total" : $"the breakdown '{disaggregation}'")}.", nameof(figures));
        }

        var member = all[0].Member;
        if (all.Any(o => o.Indicator != indicator.Id || o.Member != member) || all.Select(o => o.Key).Distinct().Count() != all.Length)
        {
            throw new ArgumentException($"A report covers one figure per period and breakdown of indicator '{indicator.Id}' for one member.", nameof(figures));
        }

        if (target is not null && target.Indicator != indicator.Id)
        {
            throw new ArgumentException($"The target is for '{target.Indicator}', not '{indicator.Id}'.", nameof(target));
        }

        var points = all
            .Where(o => o.Disaggregation == disaggregation)
            .OrderBy(o => o.Period)
            .Select(o => new ReportPoint(o.Period, Disclose(indicator, all, o, disclosure, disaggregation), o.Status))
            .ToImmutableArray();
        var trend = Trend.Fit(points.Where(p => !p.Value.IsSuppressed).Select(p => new DataPoint(p.Period.Midpoint, p.Value.Value!.Value)));
        var assessment = target is null ? null : Assessment.Assess(target, points, trend, today, indicator.Clamp);
        return new IndicatorReport(indicator, member, disaggregation, disclosure.SuppressBelow, disclosure.RoundTo, points, trend, target, assessment);
    }

    private static DisclosedValue Disclose(Indicator indicator, Observation[] all, Observation figure, DisclosureControl disclosure, Disaggregation disaggregation) =>
        // Every report of a period picks its cell from the same table, so that reports cannot be combined to recover a suppressed cell.
        disclosure.DiscloseTable(indicator, all.Where(o => o.Period == figure.Period))[disaggregation];

    /// <inheritdoc />
    public bool Equals(IndicatorReport? other) =>
        other is not null
        && Indicator.Equals(other.Indicator) && Indicator.Rules.Equals(other.Indicator.Rules)
        && Member == other.Member && Disaggregation == other.Disaggregation && SuppressBelow == other.SuppressBelow && RoundTo == other.RoundTo
        && _series.SequenceEqual(other._series)
        && Equals(Trend, other.Trend) && Equals(Target, other.Target) && Equals(Assessment, other.Assessment);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, Member, Disaggregation, _series.Length, Trend, Target, Assessment);

    private sealed record Stored(
        [property: JsonRequired] Indicator Indicator,
        [property: JsonRequired] MemberCode Member,
        [property: JsonRequired] Disaggregation Disaggregation,
        [property: JsonRequired] int SuppressBelow,
        [property: JsonRequired] int RoundTo,
        [property: JsonRequired] ImmutableArray<ReportPoint> Series,
        Trend? Trend,
        Target? Target,
        Assessment? Assessment);

    private sealed class Converter : StoredFormJsonConverter<IndicatorReport, Stored>
    {
        protected override Stored ToStored(IndicatorReport value) =>
            new(value.Indicator, value.Member, value.Disaggregation, value.SuppressBelow, value.RoundTo, value._series, value.Trend, value.Target, value.Assessment);

        protected override IndicatorReport FromStored(Stored stored) => stored.Indicator is null
            ? throw new ArgumentException("A report names its indicator.", nameof(stored))
            : new(stored.Indicator, stored.Member, stored.Disaggregation, stored.SuppressBelow, stored.RoundTo, stored.Series, stored.Trend, stored.Target, stored.Assessment);
    }
}
