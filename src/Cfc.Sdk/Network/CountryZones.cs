using System.Collections.Immutable;
using NodaTime.TimeZones;

namespace Cfc.Sdk.Network;

/// <summary>The TZDB zones of each country, from <c>zone.tab</c> as NodaTime carries it.</summary>
internal static class CountryZones
{
    private static readonly Lazy<ILookup<string, string>> s_zones = new(() =>
        (TzdbDateTimeZoneSource.Default.ZoneLocations ?? [])
            .OrderBy(location => location.ZoneId, StringComparer.Ordinal)
            .ToLookup(location => location.CountryCode, location => location.ZoneId, StringComparer.Ordinal));

    /// <summary>The ids of the zones of <paramref name="country"/>, in ordinal order; empty for an unknown country.</summary>
    public static ImmutableArray<string> Of(string country) => [.. s_zones.Value[country]];

    /// <summary>
    /// Whether <paramref name="zoneId"/> is a zone of <paramref name="country"/>: one <c>zone.tab</c> lists for it, or an
    /// alias of one (<c>Europe/Belfast</c> for <c>Europe/London</c>).
    /// </summary>
    public static bool Contains(string country, string zoneId)
    {
        var zones = s_zones.Value[country];
        return zones.Contains(zoneId, StringComparer.Ordinal)
            || (TzdbDateTimeZoneSource.Default.CanonicalIdMap.TryGetValue(zoneId, out var canonical) && zones.Contains(canonical, StringComparer.Ordinal));
    }
}
