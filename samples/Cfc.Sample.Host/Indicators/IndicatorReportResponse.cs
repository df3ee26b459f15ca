using System.Text.Json.Serialization;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Peers;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Targets;
using NodaTime;

namespace Cfc.Sample.Host.Indicators;

/// <summary>
/// One indicator with data for a member, as disclosed:
/// <c>{"indicator","name","unit","polarity","latest","series","trend","target","assessment","forecast","peers"}</c>, and,
/// added to the contract, <c>snapshotDay</c>.
/// </summary>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Name">Its Dutch name.</param>
/// <param name="Unit">The unit of its values.</param>
/// <param name="Polarity">Whether higher values are better or worse.</param>
/// <param name="Latest">The latest period's figure.</param>
/// <param name="Series">Every period's figure, oldest first.</param>
/// <param name="Trend">The straight-line trend through the shown figures; <see langword="null"/> with fewer than two.</param>
/// <param name="Target">The member's target for the indicator; <see langword="null"/> when none is set.</param>
/// <param name="Assessment">Where the indicator stands against its target; <see langword="null"/> without a target.</param>
/// <param name="Forecast">When the trend reaches the target; <see langword="null"/> without a target.</param>
/// <param name="Peers">
/// The peers' median and quartiles; <see langword="null"/> when withheld (fewer peers with a shown figure than
/// <c>Cfc:Peers:MinimumPeers</c>) or when the member has no population figure to place it in a size class.
/// </param>
/// <param name="SnapshotDay">The day of the year the indicator's snapshots are of, <c>MM-dd</c>; <see langword="null"/> when any day.</param>
internal sealed record IndicatorReportResponse(
    string Indicator,
    string Name,
    IndicatorUnit Unit,
    Polarity Polarity,
    ReportPointResponse? Latest,
    IReadOnlyList<ReportPointResponse> Series,
    TrendResponse? Trend,
    TargetResponse? Target,
    AssessmentResponse? Assessment,
    ForecastResponse? Forecast,
    PeersResponse? Peers,
    string? SnapshotDay)
{
    /// <summary>The response for the domain's <paramref name="report"/>.</summary>
    /// <param name="report">The report of one indicator's totals.</param>
    /// <param name="forecast">The forecast of its target, if it has one.</param>
    /// <param name="peers">The comparison with the member's peers, if shown.</param>
    /// <returns>The response.</returns>
    public static IndicatorReportResponse From(IndicatorReport report, Forecast? forecast, PeerComparison? peers) => new(
        report.Indicator.Id.ToString(),
        report.Indicator.Name,
        report.Indicator.Unit,
        report.Indicator.Polarity,
        report.Latest is { } latest ? ReportPointResponse.From(latest) : null,
        [.. report.Series.Select(ReportPointResponse.From)],
        report.Trend is { } trend ? new(trend.SlopePerYear, trend.Origin, trend.ValueAtOrigin, trend.Points) : null,
        report.Target is { } target ? TargetResponse.From(target) : null,
        report.Assessment is { } assessment ? new(assessment.Status, assessment.ProjectedValue, assessment.TargetDate) : null,
        forecast is null ? null : new(forecast.Status, forecast.Reaches, forecast.Earliest, forecast.Latest, forecast.Confidence),
        peers is null ? null : new(peers.SizeClass.ToString(), peers.Members, peers.Median, peers.LowerQuartile, peers.UpperQuartile, peers.Period?.ToString()),
        IndicatorResponse.SnapshotDayText(report.Indicator));
}

/// <summary>One period's figure as disclosed: <c>{"period","value","suppressed","status"}</c>.</summary>
/// <param name="Period">The period, as text (<c>2023</c>).</param>
/// <param name="Value">The value shown; <see langword="null"/> when suppressed.</param>
/// <param name="Suppressed">Whether disclosure control (or the source) suppressed the value.</param>
/// <param name="Status">How settled the figure is.</param>
internal sealed record ReportPointResponse(string Period, double? Value, bool Suppressed, ObservationStatus Status)
{
    /// <summary>
    /// In a successor's report, the code of the predecessor the figure comes from (<c>"GM0457"</c>); left out for the
    /// member's own figures.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Origin { get; init; }

