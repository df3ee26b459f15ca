using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Observations;

/// <summary>
/// One published figure of an indicator for a member: a value for a period and breakdown, with its
/// status and source; or a figure the source suppressed (StatLine's <c>.</c>), which has no value.
/// An observation can only be created valid for its indicator, and keeps the indicator's
/// <see cref="IndicatorRules"/> it was checked against.
/// </summary>
/// <remarks>
/// <para>Two observations are equal when all their properties (rules included) are equal.</para>
/// <para>
/// JSON: <c>{"member":"GM0518","indicator":"school.home-sitters","period":"2023/2024","disaggregation":"",
/// "value":47,"status":"Final","source":"OCW","rules":{...}}</c>, with <c>"value":null</c> for a figure
/// suppressed at source. Reading goes through the same checks as <see cref="Create"/>, against the rules
/// stored with the figure, so an invalid figure is a <see cref="JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed record Observation
{
    private Observation(ObservationKey key, double? value, ObservationStatus status, string? source, IndicatorRules rules)
    {
        Key = key;
        Value = value;
        Status = status;
        Source = source;
        Rules = rules;
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

    /// <summary>The value, valid for the indicator's unit; <see langword="null"/> when the source suppressed the figure.</summary>
    public double? Value { get; }

    /// <summary>Whether the source published the figure as suppressed (StatLine's <c>.</c>: unknown, unreliable or secret), with no value.</summary>
    public bool IsSuppressedAtSource => Value is null;

    /// <summary>How settled the figure is.</summary>
    public ObservationStatus Status { get; }

    /// <summary>Where the figure comes from (e.g. a StatLine table), or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>The indicator's rules the figure was checked against when it was created.</summary>
    public IndicatorRules Rules { get; }

    /// <summary>Creates an observation after checking it against its indicator.</summary>
    /// <param name="indicator">The indicator's definition.</param>
    /// <param name="member">The member the figure describes.</param>
    /// <param name="period">The period; it must be of one of the indicator's <see cref="Indicators.Indicator.PeriodKinds"/>, and a snapshot of its <see cref="Indicators.Indicator.SnapshotDay"/> when it has one.</param>
    /// <param name="value">The value: finite; 0–100 for a percentage; whole, from 0 to <see cref="IndicatorRules.MaxCount"/>, for a count; non-negative for a rate; 0 or 1 for yes/no.</param>
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
        indicator.CheckSnapshotDay(period, nameof(period));
        return Checked(indicator.Id, indicator.Rules, member, period, value, status, source, disaggregation);
    }

    /// <summary>Creates a figure that the source published as suppressed (StatLine's <c>.</c>), after checking it against its indicator.</summary>
    /// <param name="indicator">The indicator's definition.</param>
    /// <param name="member">The member the figure describes.</param>
    /// <param name="period">The period; it must be of one of the indicator's <see cref="Indicators.Indicator.PeriodKinds"/>, and a snapshot of its <see cref="Indicators.Indicator.SnapshotDay"/> when it has one.</param>
    /// <param name="status">How settled the figure is; final when omitted.</param>
    /// <param name="source">Where the figure comes from; optional.</param>
    /// <param name="disaggregation">The breakdown; the total when omitted. Its dimensions must be among the indicator's.</param>
    /// <returns>The observation, with no value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument does not fit the indicator; the parameter name and message say which and why.</exception>
    public static Observation CreateSuppressed(
        Indicator indicator,
        MemberCode member,
        ReportingPeriod period,
        ObservationStatus status = ObservationStatus.Final,
        string? source = null,
        Disaggregation disaggregation = default)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        indicator.CheckSnapshotDay(period, nameof(period));
        return Checked(indicator.Id, indicator.Rules, member, period, null, status, source, disaggregation);
    }

    private static Observation Checked(
        IndicatorId indicator,
        IndicatorRules rules,
        MemberCode member,
        ReportingPeriod period,
        double? value,
        ObservationStatus status,
        string? source,
        Disaggregation disaggregation)
    {
        if (indicator == default)
        {
            throw new ArgumentException("An observation needs an indicator id.", nameof(indicator));
        }

        if (member == default)
        {
            throw new ArgumentException("An observation needs a member code.", nameof(member));
        }

        rules.CheckPeriod(indicator, period, nameof(period));
        if (value is { } shown)
        {
            rules.CheckValue(indicator, shown, nameof(value));
        }

        if (!Enum.IsDefined(status))
        {
            throw new ArgumentException($"'{status}' is not an observation status.", nameof(status));
        }

        rules.CheckDisaggregation(indicator, disaggregation, nameof(disaggregation));
        return new Observation(
            new ObservationKey(member, indicator, period, disaggregation),
            value,
            status,
            string.IsNullOrWhiteSpace(source) ? null : source,
            rules);
    }

    private sealed record Stored(
        [property: JsonRequired] MemberCode Member,
        [property: JsonRequired] IndicatorId Indicator,
        [property: JsonRequired] ReportingPeriod Period,
        [property: JsonRequired] Disaggregation Disaggregation,
        [property: JsonRequired] double? Value,
        [property: JsonRequired] ObservationStatus Status,
        string? Source,
        [property: JsonRequired] IndicatorRules? Rules);

    private sealed class Converter : StoredFormJsonConverter<Observation, Stored>
    {
        protected override Stored ToStored(Observation value) =>
            new(value.Member, value.Indicator, value.Period, value.Disaggregation, value.Value, value.Status, value.Source, value.Rules);

        protected override Observation FromStored(Stored stored) => stored.Rules is null
            ? throw new ArgumentException($"The observation of '{stored.Indicator}' has no rules: an observation is stored with the indicator rules it was checked against.", nameof(stored))
            : Checked(stored.Indicator, stored.Rules, stored.Member, stored.Period, stored.Value, stored.Status, stored.Source, stored.Disaggregation);
    }
}
