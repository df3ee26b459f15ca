using System.Collections.Immutable;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Observations;

/// <summary>
/// An immutable record of observations that keeps every accepted figure and knows which one is
/// current for each <see cref="ObservationKey"/>.
/// </summary>
/// <remarks>
/// <para>Superseding rules for figures with the same key:</para>
/// <list type="bullet">
/// <item>a final figure supersedes a provisional one, and a revised figure a final or earlier revised one;</item>
/// <item>a provisional figure may be corrected by another provisional one while no final figure exists;</item>
/// <item>a provisional figure after a final or revised one, and a second final figure, are rejected with
/// <see cref="ObservationConflictException"/> (a change to a final figure is a revision);</item>
/// <item>recording the current figure again changes nothing, so a retried request is harmless.</item>
/// </list>
/// <para>Every accepted figure stays in <see cref="History"/>.</para>
/// </remarks>
public sealed class ObservationLedger
{
    private readonly ImmutableDictionary<ObservationKey, ImmutableList<Observation>> _history;

    private ObservationLedger(ImmutableDictionary<ObservationKey, ImmutableList<Observation>> history) => _history = history;

    /// <summary>A ledger with no observations.</summary>
    public static ObservationLedger Empty { get; } = new(ImmutableDictionary<ObservationKey, ImmutableList<Observation>>.Empty);

    /// <summary>The current figure of every key, ordered by member, indicator, breakdown and period.</summary>
    public IEnumerable<Observation> Current => _history.Values
        .Select(h => h[^1])
        .OrderBy(o => o.Member)
        .ThenBy(o => o.Indicator)
        .ThenBy(o => o.Disaggregation.ToString(), StringComparer.Ordinal)
        .ThenBy(o => o.Period);

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

        var allowed = (current.Status, observation.Status) switch
        {
            (ObservationStatus.Provisional, _) => true,
            (ObservationStatus.Final, ObservationStatus.Revised) => true,
            (ObservationStatus.Revised, ObservationStatus.Revised) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new ObservationConflictException(
                observation.Key,
                $"The {current.Status.ToString().ToLowerInvariant()} figure of '{observation.Indicator}' for {observation.Member}, {observation.Period}"
                + (observation.Disaggregation.IsTotal ? string.Empty : $" ({observation.Disaggregation})")
                + $" cannot be superseded by a {observation.Status.ToString().ToLowerInvariant()} one: a final figure is changed only by a revised figure.");
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
    public IReadOnlyList<Observation> History(ObservationKey key) => _history.TryGetValue(key, out var history) ? history : [];

    /// <summary>The current figures of one indicator for one member and breakdown, ordered by period.</summary>
    /// <param name="member">The member.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="disaggregation">The breakdown; the total when omitted.</param>
    /// <returns>The series, oldest period first.</returns>
    public IReadOnlyList<Observation> Series(MemberCode member, IndicatorId indicator, Disaggregation disaggregation = default) =>
        _history.Values
            .Select(h => h[^1])
            .Where(o => o.Member == member && o.Indicator == indicator && o.Disaggregation == disaggregation)
            .OrderBy(o => o.Period)
            .ToArray();
}
