using System.ComponentModel.DataAnnotations;

namespace Cfc.Sample.Host.Municipalities;

/// <summary>
/// The body of <c>PUT /api/municipalities/{code}</c>: <c>{"name": "'s-Gravenhage", "timeZone": "Europe/Amsterdam", "population": 566221}</c>.
/// </summary>
/// <param name="Name">The member's name.</param>
/// <param name="TimeZone">
/// An IANA zone id; optional, the code's default zone by default (America/Kralendijk for GM9001–GM9003, Europe/Amsterdam for
/// other Dutch codes, the country's default abroad: Europe/Berlin for DE-05315000). A member abroad may name any zone of its country.
/// </param>
/// <param name="Population">
/// The number of inhabitants; optional. Left out, the member keeps the population it has (none for a new member), so that a
/// rename does not forget it; rules such as Germany's programme durations are worked out from it.
/// </param>
internal sealed record MunicipalityRequest([property: Required] string? Name, string? TimeZone, int? Population = null);
