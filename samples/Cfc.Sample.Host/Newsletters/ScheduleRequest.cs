using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Cfc.Sample.Host.Newsletters;

/// <summary>The body of <c>PUT /api/newsletters/schedule</c>: <c>{"anchor": "2026-01-05", "cadence": "P6W"}</c>.</summary>
/// <param name="Anchor">The date of the first edition; required.</param>
/// <param name="Cadence">The time between editions, an ISO period of years, months, weeks and days; six weeks by default.</param>
internal sealed record ScheduleRequest([property: Required] LocalDate? Anchor, Period? Cadence);

/// <summary>The schedule: <c>{"anchor","cadence","next"}</c>.</summary>
/// <param name="Anchor">The date of the first edition.</param>
/// <param name="Cadence">The time between editions.</param>
/// <param name="Next">The date of the next edition on or after today (Europe/Amsterdam).</param>
internal sealed record ScheduleResponse(LocalDate Anchor, Period Cadence, LocalDate? Next);
