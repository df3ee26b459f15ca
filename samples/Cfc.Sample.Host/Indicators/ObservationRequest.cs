using System.ComponentModel.DataAnnotations;

namespace Cfc.Sample.Host.Indicators;

/// <summary>
/// The body of <c>POST /api/municipalities/{code}/observations</c>:
/// <c>{"indicator": "poverty.low-income-minors", "period": "2023", "value": 5.2}</c>.
/// </summary>
/// <param name="Indicator">The indicator's id, from the catalogue.</param>
/// <param name="Period">The period: <c>2023</c>, <c>2023/2024</c>, <c>2023-H1</c>, <c>2023-12-31</c> (or the SDK's other forms); it must fit the indicator.</param>
/// <param name="Value">The value; finite and within the indicator's range.</param>
/// <param name="Status">Added to the contract: <c>Provisional</c>, <c>Final</c> (the default) or <c>Revised</c>; a final figure is changed only by a revised one.</param>
internal sealed record ObservationRequest([property: Required] string? Indicator, [property: Required] string? Period, [property: Required] double? Value, string? Status = null);

/// <summary>The observation recorded: <c>{"member","indicator","period","value","status"}</c>.</summary>
/// <param name="Member">The member's code.</param>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Period">The period, as text.</param>
/// <param name="Value">The value.</param>
/// <param name="Status">How settled the figure is.</param>
internal sealed record ObservationResponse(string Member, string Indicator, string Period, double? Value, Cfc.Sdk.Observations.ObservationStatus Status);
