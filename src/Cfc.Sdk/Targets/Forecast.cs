using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Serialization;
using MathNet.Numerics.Distributions;
using NodaTime;

namespace Cfc.Sdk.Targets;

/// <summary>
/// When an indicator's trend reaches its target: the date the least-squares line through the shown figures crosses
/// the target value, with a prediction interval around it, or why there is none.
/// </summary>
/// <remarks>
/// <para>
/// The method. With n shown figures (x in years, as in <see cref="Trend"/>, y the value), the ordinary least-squares
/// line ŷ(x) = a + b·x, its residual standard error s = √(Σ(y − ŷ)² / (n − 2)) and Sxx = Σ(x − x̄)², a new figure at x
/// lies within ŷ(x) ± t·s·√(1 + 1/n + (x − x̄)²/Sxx) with the stated <see cref="Confidence"/>, where t is Student's t
/// quantile at (1 + confidence)/2 with n − 2 degrees of freedom (the prediction band of the regression).
/// <see cref="Reaches"/> is where the line crosses the target value; <see cref="Earliest"/> where the band's better
/// edge first reaches it; <see cref="Latest"/> where its worse edge reaches it for good. Both edges are found exactly:
/// (ŷ(x) − target)² = t²·s²·(1 + 1/n + (x − x̄)²/Sxx) is a quadratic in x, whose two roots are the two dates when
/// b² &gt; t²·s²/Sxx; otherwise the worse edge never reaches the target and the forecast is
/// <see cref="ForecastStatus.BeyondHorizon"/>.
/// </para>
/// <para>
/// Only shown figures enter (suppressed ones carry no value), so a forecast reveals nothing that is not shown. Dates
/// are whole days, rounded from the line's x. Two forecasts are equal when all their properties are equal.
/// </para>
/// <para>
/// JSON: <c>{"status":"OnThisTrend","reaches":"2026-11-23","earliest":"2025-12-10","latest":"2028-03-01","confidence":0.8}</c>
/// (dates <see langword="null"/> when not given); reading checks that the dates given fit the status and are in order,
/// so an inconsistent forecast is a <see cref="JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed record Forecast
{
    private Forecast(ForecastStatus status, LocalDate? reaches, LocalDate? earliest, LocalDate? latest, double confidence)
    {
        var dated = status == ForecastStatus.OnThisTrend
            ? reaches is { } r && earliest is { } e && latest is { } l && e <= r && r <= l
            : earliest is null && latest is null && (reaches is null || status == ForecastStatus.BeyondHorizon);
        if (!Enum.IsDefined(status) || !dated || !(confidence is > 0 and < 1))
        {
            throw new ArgumentException(
                "A forecast has a defined status, a confidence above 0 and below 1, and dates only when on this trend (earliest ≤ reaches ≤ latest) or beyond the horizon (reaches).",
                nameof(status));
        }

        Status = status;
        Reaches = reaches;
        Earliest = earliest;
        Latest = latest;
        Confidence = confidence;
    }

    /// <summary>What the forecast could say.</summary>
    public ForecastStatus Status { get; }

    /// <summary>
    /// The date the trend line reaches the target value: given when <see cref="Status"/> is
    /// <see cref="ForecastStatus.OnThisTrend"/>, and for <see cref="ForecastStatus.BeyondHorizon"/> when that date is within the horizon.
    /// </summary>
    public LocalDate? Reaches { get; }

    /// <summary>The earliest date of the prediction interval; given only when <see cref="Status"/> is <see cref="ForecastStatus.OnThisTrend"/>.</summary>
    public LocalDate? Earliest { get; }

    /// <summary>The latest date of the prediction interval; given only when <see cref="Status"/> is <see cref="ForecastStatus.OnThisTrend"/>.</summary>
    public LocalDate? Latest { get; }

    /// <summary>The confidence of the prediction interval, e.g. 0.8.</summary>
    public double Confidence { get; }

    /// <summary>Forecasts when the shown figures reach <paramref name="target"/>.</summary>
    /// <param name="target">The target.</param>
    /// <param name="points">The shown figures (each period's at its midpoint), in any order; figures on one date are fitted as <see cref="Trend"/> fits them.</param>
    /// <param name="options">The confidence and the horizon.</param>
    /// <returns>
    /// <see cref="ForecastStatus.Reached"/> when the latest figure meets the target; otherwise
    /// <see cref="ForecastStatus.TooFewPoints"/> with fewer than three figures or two dates, <see cref="ForecastStatus.NotOnThisTrend"/>
    /// when the line is flat or points away from the target (or its numbers are beyond double precision),
    /// <see cref="ForecastStatus.BeyondHorizon"/> when the interval does not close within <see cref="ForecastOptions.HorizonYears"/>
    /// of the figures, else <see cref="ForecastStatus.OnThisTrend"/> with the date and its interval.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static Forecast Of(Target target, IEnumerable<DataPoint> points, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems("ForecastOptions").ToArray();
        if (problems.Length > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var list = points.OrderBy(p => p.Date).ToArray();

        var confidence = options.Confidence;
        if (list.Length > 0 && target.IsMetBy(list[^1].Value))
        {
            return new(ForecastStatus.Reached, null, null, null, confidence);
        }

        if (list.Length < 3 || list.Select(p => p.Date).Distinct().Count() < 2)
        {
            return new(ForecastStatus.TooFewPoints, null, null, null, confidence);
        }

        // Measured in the better direction, a target is a floor: the line must rise to it.
        var better = target.Polarity == Polarity.LowerIsBetter ? -1.0 : 1.0;
        var origin = list[0].Date;
        var n = list.Length;
        var xs = list.Select(p => Trend.Years(origin, p.Date)).ToArray();
        var ys = list.Select(p => better * p.Value).ToArray();
        var goal = better * target.Value;
        var meanX = xs.Average();
        var meanY = ys.Average();
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (xs[i] - meanX) * (xs[i] - meanX);
            sxy += (xs[i] - meanX) * (ys[i] - meanY);
        }

        var slope = sxy / sxx;
        double squaredResiduals = 0;
        for (var i = 0; i < n; i++)
        {
            var residual = ys[i] - (meanY + (slope * (xs[i] - meanX)));
            squaredResiduals += residual * residual;
        }

        // Below the line's centre x̄ by gap: the line reaches the goal at x̄ + gap/slope.
        var gap = goal - meanY;
        if (!double.IsFinite(slope) || !double.IsFinite(squaredResiduals) || !double.IsFinite(gap) || slope <= 0)
        {
            return new(ForecastStatus.NotOnThisTrend, null, null, null, confidence);
        }

        var t = StudentT.InvCDF(0, 1, n - 2, (1 + confidence) / 2);
        var k = t * t * squaredResiduals / (n - 2);

        // Days from the origin, or none beyond the horizon (which also keeps every date within LocalDate's range).
        var first = -options.HorizonYears * Trend.DaysPerYear;
        var last = Period.DaysBetween(origin, list[^1].Date) + (options.HorizonYears * Trend.DaysPerYear);
        LocalDate? DateAt(double u)
        {
            var days = (meanX + u) * Trend.DaysPerYear;
            return double.IsFinite(days) && days >= first && days <= last ? origin.PlusDays((int)Math.Round(days, MidpointRounding.AwayFromZero)) : null;
        }

        var reaches = DateAt(gap / slope);

        // (slope·u − gap)² = k·(1 + 1/n + u²/Sxx), in u = x − x̄: a·u² + b·u + c = 0.
        var a = (slope * slope) - (k / sxx);
        var b = -2 * gap * slope;
        var c = (gap * gap) - (k * (1 + (1.0 / n)));
        if (!(a > 0) || reaches is null)
        {
            return new(ForecastStatus.BeyondHorizon, reaches, null, null, confidence);
        }

        var root = Math.Sqrt(Math.Max(0, (b * b) - (4 * a * c)));
        var earliest = DateAt((-b - root) / (2 * a));
        var latest = DateAt((-b + root) / (2 * a));
        return earliest is null || latest is null
            ? new(ForecastStatus.BeyondHorizon, reaches, null, null, confidence)
            : new(ForecastStatus.OnThisTrend, reaches, earliest, latest, confidence);
    }

    private sealed record Stored(
        [property: JsonRequired] ForecastStatus Status,
        LocalDate? Reaches,
        LocalDate? Earliest,
        LocalDate? Latest,
        [property: JsonRequired] double Confidence);

    private sealed class Converter : StoredFormJsonConverter<Forecast, Stored>
    {
        protected override Stored ToStored(Forecast value) => new(value.Status, value.Reaches, value.Earliest, value.Latest, value.Confidence);

        protected override Forecast FromStored(Stored stored) => new(stored.Status, stored.Reaches, stored.Earliest, stored.Latest, stored.Confidence);
    }
}
