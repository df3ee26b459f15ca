using System.Collections.Immutable;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;

namespace Cfc.Sdk.Exchange;

/// <summary>
/// One cell of a published table, as the exchange formats write it: the value as <see cref="DisclosureControl"/> shows
/// it, with the status of the figure behind it and why a value is not shown. Only <see cref="Of(DisclosureControl, Indicator, IEnumerable{Observation})"/>
/// makes them, from disclosed tables, so a published figure never holds a number the control hides.
/// </summary>
/// <remarks>
/// Two figures are equal when every property is equal. A figure is <see cref="IsConfidential"/> when the control
/// suppressed a value that the source gave (small, or protecting a small one: which of the two is not told, since
/// telling it would narrow the suppressed values down), and <see cref="IsMissingAtSource"/> when the source gave none.
/// </remarks>
public sealed record PublishedFigure
{
    private PublishedFigure(MemberCode member, Indicator indicator, ReportingPeriod period, Disaggregation disaggregation, DisclosedValue value, ObservationStatus status, bool missingAtSource)
    {
        Member = member;
        Indicator = indicator.Id;
        Unit = indicator.Unit;
        Period = period;
        Disaggregation = disaggregation;
        Value = value;
        Status = status;
        IsMissingAtSource = missingAtSource;
    }

    /// <summary>The member the figure describes.</summary>
    public MemberCode Member { get; }

    /// <summary>The indicator measured.</summary>
    public IndicatorId Indicator { get; }

    /// <summary>What the value measures.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>The period the figure is for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The breakdown; <see cref="Disaggregation.Total"/> for the total.</summary>
    public Disaggregation Disaggregation { get; }

    /// <summary>The value as disclosure control shows it.</summary>
    public DisclosedValue Value { get; }

    /// <summary>The status of the figure behind the value (provisional, final or revised).</summary>
    public ObservationStatus Status { get; }

    /// <summary>Whether the source gave no value (suppressed or missing at source).</summary>
    public bool IsMissingAtSource { get; }

    /// <summary>Whether disclosure control suppressed a value the source gave.</summary>
    public bool IsConfidential => Value.IsSuppressed && !IsMissingAtSource;

    /// <summary>
    /// The published figures of one indicator: per member and period with a total, the table of the total and its
    /// breakdowns disclosed as a whole (<see cref="DisclosureControl.DiscloseTable"/>), one figure per cell, ordered by
    /// member, period and breakdown (the total first). Breakdowns of a period without a total are not published: a
    /// breakdown is disclosed only with its total.
    /// </summary>
    /// <param name="disclosure">The disclosure control.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="figures">The current figures of the indicator, of any members and periods.</param>
    /// <returns>The figures as they may be published.</returns>
    /// <exception cref="ArgumentNullException">An argument (or one of the figures) is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A figure is of another indicator, a breakdown repeats, or the figures of a period are not a table
    /// <see cref="DisclosureControl.DiscloseTable"/> accepts.
    /// </exception>
    public static IReadOnlyList<PublishedFigure> Of(DisclosureControl disclosure, Indicator indicator, IEnumerable<Observation> figures)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(figures);
        var list = figures.ToArray();
        foreach (var figure in list)
        {
            ArgumentNullException.ThrowIfNull(figure, nameof(figures));
            if (figure.Indicator != indicator.Id)
            {
                throw new ArgumentException($"The figures are of indicator '{indicator.Id}', not '{figure.Indicator}'.", nameof(figures));
            }
        }

        var published = ImmutableArray.CreateBuilder<PublishedFigure>();
        foreach (var table in list.GroupBy(o => (o.Member, o.Period)).OrderBy(t => t.Key.Member).ThenBy(t => t.Key.Period))
        {
            if (!table.Any(o => o.Disaggregation.IsTotal))
            {
                continue;
            }

            var disclosed = disclosure.DiscloseTable(indicator, table);
            published.AddRange(table
                .OrderBy(o => o.Disaggregation.ToString(), StringComparer.Ordinal)
                .Select(o => new PublishedFigure(o.Member, indicator, o.Period, o.Disaggregation, disclosed[o.Disaggregation], o.Status, o.IsSuppressedAtSource)));
        }

        return published.ToImmutable();
    }

    /// <summary>
    /// The published figures of a member's ledger: <see cref="Of(DisclosureControl, Indicator, IEnumerable{Observation})"/>
    /// for every indicator of the catalogue with current figures of the member, in id order. Figures of indicators the
    /// catalogue does not hold are left out.
    /// </summary>
    /// <param name="disclosure">The disclosure control.</param>
    /// <param name="catalogue">The indicator catalogue.</param>
    /// <param name="ledger">The member's observations.</param>
    /// <param name="member">The member.</param>
    /// <returns>The figures as they may be published.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<PublishedFigure> Of(DisclosureControl disclosure, IndicatorCatalogue catalogue, ObservationLedger ledger, MemberCode member)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(ledger);
        return
        [
            .. ledger.Current
                .Where(o => o.Member == member)
                .Select(o => o.Indicator)
                .Distinct()
                .Order()
                .SelectMany(id => catalogue.TryGet(id, out var indicator) ? Of(disclosure, indicator, ledger.Figures(member, id)) : []),
        ];
    }
}
