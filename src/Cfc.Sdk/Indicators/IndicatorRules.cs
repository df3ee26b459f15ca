using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Indicators;

/// <summary>
/// What makes a figure valid for an indicator: the unit its values are in, the kinds of period it is
/// reported for and the breakdowns it may have. An <see cref="Observations.Observation"/> keeps the rules
/// it was checked against, so that it is checked again by the same rules when it is read back.
/// </summary>
/// <remarks>
/// Two rule sets are equal when their unit, period kinds and breakdowns are equal; the order in which
/// kinds and breakdowns were given does not matter (they are kept sorted and distinct).
/// JSON: <c>{"unit":"Count","periodKinds":["SchoolYear"],"disaggregations":["AgeBand","Sex"]}</c>,
/// read back through the same checks as the constructor.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class IndicatorRules : IEquatable<IndicatorRules>
{
    /// <summary>
    /// The largest count accepted, 2^52: a <see cref="double"/> holds every whole number up to 2^53 exactly, so a count
    /// up to this one stays exact when disclosure control rounds it up to any multiple it is set to.
    /// </summary>
    public const double MaxCount = 4_503_599_627_370_496d;

    private readonly ImmutableArray<PeriodKind> _periodKinds;
    private readonly ImmutableArray<DisaggregationDimension> _disaggregations;

    /// <summary>Creates a rule set.</summary>
    /// <param name="unit">What the values measure.</param>
    /// <param name="periodKinds">The kinds of period figures are reported for; at least one.</param>
    /// <param name="disaggregations">The breakdowns figures may have besides the total; none when omitted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periodKinds"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The unit, a period kind or a dimension is undefined, or no period kind is given; the parameter name says which.</exception>
    public IndicatorRules(IndicatorUnit unit, IEnumerable<PeriodKind> periodKinds, IEnumerable<DisaggregationDimension>? disaggregations = null)
    {
        ArgumentNullException.ThrowIfNull(periodKinds);
        CheckDefined(unit, nameof(unit));
        var kinds = periodKinds.Distinct().Order().ToImmutableArray();
        if (kinds.IsEmpty)
        {
            throw new ArgumentException("An indicator is reported for at least one kind of period.", nameof(periodKinds));
        }

        foreach (var kind in kinds)
        {
            CheckDefined(kind, nameof(periodKinds));
        }

        var dimensions = (disaggregations ?? []).Distinct().Order().ToImmutableArray();
        foreach (var dimension in dimensions)
        {
            CheckDefined(dimension, nameof(disaggregations));
        }

        Unit = unit;
        _periodKinds = kinds;
        _disaggregations = dimensions;
    }

    /// <summary>What the values measure.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>The kinds of period figures are reported for, in enum order; at least one.</summary>
    public IReadOnlyList<PeriodKind> PeriodKinds => _periodKinds;

    /// <summary>The breakdowns figures may have besides the total, in enum order.</summary>
    public IReadOnlyList<DisaggregationDimension> Disaggregations => _disaggregations;

    /// <summary>Whether <paramref name="value"/> is a valid value in <see cref="Unit"/>.</summary>
    /// <param name="value">The value to check.</param>
    /// <returns><see langword="true"/> when the value is finite and within the unit's range.</returns>
    public bool Accepts(double value) => ValueProblem(default, value) is null;

    /// <summary>Whether figures may be reported for <paramref name="period"/>.</summary>
    /// <param name="period">The period to check.</param>
    /// <returns><see langword="true"/> when the period's kind is one of <see cref="PeriodKinds"/>.</returns>
    public bool Accepts(ReportingPeriod period) => _periodKinds.Contains(period.Kind);

    /// <summary>Whether figures may have the breakdown <paramref name="disaggregation"/>.</summary>
    /// <param name="disaggregation">The breakdown to check.</param>
    /// <returns>
    /// <see langword="true"/> when it is the total, or a breakdown by one dimension that is one of <see cref="Disaggregations"/>.
    /// A breakdown by two dimensions at once (<c>age=12-17;sex=female</c>) is not accepted: cross-classified tables
    /// cannot be disclosed safely yet (see <see cref="Disclosure.DisclosureControl.DiscloseTable"/>).
    /// </returns>
    public bool Accepts(Disaggregation disaggregation) => disaggregation.Dimensions.Count() <= 1 && disaggregation.Dimensions.All(_disaggregations.Contains);

    internal void CheckValue(IndicatorId id, double value, string paramName)
    {
        if (ValueProblem(id, value) is { } problem)
        {
            throw new ArgumentException(problem, paramName);
        }
    }

    internal void CheckPeriod(IndicatorId id, ReportingPeriod period, string paramName)
    {
        if (!Accepts(period))
        {
            throw new ArgumentException(
                period == default
                    ? $"A figure needs a period; indicator '{id}' is reported per {Kinds()}."
                    : $"Indicator '{id}' is reported per {Kinds()}; '{period}' is a {period.Kind}.",
                paramName);
        }
    }

    internal void CheckDisaggregation(IndicatorId id, Disaggregation disaggregation, string paramName)
    {
        var unsupported = disaggregation.Dimensions.Except(_disaggregations).ToArray();
        if (unsupported.Length > 0)
        {
            throw new ArgumentException(
                $"Indicator '{id}' has no breakdown by {string.Join(", ", unsupported)}; it allows {(_disaggregations.IsEmpty ? "only the total" : string.Join(", ", _disaggregations))}.",
                paramName);
        }

        if (disaggregation.Dimensions.Count() > 1)
        {
            throw new ArgumentException(
                $"Indicator '{id}' is broken down by one dimension at a time; '{disaggregation}' is by {string.Join(" and ", disaggregation.Dimensions)} at once, which cannot be disclosed safely yet: record each dimension's breakdowns separately.",
                paramName);
        }
    }

    /// <summary>Brings a projected value within the unit's range (0–100 for a percentage, 0–1 for yes/no, at least 0 otherwise).</summary>
    internal double Clamp(double value) => Unit switch
    {
        IndicatorUnit.Percent => Math.Clamp(value, 0, 100),
        IndicatorUnit.YesNo => Math.Clamp(value, 0, 1),
        _ => Math.Max(value, 0),
    };

    private string Kinds() => string.Join(" or ", _periodKinds);

    private string? ValueProblem(IndicatorId id, double value)
    {
        var name = id == default ? "this indicator" : $"indicator '{id}'";
        var shown = value.ToString("R", CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            return $"A value of {name} must be a finite number, not {shown}.";
        }

        return Unit switch
        {
            IndicatorUnit.Percent when value is < 0 or > 100 => $"The values of {name} are percentages: the value must be from 0 to 100, not {shown}.",
            IndicatorUnit.Count when value < 0 || value != Math.Floor(value) || value > MaxCount => $"The values of {name} are counts: the value must be a whole number from 0 to {MaxCount.ToString("F0", CultureInfo.InvariantCulture)}, not {shown}.",
            IndicatorUnit.Rate when value < 0 => $"The values of {name} are rates: the value must be at least 0, not {shown}.",
            IndicatorUnit.YesNo when value is not (0 or 1) => $"The values of {name} are yes/no: the value must be 1 (yes) or 0 (no), not {shown}.",
            _ => null,
        };
    }

    /// <inheritdoc />
    public bool Equals(IndicatorRules? other) =>
        other is not null && Unit == other.Unit && _periodKinds.SequenceEqual(other._periodKinds) && _disaggregations.SequenceEqual(other._disaggregations);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorRules);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Unit);
        foreach (var kind in _periodKinds)
        {
            hash.Add(kind);
        }

        foreach (var dimension in _disaggregations)
        {
            hash.Add(dimension);
        }

        return hash.ToHashCode();
    }

    /// <summary>The rules in short, e.g. <c>Count per SchoolYear by AgeBand, Sex</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Unit} per {Kinds()}" + (_disaggregations.IsEmpty ? string.Empty : $" by {string.Join(", ", _disaggregations)}");

    private static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentException($"'{value}' is not a defined {typeof(TEnum).Name}.", paramName);
        }
    }

    private sealed record Stored(IndicatorUnit Unit, ImmutableArray<PeriodKind>? PeriodKinds, ImmutableArray<DisaggregationDimension>? Disaggregations);

    private sealed class Converter : StoredFormJsonConverter<IndicatorRules, Stored>
    {
        protected override Stored ToStored(IndicatorRules value) => new(value.Unit, value._periodKinds, value._disaggregations);

        protected override IndicatorRules FromStored(Stored stored) => new(stored.Unit, stored.PeriodKinds ?? [], stored.Disaggregations ?? []);
    }
}
