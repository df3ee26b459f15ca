using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Reports;
using Cfc.Sdk.Targets;
using NodaTime;

namespace Cfc.Sample.Host.Indicators;

/// <summary>A member's indicator reports, as the API and the pages show them.</summary>
internal static class MemberReports
{
    /// <summary>
    /// Per indicator of the catalogue with figures for the member's total, in id order: the report of the total,
    /// values as disclosure control lets them be shown, with the member's target for the indicator and its assessment
    /// when one is set. A target of an indicator without figures has no report to be shown in.
    /// </summary>
    /// <param name="ledger">The member's observations.</param>
    /// <param name="member">The member.</param>
    /// <param name="catalogue">The indicator catalogue.</param>
    /// <param name="disclosure">The disclosure control.</param>
    /// <param name="today">Today in the member's zone.</param>
    /// <param name="targets">The member's targets, at most one per indicator.</param>
    /// <returns>The reports.</returns>
    public static IReadOnlyList<IndicatorReport> Of(ObservationLedger ledger, MemberCode member, IndicatorCatalogue catalogue, DisclosureControl disclosure, LocalDate today, IReadOnlyList<Target> targets) =>
    [
        .. ledger.Current
            .Select(o => o.Indicator)
            .Distinct()
            .Order()
            .Select(id => (Indicator: catalogue.TryGet(id, out var indicator) ? indicator : null, Figures: ledger.Figures(member, id)))
            .Where(x => x.Indicator is not null && x.Figures.Any(f => f.Disaggregation.IsTotal))
            .Select(x => IndicatorReport.Create(x.Indicator!, x.Figures, disclosure, today, targets.FirstOrDefault(t => t.Indicator == x.Indicator!.Id))),
    ];

    /// <summary>The forecast of a report's target from its shown figures (at their periods' midpoints).</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The forecasts' confidence and horizon.</param>
    /// <returns>The forecast; <see langword="null"/> without a target.</returns>
    public static Forecast? ForecastOf(IndicatorReport report, ForecastOptions options) =>
        report.Target is { } target
            ? Forecast.Of(target, report.Series.Where(p => !p.Value.IsSuppressed).Select(p => new DataPoint(p.Period.Midpoint, p.Value.Value!.Value)), options)
            : null;
}
