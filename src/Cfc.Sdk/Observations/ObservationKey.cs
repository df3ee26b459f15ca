using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Periods;

namespace Cfc.Sdk.Observations;

/// <summary>What one figure is about: a member, an indicator, a period and a breakdown. Figures with the same key supersede each other.</summary>
/// <remarks>
/// A key is also what one looks a figure up by (<see cref="ObservationLedger.CurrentFor"/>), so any combination may be
/// made: a key no figure can have simply finds nothing. Figures get their key from <see cref="Observation.Create"/>,
/// which checks it against the indicator's rules.
/// </remarks>
/// <param name="Member">The member the figure describes.</param>
/// <param name="Indicator">The indicator measured.</param>
/// <param name="Period">The period the figure is for.</param>
/// <param name="Disaggregation">The breakdown; <see cref="Disaggregation.Total"/> for the total.</param>
public readonly record struct ObservationKey(MemberCode Member, IndicatorId Indicator, ReportingPeriod Period, Disaggregation Disaggregation)
{
    /// <summary>The key in one line, e.g. <c>school.home-sitters GM0518 2023/2024 sex=female</c> (no breakdown for the total).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Disaggregation.IsTotal ? $"{Indicator} {Member} {Period}" : $"{Indicator} {Member} {Period} {Disaggregation}";
}
