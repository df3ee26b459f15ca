using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using Duration = NodaTime.Duration;

namespace Cfc.Sample.Host.Calendars;

/// <summary>
/// The <c>VTIMEZONE</c> of a zone the calendar's events use, with one <c>STANDARD</c> or <c>DAYLIGHT</c> part for each
/// of the zone's intervals (TZDB, NodaTime) that the events' times fall in: the rules are the ones that held then, and a
/// calendar reader needs none of its own.
/// </summary>
/// <remarks>
/// Ical.Net's own <c>VTimeZone.FromDateTimeZone</c> is not used: it derives yearly rules from the zone's intervals up to
/// the machine's clock, so what it writes changes with the day it is written, and it covers an event only from a year
/// before the earliest date it is given.
/// </remarks>
internal static class CalendarTimeZones
{
    // An interval that started before the zone's records did (the first one) is written as starting on this day.
    private static readonly LocalDateTime s_beforeRecords = new(1601, 1, 1, 0, 0);

    /// <summary>The <c>VTIMEZONE</c> of <paramref name="zone"/> covering every instant from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="first">The first instant to cover, such as the earliest start.</param>
    /// <param name="last">The last instant to cover, such as the latest end; not before <paramref name="first"/>.</param>
    /// <returns>The component, with the zone's TZDB id as its <c>TZID</c>.</returns>
    public static VTimeZone Covering(DateTimeZone zone, Instant first, Instant last)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var component = new VTimeZone(zone.Id);
        foreach (var interval in zone.GetZoneIntervals(first, last + Duration.Epsilon))
        {
            var before = interval.HasStart ? zone.GetZoneInterval(interval.Start - Duration.Epsilon).WallOffset : interval.WallOffset;
            component.AddChild(new VTimeZoneInfo
            {
                Name = interval.Savings == Offset.Zero ? Components.Standard : Components.Daylight,
                TimeZoneName = interval.Name,
                OffsetFrom = new UtcOffset(before.ToTimeSpan()),
                OffsetTo = new UtcOffset(interval.WallOffset.ToTimeSpan()),
                // The change's wall-clock time on the clock that changes, as RFC 5545 has DTSTART of a zone's part.
                Start = new CalDateTime((interval.HasStart ? interval.Start.WithOffset(before).LocalDateTime : s_beforeRecords).ToDateTimeUnspecified(), hasTime: true),
            });
        }

        return component;
    }
}
