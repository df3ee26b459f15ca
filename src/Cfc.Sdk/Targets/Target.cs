using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Periods;
using NodaTime;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Targets;

/// <summary>
/// A member's target for an indicator: the baseline it starts from and the value to reach by a date.
/// A target is a policy choice and is shown as given.
/// </summary>
/// <remarks>
/// Two targets are equal when all their properties are equal. JSON writes every property and reads them back
/// through the checks that do not need the indicator's definition (an id, a polarity with a better direction,
/// a baseline period, finite values, a date after the baseline period), so an invalid target is a <see cref="JsonException"/>.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed record Target
{
    private Target(IndicatorId indicator, Polarity polarity, ReportingPeriod baselinePeriod, double baselineValue, double value, LocalDate date)
    {
        Indicator = indicator;
        Polarity = polarity;
        BaselinePeriod = baselinePeriod;
        BaselineValue = baselineValue;
        Value = value;
        Date = date;
    }

    /// <summary>The indicator the target is for.</summary>
    public IndicatorId Indicator { get; }

    /// <summary>The indicator's polarity, which says whether the target is a ceiling or a floor.</summary>
    public Polarity Polarity { get; }

    /// <summary>The period of the baseline figure.</summary>
    public ReportingPeriod BaselinePeriod { get; }

    /// <summary>The baseline figure.</summary>
    public double BaselineValue { get; }

    /// <summary>The value to reach: at most this for lower-is-better indicators, at least this for higher-is-better ones.</summary>
    public double Value { get; }

    /// <summary>The date by which the value should be reached.</summary>
    public LocalDate Date { get; }

    /// <summary>Creates a target after checking it against its indicator.</summary>
    /// <param name="indicator">The indicator's definition; its polarity may not be <see cref="Polarity.Context"/>.</param>
    /// <param name="baselinePeriod">The baseline's period, of the indicator's period kind.</param>
    /// <param name="baselineValue">The baseline figure, valid for the indicator's unit.</param>
    /// <param name="value">The value to reach, valid for the indicator's unit.</param>
    /// <param name="date">The date to reach it by; after the baseline period.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument does not fit the indicator; the message says why.</exception>
    public static Target Create(Indicator indicator, ReportingPeriod baselinePeriod, double baselineValue, double value, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Polarity == Polarity.Context)
        {
            throw new ArgumentException($"Indicator '{indicator.Id}' gives context and has no better direction, so it takes no target.", nameof(indicator));
        }

        if (!indicator.Rules.Accepts(baselinePeriod))
        {
            throw new ArgumentException($"Indicator '{indicator.Id}' is reported per {string.Join(" or ", indicator.PeriodKinds)}; the baseline '{baselinePeriod}' is not.", nameof(baselinePeriod));
        }

        indicator.CheckSnapshotDay(baselinePeriod, nameof(baselinePeriod));

        indicator.CheckValue(baselineValue, nameof(baselineValue));
        indicator.CheckValue(value, nameof(value));
        return Checked(indicator.Id, indicator.Polarity, baselinePeriod, baselineValue, value, date);
    }

    /// <summary>Whether <paramref name="value"/> meets the target, given the indicator's polarity.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns><see langword="true"/> when the value is at or beyond the target in the better direction.</returns>
    public bool IsMetBy(double value) => Polarity == Polarity.LowerIsBetter ? value <= Value : value >= Value;

    private static Target Checked(IndicatorId indicator, Polarity polarity, ReportingPeriod baselinePeriod, double baselineValue, double value, LocalDate date)
    {
        if (indicator == default)
        {
            throw new ArgumentException("A target needs an indicator id.", nameof(indicator));
        }

        if (polarity is not (Polarity.LowerIsBetter or Polarity.HigherIsBetter))
        {
            throw new ArgumentException($"A target is a ceiling or a floor: its polarity is {Polarity.LowerIsBetter} or {Polarity.HigherIsBetter}, not {polarity}.", nameof(polarity));
        }

        if (baselinePeriod == default)
        {
            throw new ArgumentException("A target needs a baseline period.", nameof(baselinePeriod));
        }

        if (!double.IsFinite(baselineValue) || !double.IsFinite(value))
        {
            throw new ArgumentException("A target's baseline and value are finite numbers.", double.IsFinite(value) ? nameof(baselineValue) : nameof(value));
        }

        if (date <= baselinePeriod.End)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The target date {date:uuuu-MM-dd} must be after the baseline period {baselinePeriod}."), nameof(date));
        }

        return new Target(indicator, polarity, baselinePeriod, baselineValue, value, date);
    }

    private sealed record Stored(
        [property: JsonRequired] IndicatorId Indicator,
        [property: JsonRequired] Polarity Polarity,
        [property: JsonRequired] ReportingPeriod BaselinePeriod,
        [property: JsonRequired] double BaselineValue,
        [property: JsonRequired] double Value,
        [property: JsonRequired] LocalDate Date);

    private sealed class Converter : StoredFormJsonConverter<Target, Stored>
    {
        protected override Stored ToStored(Target value) => new(value.Indicator, value.Polarity, value.BaselinePeriod, value.BaselineValue, value.Value, value.Date);

        protected override Target FromStored(Stored stored) =>
            Checked(stored.Indicator, stored.Polarity, stored.BaselinePeriod, stored.BaselineValue, stored.Value, stored.Date);
    }
}
