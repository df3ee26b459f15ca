using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;

namespace Cfc.Sdk.Reports;

/// <summary>One figure of a published series: its period, its value after disclosure control, and its status.</summary>
/// <param name="Period">The period the figure is for.</param>
/// <param name="Value">The value as it may be shown.</param>
/// <param name="Status">How settled the figure is.</param>
public readonly record struct ReportPoint(ReportingPeriod Period, DisclosedValue Value, ObservationStatus Status);
