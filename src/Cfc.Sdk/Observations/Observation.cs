using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Periods;

namespace Cfc.Sdk.Observations;

/// <summary>
/// One published figure of an indicator for a member: a value for a period and breakdown, with its
/// status and source. An observation can only be created valid for its indicator.
/// </summary>
/// <remarks>Two observations are equal when all their properties are equal.</remarks>
public sealed record Observation
{
    private Observation(ObservationKey key, double value, ObservationStatus status, string? source)
    {
        Key = key;
        Value = value;
        Status = status;
        Source = source;
    }

    /// <summary>What the figure is about.</summary>
    public ObservationKey Key { get; }

    /// <summary>The member the figure describes.</summary>
    public MemberCode Member => Key.Member;

    /// <summary>The indicator measured.</summary>
    public IndicatorId Indicator => Key.Indicator;

    /// <summary>The period the figure is for.</summary>
    public ReportingPeriod Period => Key.Period;

    /// <summary>The breakdown the figure is for.</summary>
    public Disaggregation Disaggregation => Key.Disaggregation;

    /// <summary>The value, valid for the indicator's unit.</summary>
    public double Value { get; }

    /// <summary>How settled the figure is.</summary>
    public ObservationStatus Status { get; }

    /// <summary>Where the figure comes from (e.g. a StatLine table), or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Creates an observation after checking it against its indicator.</summary>
    /// <param name="indicator">The indicator's definition.</param>
    /// <param name="member">The member the figure describes.</param>
    /// <param name="period">The period; it must be of the indicator's <see cref="Indicators.Indicator.PeriodKind"/>.</param>
    /// <param name="value">The value: finite; 0–100 for a percentage; whole and non-negative for a count; non-negative for a rate; 0 or 1 for yes/no.</param>
    /// <param name="status">How settled the figure is; final when omitted.</param>
    /// <param name="source">Where the figure comes from; optional.</param>
    /// <param name="disaggregation">The breakdown; the total when omitted. Its dimensions must be among the indicator's.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument does not fit the indicator; the parameter name and message say which and why.</exception>
    public static Observation Create(
        Indicator indicator,
        MemberCode member,
        ReportingPeriod period,
        double value,
        ObservationStatus status = ObservationStatus.Final,
        string? source = null,
        Disaggregation disaggregation = default)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (member == default)
        {
            throw new ArgumentException("An observation needs a member code.", nameof(member));
        }

        if (period.Kind != indicator.PeriodKind)
        {
            throw new ArgumentException(
                period == default
                    ? $"An observation needs a period; indicator '{indicator.Id}' is reported per {indicator.PeriodKind}."
                    : $"Indicator '{indicator.Id}' is reported per {indicator.PeriodKind}; '{period}' is a {period.Kind}.",
                nameof(period));
        }

        indicator.CheckValue(value, nameof(value));
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentException($"'{status}' is not an observation status.", nameof(status));
        }

        var unsupported = disaggregation.Dimensions.Except(indicator.Disaggregations).ToArray();
        if (unsupported.Length > 0)
        {
            throw new ArgumentException(
                $"Indicator '{indicator.Id}' has no breakdown by {string.Join(", ", unsupported)}; it allows {(indicator.Disaggregations.Count == 0 ? "only the total" : string.Join(", ", indicator.Disaggregations))}.",
                nameof(disaggregation));
        }

        return new Observation(
            new ObservationKey(member, indicator.Id, period, disaggregation),
            value,
            status,
            string.IsNullOrWhiteSpace(source) ? null : source);
    }
}
