using System.Globalization;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Meetings;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using Duration = NodaTime.Duration;

namespace Cfc.Sample.Host.Calendars;

/// <summary>
/// A calendar of meetings as a calendar application subscribes to it (<c>METHOD:PUBLISH</c>): one <c>VEVENT</c> per meeting,
/// planned (<c>STATUS:CONFIRMED</c>) or cancelled (<c>STATUS:CANCELLED</c>, kept so that a subscribed calendar removes it),
/// its times in the organiser's zone with that zone's <c>VTIMEZONE</c>.
/// </summary>
/// <remarks>
/// A meeting's <c>UID</c> is made of the network's id and the meeting's number only, so that it stays the same whichever
/// address the calendar is read through; its <c>SEQUENCE</c> is the meeting's (<see cref="MeetingRevision.Sequence"/>),
/// so that a calendar takes a changed or cancelled meeting over the one it holds.
/// </remarks>
internal static class MeetingCalendar
{
    /// <summary>The calendar's <c>PRODID</c>.</summary>
    public const string ProductId = "-//UNICEF Child Friendly Cities//Cfc.Sample.Host//EN";

    /// <summary>The <c>UID</c> of meeting <paramref name="number"/> of <paramref name="network"/>.</summary>
    /// <param name="network">The network's id.</param>
    /// <param name="number">The meeting's number.</param>
    /// <returns>Such as <c>urn:cfc:nl:meeting:7</c>.</returns>
    public static string Uid(string network, int number) => string.Create(CultureInfo.InvariantCulture, $"urn:cfc:{network}:meeting:{number}");

    /// <summary>The calendar of <paramref name="meetings"/>.</summary>
    /// <param name="name">The calendar's name (<c>X-WR-CALNAME</c>).</param>
    /// <param name="network">The network's id, for the <c>UID</c>s.</param>
    /// <param name="meetings">The meetings with their numbers and sequences, by start.</param>
    /// <param name="nameOf">The name of a member.</param>
    /// <param name="pageOf">The absolute address of a meeting's page, by its number.</param>
    /// <param name="stamp">When the calendar is written (<c>DTSTAMP</c>).</param>
    /// <returns>The calendar.</returns>
    public static Calendar Of(
        string name,
        string network,
        IReadOnlyList<(int Id, MeetingRevision Revision)> meetings,
        Func<MemberId, string> nameOf,
        Func<int, Uri> pageOf,
        Instant stamp)
    {
        var calendar = new Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var zone in meetings.Select(m => m.Revision.Meeting).GroupBy(m => m.Start.Zone.Id, StringComparer.Ordinal).OrderBy(z => z.Key, StringComparer.Ordinal))
        {
            calendar.AddTimeZone(CalendarTimeZones.Covering(
                zone.First().Start.Zone,
                zone.Min(m => m.StartInstant),
                zone.Max(m => m.StartInstant + m.Duration)));
        }

        foreach (var (id, (meeting, sequence)) in meetings)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(network, id),
                DtStamp = new CalDateTime(stamp.ToDateTimeUtc(), hasTime: true),
                DtStart = Local(meeting.Start),
                DtEnd = Local(meeting.Start.Plus(meeting.Duration)),
                Summary = meeting.Title,
                Description = Description(meeting, nameOf),
                Location = meeting.Format == MeetingFormat.Online ? "Online" : nameOf(meeting.Organiser.Member),
                Url = pageOf(id),
                Sequence = sequence,
                Status = meeting.Status == MeetingStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            });
        }

        return calendar;
    }

    // The local time on the organiser's clock, with the zone's id; an end on the other side of a change of offset is
    // still the organiser's clock, so the event keeps its true length.
    private static CalDateTime Local(ZonedDateTime time) =>
        new(time.LocalDateTime.ToDateTimeUnspecified(), time.Zone.Id, hasTime: true);

    private static string Description(Meeting meeting, Func<MemberId, string> nameOf)
    {
        var kind = meeting.Kind == MeetingKind.Thematic ? "Thematic meeting" : "Meeting about a local issue";
        var format = meeting.Format == MeetingFormat.Online ? "online" : "in person";
        var lines = new List<string> { $"{kind}, {format}, organised by {nameOf(meeting.Organiser.Member)}." };
        if (meeting.Themes.Count > 0)
        {
            lines.Add("Themes: " + string.Join(", ", meeting.Themes.Select(t => t.ChosenWithYoungPeople ? $"{t.Name} (chosen with young people)" : t.Name)) + ".");
        }

        if (meeting.Participants.Count > 1)
        {
            lines.Add("Taking part: " + string.Join(", ", meeting.Participants.Skip(1).Select(p => nameOf(p.Member))) + ".");
        }

        if (meeting.CancellationReason is { } reason)
        {
            lines.Add($"Cancelled: {reason}");
        }

        return string.Join("\n", lines);
    }
}