    /// <summary>The response for <paramref name="point"/>.</summary>
    /// <param name="point">The report's point.</param>
    /// <returns>The response.</returns>
    public static ReportPointResponse From(ReportPoint point) =>
        new(point.Period.ToString(), point.Value.Value, point.Value.IsSuppressed, point.Status);
}

/// <summary>A straight-line trend: <c>{"slopePerYear","origin","valueAtOrigin","points"}</c>.</summary>
/// <param name="SlopePerYear">The change per year.</param>
/// <param name="Origin">The date the line is anchored at.</param>
/// <param name="ValueAtOrigin">The line's value on <paramref name="Origin"/>.</param>
/// <param name="Points">How many figures it was fitted to.</param>
internal sealed record TrendResponse(double SlopePerYear, LocalDate Origin, double ValueAtOrigin, int Points);

/// <summary>A target: <c>{"baselinePeriod","baselineValue","value","date"}</c>.</summary>
/// <param name="BaselinePeriod">The period of the baseline figure.</param>
/// <param name="BaselineValue">The baseline figure.</param>
/// <param name="Value">The value aimed for.</param>
/// <param name="Date">The date it is aimed for.</param>
internal sealed record TargetResponse(string BaselinePeriod, double BaselineValue, double Value, LocalDate Date)
{
    /// <summary>The response for <paramref name="target"/>.</summary>
    /// <param name="target">The domain's target.</param>
    /// <returns>The response.</returns>
    public static TargetResponse From(Target target) => new(target.BaselinePeriod.ToString(), target.BaselineValue, target.Value, target.Date);
}

/// <summary>An assessment against a target: <c>{"status","projectedValue","targetDate"}</c>.</summary>
/// <param name="Status">Where the indicator stands.</param>
/// <param name="ProjectedValue">The trend's value on the target date, when there is a trend.</param>
/// <param name="TargetDate">The target's date.</param>
internal sealed record AssessmentResponse(AssessmentStatus Status, double? ProjectedValue, LocalDate TargetDate);

/// <summary>
/// When the trend reaches the target: <c>{"status","reaches","earliest","latest","confidence"}</c>, the domain's
/// <see cref="Forecast"/> (its remarks state the method).
/// </summary>
/// <param name="Status">
/// <c>Reached</c>, <c>OnThisTrend</c> (all three dates), <c>NotOnThisTrend</c> (flat or pointing away),
/// <c>BeyondHorizon</c> (no interval within <c>Cfc:Forecast:HorizonYears</c>; <c>reaches</c> when the line's date is within it)
/// or <c>TooFewPoints</c> (fewer than three shown figures).
/// </param>
/// <param name="Reaches">The date the trend line reaches the target value.</param>
/// <param name="Earliest">The prediction interval's first date.</param>
/// <param name="Latest">The prediction interval's last date.</param>
/// <param name="Confidence">The interval's confidence (<c>Cfc:Forecast:Confidence</c>), e.g. 0.8.</param>
internal sealed record ForecastResponse(ForecastStatus Status, LocalDate? Reaches, LocalDate? Earliest, LocalDate? Latest, double Confidence);

/// <summary>
/// The member's peers on an indicator: <c>{"sizeClass","members","median","lowerQuartile","upperQuartile","period"}</c>,
/// from their figures as disclosure control shows them.
/// </summary>
/// <param name="SizeClass">The size class by inhabitants, e.g. <c>20000-50000</c> or <c>250000+</c>.</param>
/// <param name="Members">How many peers' figures are counted.</param>
/// <param name="Median">Their median.</param>
/// <param name="LowerQuartile">Their first quartile.</param>
/// <param name="UpperQuartile">Their third quartile.</param>
/// <param name="Period">
/// The period of every figure counted (the member's latest); <see langword="null"/> when too few peers have a figure for
/// it and each peer's latest figure of the same kind of period is counted instead.
/// </param>
internal sealed record PeersResponse(string SizeClass, int Members, double Median, double LowerQuartile, double UpperQuartile, string? Period);
