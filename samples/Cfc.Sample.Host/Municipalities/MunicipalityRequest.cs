namespace Cfc.Sample.Host.Municipalities;

/// <summary>The body of <c>PUT /api/municipalities/{code}</c>: <c>{"name": "'s-Gravenhage", "timeZone": "Europe/Amsterdam"}</c>.</summary>
/// <param name="Name">The member's name.</param>
/// <param name="TimeZone">An IANA zone id; optional, the code's own zone by default (America/Kralendijk for GM9001–GM9003, Europe/Amsterdam otherwise).</param>
internal sealed record MunicipalityRequest(string? Name, string? TimeZone);
