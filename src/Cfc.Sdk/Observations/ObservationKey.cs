using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Periods;

namespace Cfc.Sdk.Observations;

/// <summary>What one figure is about: a member, an indicator, a period and a breakdown. Figures with the same key supersede each other.</summary>
/// <param name="Member">The member the figure describes.</param>
/// <param name="Indicator">The indicator measured.</param>
/// <param name="Period">The period the figure is for.</param>
/// <param name="Disaggregation">The breakdown; <see cref="Disaggregation.Total"/> for the total.</param>
public readonly record struct ObservationKey(MemberCode Member, IndicatorId Indicator, ReportingPeriod Period, Disaggregation Disaggregation);
