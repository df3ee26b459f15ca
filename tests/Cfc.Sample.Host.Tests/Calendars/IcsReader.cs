using System.Text.Json.Nodes;
using Cfc.Testing;

namespace Cfc.Sample.Host.Tests.Calendars;

/// <summary>
/// Reads a calendar back with python3-icalendar, an independent reader: what it sees of the calendar, its zones and its
/// events, as JSON. Each event's start is also resolved through the calendar's own VTIMEZONE (<c>to_tz</c>), so that
/// a zone description that does not cover the event shows as a wrong offset.
/// </summary>
internal static class IcsReader
{
    private const string Script = """
        import sys, json, icalendar
        cal = icalendar.Calendar.from_ical(sys.stdin.read())
        zones = {str(z["TZID"]): z.to_tz() for z in cal.walk("VTIMEZONE")}
        def own(prop):
            naive = prop.dt.replace(tzinfo=None)
            return zones[prop.params["TZID"]].localize(naive).isoformat()
        print(json.dumps({
            "version": str(cal["VERSION"]), "prodid": str(cal["PRODID"]), "method": str(cal["METHOD"]), "name": str(cal["X-WR-CALNAME"]),
            "zones": sorted(zones),
            "events": [{
                "uid": str(e["UID"]), "summary": str(e["SUMMARY"]), "status": str(e["STATUS"]), "sequence": int(e["SEQUENCE"]),
                "url": str(e["URL"]), "location": str(e.get("LOCATION", "")), "description": str(e.get("DESCRIPTION", "")),
                "tzid": e["DTSTART"].params["TZID"], "endTzid": e["DTEND"].params["TZID"],
                "start": e.decoded("DTSTART").isoformat(), "end": e.decoded("DTEND").isoformat(),
                "startByOwnZone": own(e["DTSTART"]), "endByOwnZone": own(e["DTEND"]),
                "stamp": e.decoded("DTSTAMP").isoformat(),
            } for e in cal.walk("VEVENT")],
        }))
        """;

    /// <summary>The calendar <paramref name="ics"/> as python3-icalendar reads it.</summary>
    public static async Task<JsonNode> ReadAsync(string ics) =>
        JsonNode.Parse(await PythonModuleFactAttribute.RunAsync(Script, ics))!;
}
