using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Observations;

/// <summary>
/// An immutable record of observations that keeps every accepted figure and knows which one is
/// current for each <see cref="ObservationKey"/>.
/// </summary>
/// <remarks>
/// <para>Superseding rules for figures with the same key:</para>
/// <list type="bullet">
/// <item>a final figure supersedes a provisional one;</item>
/// <item>a provisional figure may be corrected by another provisional one, or by a final one, while no final figure exists;</item>
/// <item>a revised figure supersedes a final figure, or an earlier revision of it, only: a revision of a
/// provisional figure is rejected (the final figure comes first);</item>
/// <item>a provisional figure after a final or revised one, and a second final figure, are rejected
/// (a change to a final figure is a revision);</item>
/// <item>recording the current figure again changes nothing, so a retried request is harmless.</item>
/// </list>
/// <para>
/// Rejections throw <see cref="ObservationConflictException"/>. A figure suppressed at source follows the
/// same rules as one with a value. Every accepted figure stays in <see cref="History"/>.
/// </para>
/// <para>
/// Two ledgers are equal when they hold the same figures in the same order for every key.
/// JSON: <c>{"figures":[...]}</c>, every accepted figure grouped by key (in the order of <see cref="Current"/>),
/// oldest first; reading records them again one by one, so a history that breaks the superseding rules
/// is a <see cref="JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ObservationLedger : IEquatable<ObservationLedger>
{
    private readonly ImmutableDictionary<ObservationKey, ImmutableList<Observation>> _history;

    private ObservationLedger(ImmutableDictionary<ObservationKey, ImmutableList<Observation>> history) => _history = history;

    /// <summary>A ledger with no observations.</summary>
    public static ObservationLedger Empty { get; } = new(ImmutableDictionary<ObservationKey, ImmutableList<Observation>>.Empty);

    /// <summary>The current figure of every key, ordered by member, indicator, breakdown and period.</summary>
    public IEnumerable<Observation> Current => InKeyOrder(_history.Values.Select(h => h[^1]));

    /// <summary>Records <paramref name="observation"/>, superseding the current figure for its key where the rules allow.</summary>
    /// <param name="observation">The figure to record.</param>
    /// <returns>The ledger with the figure recorded; this ledger when the figure is already current.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ObservationConflictException">The figure may not supersede the current one; this ledger is unchanged.</exception>
    public ObservationLedger Record(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (!_history.TryGetValue(observation.Key, out var history))
        {
            return new ObservationLedger(_history.Add(observation.Key, [observation]));
        }

        var current = history[^1];
        if (current == observation)
        {
            return this;
        }

        var why = (current.Status, observation.Status) switch
        {
            (ObservationStatus.Provisional, ObservationStatus.Provisional or ObservationStatus.Final) => null,
            (ObservationStatus.Final or ObservationStatus.Revised, ObservationStatus.Revised) => null,
            (ObservationStatus.Provisional, _) => "a revision changes a final figure, and there is none yet: record the final figure first.",
            _ => "a final figure is changed only by a revised figure.",
        };
        if (why is not null)
        {
            throw new ObservationConflictException(
                observation.Key,
                $"The {Name(current.Status)} figure of '{observation.Indicator}' for {observation.Member}, {observation.Period}"
                + (observation.Disaggregation.IsTotal ? string.Empty : $" ({observation.Disaggregation})")
                + $" cannot be superseded by a {Name(observation.Status)} one: {why}");
        }

        return new ObservationLedger(_history.SetItem(observation.Key, history.Add(observation)));
    }

    /// <summary>The current figure for <paramref name="key"/>, or <see langword="null"/> when none is recorded.</summary>
    /// <param name="key">The key to look up.</param>
    /// <returns>The current figure, or <see langword="null"/>.</returns>
    public Observation? CurrentFor(ObservationKey key) => _history.TryGetValue(key, out var history) ? history[^1] : null;

    /// <summary>Every accepted figure for <paramref name="key"/>, oldest first; the last one is current.</summary>
    /// <param name="key">The key to look up.</param>
    /// <returns>The figures; empty when none is recorded.</returns>
    public IReadOnlyList<Observation> History(ObservationKey key) => _history.TryGetValue(key, out var history) ? history : ImmutableList<Observation>.Empty;

    /// <summary>The current figures of one indicator for one member and breakdown, ordered by period.</summary>
    /// <param name="member">The member.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="disaggregation">The breakdown; the total when omitted.</param>
    /// <returns>The series, oldest period first.</returns>
    public IReadOnlyList<Observation> Series(MemberCode member, IndicatorId indicator, Disaggregation disaggregation = default) =>
        [.. _history.Values
            .Select(h => h[^1])
            .Where(o => o.Member == member && o.Indicator == indicator && o.Disaggregation == disaggregation)
            .OrderBy(o => o.Period)];

    /// <summary>
    /// The current figures of one indicator for one member, of every breakdown and period, ordered by breakdown
    /// and period: what <see cref="Reports.IndicatorReport.Create"/> needs to disclose a breakdown with its table.
    /// </summary>
    /// <param name="member">The member.</param>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The figures.</returns>
    public IReadOnlyList<Observation> Figures(MemberCode member, IndicatorId indicator) =>
        [.. InKeyOrder(_history.Values.Select(h => h[^1]).Where(o => o.Member == member && o.Indicator == indicator))];

    /// <summary>
    /// The current figures of one indicator for one member and period, the total and every breakdown: the table
    /// that <see cref="Disclosure.DisclosureControl.DiscloseTable"/> discloses as a whole.
    /// </summary>
    /// <param name="member">The member.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="period">The period.</param>
    /// <returns>The figures, ordered by breakdown.</returns>
    public IReadOnlyList<Observation> Table(MemberCode member, IndicatorId indicator, ReportingPeriod period) =>
        [.. InKeyOrder(_history.Values.Select(h => h[^1]).Where(o => o.Member == member && o.Indicator == indicator && o.Period == period))];

    /// <inheritdoc />
    public bool Equals(ObservationLedger? other) =>
        other is not null
        && _history.Count == other._history.Count
        && _history.All(pair => other._history.TryGetValue(pair.Key, out var theirs) && pair.Value.SequenceEqual(theirs));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObservationLedger);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (key, history) in _history)
        {
            hash ^= HashCode.Combine(key, history.Count, history[^1]);
        }

        return hash;
    }

    private static string Name(ObservationStatus status) => status.ToString().ToLowerInvariant();

    private static IOrderedEnumerable<Observation> InKeyOrder(IEnumerable<Observation> figures) => figures
        .OrderBy(o => o.Member)
        .ThenBy(o => o.Indicator)
        .ThenBy(o => o.Disaggregation.ToString(), StringComparer.Ordinal)
        .ThenBy(o => o.Period);

    private sealed record Stored([property: JsonRequired] ImmutableArray<Observation> Figures);

    private sealed class Converter : StoredFormJsonConverter<ObservationLedger, Stored>
    {
        protected override Stored ToStored(ObservationLedger value) =>
            new([.. InKeyOrder(value._history.Values.Select(h => h[0])).SelectMany(first => value._history[first.Key])]);

        // A figure that may not supersede the one before it is an ObservationConflictException, an InvalidOperationException.
        protected override ObservationLedger FromStored(Stored stored) =>
            stored.Figures.Aggregate(Empty, (ledger, figure) => ledger.Record(figure ?? throw new ArgumentException("An observation ledger holds no null figures.", nameof(stored))));
    }
}
