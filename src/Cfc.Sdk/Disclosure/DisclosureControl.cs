using System.Globalization;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Observations;

namespace Cfc.Sdk.Disclosure;

/// <summary>
/// Applies statistical disclosure control to values before they are shown: counts below the threshold
/// are suppressed and the others rounded, and a table of a total with its breakdowns is disclosed as a
/// whole so that no suppressed cell can be recovered by subtraction (<see cref="DiscloseTable"/>).
/// Everything the SDK publishes about an indicator (<see cref="Reports.IndicatorReport"/>) is derived from
/// disclosed values only, so no derived value (trend, projection, assessment) can reveal a suppressed count.
/// </summary>
public sealed class DisclosureControl
{
    /// <summary>Creates the control with the given settings.</summary>
    /// <param name="options">The threshold and rounding.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The threshold is negative or 1, the rounding base below 1, or the two together pin a true value
    /// (see <see cref="DisclosureOptions"/>); the message lists every problem.
    /// </exception>
    public DisclosureControl(DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems(nameof(DisclosureOptions)).ToArray();
        if (problems.Length > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), string.Join(" ", problems));
        }

        SuppressBelow = options.SuppressBelow;
        RoundTo = options.RoundTo;
    }

    /// <summary>Counts below this number are suppressed.</summary>
    public int SuppressBelow { get; }

    /// <summary>Shown counts are rounded to a multiple of this number.</summary>
    public int RoundTo { get; }

    /// <summary>
    /// The value of <paramref name="indicator"/> as it may be shown on its own: counts are suppressed or rounded,
    /// other units pass unchanged. A total published with its breakdowns is disclosed with <see cref="DiscloseTable"/>.
    /// </summary>
    /// <param name="indicator">The indicator the value belongs to.</param>
    /// <param name="value">The true value, valid for the indicator's unit.</param>
    /// <returns>The value to show.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN, an infinity or otherwise not valid in the indicator's unit.</exception>
    public DisclosedValue Disclose(Indicator indicator, double value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        indicator.CheckValue(value, nameof(value));
        return indicator.Unit != IndicatorUnit.Count
            ? DisclosedValue.Shown(value)
            : value < SuppressBelow ? DisclosedValue.Suppressed : DisclosedValue.Shown(DisclosureOptions.Round(value, RoundTo));
    }

    /// <summary>
    /// A count of people that belongs to no indicator, such as the children who took part in a participation activity, as
    /// it may be shown on its own: suppressed below <see cref="SuppressBelow"/>, rounded to <see cref="RoundTo"/> otherwise,
    /// so that a small group cannot be told apart.
    /// </summary>
    /// <param name="count">The true count: 0 or more.</param>
    /// <returns>The count to show.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public DisclosedValue DiscloseCount(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count < SuppressBelow ? DisclosedValue.Suppressed : DisclosedValue.Shown(DisclosureOptions.Round(count, RoundTo));
    }

    /// <summary>
    /// Discloses a table as a whole: the total of one indicator for one member and period together with its
    /// breakdowns, each by one dimension (sex, age band), whose cells add up to at most the total. A dimension may be
    /// recorded in part (figures arrive separately): the rest of the total, its unrecorded remainder, is never shown.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Counts are first suppressed cell by cell (below <see cref="SuppressBelow"/>, or suppressed at source), then
    /// secondary suppression makes the table safe. While the total is shown, a dimension never has exactly one
    /// suppressed cell (the smallest shown cell of that dimension is suppressed too, or else the total), the known
    /// values of its suppressed cells never add up to 0 (they would all be known to be 0), and when none of its cells
    /// is suppressed, its unrecorded remainder (total minus the recorded cells) is 0 or at least
    /// <see cref="SuppressBelow"/> (a small remainder would be known by subtraction: it is protected like a suppressed
    /// cell). When the total is suppressed, every dimension has a suppressed cell (a fully shown dimension would give
    /// the total away to anyone who knows the remainder). Then shown counts are rounded to <see cref="RoundTo"/>.
    /// </para>
    /// <para>
    /// Why this suffices: dimensions share only the total. With the total shown, the suppressed cells of one dimension
    /// (two or more, adding up to more than 0) can trade any amount among themselves without changing anything
    /// published, so none is determined, whatever else is known, also the remainder or another dimension. A small
    /// remainder is never the only unknown part of its dimension. With the total suppressed, the total and one
    /// suppressed cell in every dimension can all grow by one without changing anything published. This holds for
    /// someone who knows the settings, that counts are whole and non-negative and that each dimension with its
    /// remainder adds up to the total; with rounding, the shown values only narrow less.
    /// </para>
    /// <para>
    /// Breakdowns by two dimensions at once (<c>age=12-17;sex=female</c>) are refused when they are recorded
    /// (<see cref="IndicatorRules"/>): cross-classified tables are not supported yet.
    /// </para>
    /// <para>Values that are not counts do not add up and are shown as they are (suppressed only at source).</para>
    /// </remarks>
    /// <param name="indicator">The indicator the figures belong to.</param>
    /// <param name="figures">The current figures of one member and period: the total and any breakdowns by one dimension each.</param>
    /// <returns>The table as it may be shown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="figures"/> (or one of its items) is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The figures are empty, of another indicator, of several members or periods, repeat a breakdown, lack the total,
    /// hold a breakdown by two dimensions at once, or (for counts) a dimension adds up to more than the total.
    /// </exception>
    public DisclosedTable DiscloseTable(Indicator indicator, IEnumerable<Observation> figures)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(figures);
        var list = figures.ToArray();
        foreach (var figure in list)
        {
            ArgumentNullException.ThrowIfNull(figure, nameof(figures));
        }

        if (list.Length == 0)
        {
            throw new ArgumentException("A table needs at least its total.", nameof(figures));
        }

        var first = list[0];
        if (list.Any(o => o.Indicator != indicator.Id || o.Member != first.Member || o.Period != first.Period))
        {
            throw new ArgumentException($"A table holds figures of indicator '{indicator.Id}' for one member and one period.", nameof(figures));
        }

        if (list.Select(o => o.Disaggregation).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("A table holds one figure per breakdown.", nameof(figures));
        }

        var total = list.SingleOrDefault(o => o.Disaggregation.IsTotal)
            ?? throw new ArgumentException($"The table of '{indicator.Id}' for {first.Member}, {first.Period} has no total: breakdowns are disclosed with their total.", nameof(figures));
        if (list.FirstOrDefault(o => o.Disaggregation.Dimensions.Count() > 1) is { } crossed)
        {
            throw new ArgumentException($"A table holds breakdowns by one dimension each; '{crossed.Disaggregation}' is by several.", nameof(figures));
        }

        var dimensions = list
            .Where(o => !o.Disaggregation.IsTotal)
            .GroupBy(o => o.Disaggregation.Dimensions.Single())
            .OrderBy(g => g.Key)
            .Select(g => g.OrderBy(o => o.Disaggregation.ToString(), StringComparer.Ordinal).ToArray())
            .ToArray();

        if (indicator.Unit != IndicatorUnit.Count)
        {
            return new DisclosedTable(first.Member, indicator.Id, indicator.Unit, first.Period, AsIs(total.Value), dimensions.SelectMany(d => d).Select(o => KeyValuePair.Create(o.Disaggregation, AsIs(o.Value))));
        }

        CheckSums(total, dimensions, nameof(figures));
        var suppressed = list.Where(o => o.Value is not { } value || value < SuppressBelow).Select(o => o.Disaggregation).ToHashSet();
        SuppressSecondary(total, dimensions, suppressed);
        return new DisclosedTable(
            first.Member,
            indicator.Id,
            indicator.Unit,
            first.Period,
            Show(total, suppressed),
            dimensions.SelectMany(d => d).Select(o => KeyValuePair.Create(o.Disaggregation, Show(o, suppressed))));
    }

    private DisclosedValue Show(Observation figure, HashSet<Disaggregation> suppressed) =>
        suppressed.Contains(figure.Disaggregation) ? DisclosedValue.Suppressed : DisclosedValue.Shown(DisclosureOptions.Round(figure.Value!.Value, RoundTo));

    private static DisclosedValue AsIs(double? value) => value is { } shown ? DisclosedValue.Shown(shown) : DisclosedValue.Suppressed;

    private static void CheckSums(Observation total, Observation[][] dimensions, string paramName)
    {
        if (total.Value is not { } sum)
        {
            return;
        }

        foreach (var dimension in dimensions)
        {
            // Cells may be missing (figures arrive separately): only more than the total is an error.
            var known = dimension.Sum(o => o.Value ?? 0);
            if (known > sum)
            {
                throw new ArgumentException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The breakdowns by {dimension[0].Disaggregation.Dimensions.Single()} of '{total.Indicator}' for {total.Member}, {total.Period} add up to {known}{(dimension.All(o => o.Value is not null) ? string.Empty : " or more")}, more than the total {sum}: a table's breakdowns add up to at most its total."),
                    paramName);
            }
        }
    }

    private void SuppressSecondary(Observation total, Observation[][] dimensions, HashSet<Disaggregation> suppressed)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var dimension in dimensions)
            {
                var totalSuppressed = suppressed.Contains(Disaggregation.Total);
                var hidden = dimension.Where(o => suppressed.Contains(o.Disaggregation)).ToArray();
                var unsafeNow = totalSuppressed
                    ? hidden.Length == 0
                    : hidden.Length == 1
                      || (hidden.Length >= 2 && hidden.Sum(o => o.Value ?? 0) == 0)
                      || (hidden.Length == 0 && Remainder(total, dimension) is > 0 and var remainder && remainder < SuppressBelow);
                if (!unsafeNow)
                {
                    continue;
                }

                var smallestShown = dimension
                    .Where(o => !suppressed.Contains(o.Disaggregation))
                    .OrderBy(o => o.Value!.Value)
                    .Select(o => (Disaggregation?)o.Disaggregation)
                    .FirstOrDefault();
                changed |= suppressed.Add(smallestShown ?? Disaggregation.Total);
            }
        }
        while (changed);
    }

    /// <summary>The part of the total that no recorded cell of the dimension holds (0 when the dimension is complete), when every figure is known.</summary>
    private static double Remainder(Observation total, Observation[] dimension) =>
        total.Value!.Value - dimension.Sum(o => o.Value!.Value);
}
