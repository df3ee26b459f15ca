using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Disclosure;

/// <summary>
/// A published table of one indicator for one member and period: the total and its breakdowns (each by one
/// dimension, such as sex or age band), after disclosure control of the table as a whole, so that no
/// suppressed cell can be recovered from the others (see <see cref="DisclosureControl.DiscloseTable"/>).
/// </summary>
/// <remarks>
/// <para>
/// Two tables are equal when member, indicator, period, total and every cell are equal; the order in which
/// the cells were given does not matter. <see cref="Cells"/> is in the order of the breakdowns' text.
/// </para>
/// <para>
/// A table of counts is safe to publish as it is: while its total is shown, no dimension has exactly one suppressed
/// cell; while its total is suppressed, every dimension has one. Tables of other units are shown as they are.
/// </para>
/// <para>
/// JSON: <c>{"member":"GM0518","indicator":"school.home-sitters","unit":"Count","period":"2023/2024","total":25,
/// "cells":{"sex=female":".","sex=male":"."}}</c>. Reading checks what the constructor checks: a member, an
/// indicator, a defined unit and a period, breakdowns by one dimension each, and for counts that the table is safe
/// as described above, so a stored table that would reveal a suppressed cell is a <see cref="JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class DisclosedTable : IEquatable<DisclosedTable>
{
    private static readonly IComparer<Disaggregation> s_byText = Comparer<Disaggregation>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
    private readonly ImmutableSortedDictionary<Disaggregation, DisclosedValue> _cells;

    internal DisclosedTable(MemberCode member, IndicatorId indicator, IndicatorUnit unit, ReportingPeriod period, DisclosedValue total, IEnumerable<KeyValuePair<Disaggregation, DisclosedValue>> cells)
    {
        if (member == default)
        {
            throw new ArgumentException("A table needs a member code.", nameof(member));
        }

        if (indicator == default)
        {
            throw new ArgumentException("A table needs an indicator id.", nameof(indicator));
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentException($"'{unit}' is not a defined {nameof(IndicatorUnit)}.", nameof(unit));
        }

        if (period == default)
        {
            throw new ArgumentException("A table needs a period.", nameof(period));
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<Disaggregation, DisclosedValue>(s_byText);
        foreach (var (disaggregation, value) in cells)
        {
            if (disaggregation.Dimensions.Count() != 1)
            {
                throw new ArgumentException($"A table's cells are breakdowns by one dimension each; '{disaggregation}' is not.", nameof(cells));
            }

            if (!builder.TryAdd(disaggregation, value))
            {
                throw new ArgumentException($"The breakdown '{disaggregation}' appears twice in the table.", nameof(cells));
            }
        }

        if (unit == IndicatorUnit.Count)
        {
            CheckSafe(indicator, member, period, total, builder);
        }

        Member = member;
        Indicator = indicator;
        Unit = unit;
        Period = period;
        Total = total;
        _cells = builder.ToImmutable();
    }

    /// <summary>The member the table describes.</summary>
    public MemberCode Member { get; }

    /// <summary>The indicator measured.</summary>
    public IndicatorId Indicator { get; }

    /// <summary>What the values measure; a table of counts is protected as a whole.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>The period the table is for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The total as it may be shown.</summary>
    public DisclosedValue Total { get; }

    /// <summary>The breakdowns as they may be shown, in the order of their text (<c>age=…</c> before <c>sex=…</c>).</summary>
    public IReadOnlyDictionary<Disaggregation, DisclosedValue> Cells => _cells;

    /// <summary>The shown value of <paramref name="disaggregation"/>: the total for <see cref="Disaggregation.Total"/>.</summary>
    /// <param name="disaggregation">The breakdown.</param>
    /// <returns>The value as it may be shown.</returns>
    /// <exception cref="KeyNotFoundException">The table has no such breakdown.</exception>
    public DisclosedValue this[Disaggregation disaggregation] => TryGet(disaggregation, out var value)
        ? value
        : throw new KeyNotFoundException($"The table of '{Indicator}' for {Member}, {Period} has no breakdown '{disaggregation}'.");

    /// <summary>Tries to find the shown value of <paramref name="disaggregation"/>.</summary>
    /// <param name="disaggregation">The breakdown; <see cref="Disaggregation.Total"/> for the total.</param>
    /// <param name="value">The value, or <see cref="DisclosedValue.Suppressed"/> when the table has no such breakdown.</param>
    /// <returns><see langword="true"/> when the table holds the breakdown.</returns>
    public bool TryGet(Disaggregation disaggregation, out DisclosedValue value)
    {
        if (disaggregation.IsTotal)
        {
            value = Total;
            return true;
        }

        return _cells.TryGetValue(disaggregation, out value);
    }

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] DisclosedTable? other) =>
        other is not null && Member == other.Member && Indicator == other.Indicator && Unit == other.Unit && Period == other.Period && Total == other.Total
        && _cells.Count == other._cells.Count && _cells.SequenceEqual(other._cells);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DisclosedTable);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Member, Indicator, Period, Total, _cells.Count);

    /// <summary>The table in one line, e.g. <c>school.home-sitters GM0518 2023/2024: total 25; sex=female .; sex=male .</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Indicator} {Member} {Period}: total {Total}" + string.Concat(_cells.Select(c => $"; {c.Key} {c.Value}"));

    private static void CheckSafe(IndicatorId indicator, MemberCode member, ReportingPeriod period, DisclosedValue total, IDictionary<Disaggregation, DisclosedValue> cells)
    {
        foreach (var dimension in cells.GroupBy(c => c.Key.Dimensions.Single()))
        {
            var hidden = dimension.Count(c => c.Value.IsSuppressed);
            if (total.IsSuppressed ? hidden == 0 : hidden == 1)
            {
                throw new ArgumentException(
                    total.IsSuppressed
                        ? $"The table of '{indicator}' for {member}, {period} shows every breakdown by {dimension.Key} with its total suppressed: the breakdowns would give the total away."
                        : $"The table of '{indicator}' for {member}, {period} shows its total with one breakdown by {dimension.Key} suppressed: the total minus the others would give it away.",
                    nameof(cells));
            }
        }
    }

    private sealed class Converter : StoredFormJsonConverter<DisclosedTable, Stored>
    {
        protected override Stored ToStored(DisclosedTable value) => new()
        {
            Member = value.Member,
            Indicator = value.Indicator,
            Unit = value.Unit,
            Period = value.Period,
            Total = value.Total,
            Cells = value._cells,
        };

        protected override DisclosedTable FromStored(Stored stored) =>
            new(stored.Member, stored.Indicator, stored.Unit, stored.Period, stored.Total, stored.Cells ?? ImmutableSortedDictionary<Disaggregation, DisclosedValue>.Empty);
    }

    private sealed class Stored
    {
        public required MemberCode Member { get; init; }

        public required IndicatorId Indicator { get; init; }

        public required IndicatorUnit Unit { get; init; }

        public required ReportingPeriod Period { get; init; }

        public required DisclosedValue Total { get; init; }

        public IReadOnlyDictionary<Disaggregation, DisclosedValue>? Cells { get; init; }
    }
}
