using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Cfc.Sample.Host.Indicators;

/// <summary>
/// The body of <c>PUT /api/municipalities/{code}/targets/{indicator}</c>:
/// <c>{"baselinePeriod": "2023", "baselineValue": 9.1, "value": 6, "date": "2030-12-31"}</c>.
/// </summary>
/// <param name="BaselinePeriod">The period of the baseline figure, in the forms of an observation's period; it must fit the indicator.</param>
/// <param name="BaselineValue">The baseline figure; finite and within the indicator's range.</param>
/// <param name="Value">The value aimed for; finite and within the indicator's range.</param>
/// <param name="Date">The date it is aimed for (ISO, <c>2030-12-31</c>); after the baseline period.</param>
internal sealed record TargetRequest([property: Required] string? BaselinePeriod, [property: Required] double? BaselineValue, [property: Required] double? Value, [property: Required] LocalDate? Date);
