using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Targets;

/// <summary>
/// A straight line fitted by ordinary least squares through dated values, measured in years from the
/// earliest date; used to project an indicator to its target date.
/// </summary>
/// <remarks>
/// Two trends are equal when all their properties are equal. JSON writes every property and reads them back
/// checked (finite numbers, at least two points), so an invalid trend is a <see cref="JsonException"/>.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed record Trend
{
    /// <summary>The mean length of a Gregorian year, the unit of the line's x.</summary>
    internal const double DaysPerYear = 365.2425;

    private Trend(LocalDate origin, double valueAtOrigin, double slopePerYear, int points)
    {
        Origin = origin;
        ValueAtOrigin = valueAtOrigin;
        SlopePerYear = slopePerYear;
        Points = points;
    }

    /// <summary>The earliest date of the fitted values, where the line's x is 0.</summary>
    public LocalDate Origin { get; }

    /// <summary>The line's value on <see cref="Origin"/> (the intercept).</summary>
    public double ValueAtOrigin { get; }

    /// <summary>The change of the value per year (the slope).</summary>
    public double SlopePerYear { get; }

    /// <summary>How many values the line was fitted through.</summary>
    public int Points { get; }

    /// <summary>Fits a line through <paramref name="points"/>.</summary>
    /// <param name="points">The dated values.</param>
    /// <returns>
    /// The trend, or <see langword="null"/> when fewer than two distinct dates are given or the values are too large for
    /// a line through them to be worked out in double precision (near <see cref="double.MaxValue"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static Trend? Fit(IEnumerable<DataPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToArray();
        if (list.Any(p => !double.IsFinite(p.Value)))
        {
            throw new ArgumentException("A trend is fitted through finite values only.", nameof(points));
        }

        if (list.Select(p => p.Date).Distinct().Count() < 2)
        {
            return null;
        }

        var origin = list.Min(p => p.Date);
        var xs = list.Select(p => Years(origin, p.Date)).ToArray();
        var meanX = xs.Average();
        var meanY = list.Average(p => p.Value);
        double sxy = 0, sxx = 0;
        for (var i = 0; i < list.Length; i++)
        {
            sxy += (xs[i] - meanX) * (list[i].Value - meanY);
            sxx += (xs[i] - meanX) * (xs[i] - meanX);
        }

        var slope = sxy / sxx;
        var valueAtOrigin = meanY - (slope * meanX);
        return double.IsFinite(slope) && double.IsFinite(valueAtOrigin) ? new Trend(origin, valueAtOrigin, slope, list.Length) : null;
    }

    /// <summary>The line's value on <paramref name="date"/>.</summary>
    /// <param name="date">The date to project to.</param>
    /// <returns>The projected value; infinite when it is beyond <see cref="double.MaxValue"/>.</returns>
    public double ValueOn(LocalDate date) => ValueAtOrigin + (SlopePerYear * Years(Origin, date));

    /// <summary>The line's x of <paramref name="to"/>: years from <paramref name="from"/>, of <see cref="DaysPerYear"/> days.</summary>
    internal static double Years(LocalDate from, LocalDate to) => Period.DaysBetween(from, to) / DaysPerYear;

    private sealed record Stored(
        [property: JsonRequired] LocalDate Origin,
        [property: JsonRequired] double ValueAtOrigin,
        [property: JsonRequired] double SlopePerYear,
        [property: JsonRequired] int Points);

    private sealed class Converter : StoredFormJsonConverter<Trend, Stored>
    {
        protected override Stored ToStored(Trend value) => new(value.Origin, value.ValueAtOrigin, value.SlopePerYear, value.Points);

        protected override Trend FromStored(Stored stored) =>
            !double.IsFinite(stored.ValueAtOrigin) || !double.IsFinite(stored.SlopePerYear) || stored.Points < 2
                ? throw new ArgumentException("A trend has a finite value at its origin and slope, and is fitted through at least two points.", nameof(stored))
                : new(stored.Origin, stored.ValueAtOrigin, stored.SlopePerYear, stored.Points);
    }
}
