using Cfc.Sample.Host.Calendars;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Testing;
using Ical.Net.Serialization;
using NodaTime;

namespace Cfc.Sample.Host.Tests.Calendars;

/// <summary>A small fixed calendar: two meetings in the Netherlands and one in Sint Eustatius, one of them cancelled.</summary>
public sealed class MeetingCalendarTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly DateTimeZone Kralendijk = DateTimeZoneProviders.Tzdb["America/Kralendijk"];
    private static readonly MemberId DenHaag = MemberId.For(MemberCode.Parse("GM0518"));
    private static readonly MemberId SintEustatius = MemberId.For(MemberCode.Parse("GM9002"));
    private static readonly Instant Stamp = Instant.FromUtc(2026, 3, 1, 12, 0);

    private static Meeting Meeting(string title, MeetingFormat format, MeetingParticipant organiser, LocalDateTime start, params MeetingParticipant[] others) => new(
        title,
        format,
        MeetingKind.Thematic,
        [new MeetingTheme("participatie", chosenWithYoungPeople: true)],
        organiser,
        Sdk.Meetings.Meeting.StartAt(start, organiser.Zone),
        Duration.FromMinutes(90),
        others);

    // Before and after the change to summer time in the Netherlands (29 March 2026), and on the island, which keeps UTC-4.
    private static (int, MeetingRevision)[] Meetings() =>
    [
        (3, new(Meeting("Kinderparticipatie op de eilanden", MeetingFormat.Online, new(DenHaag, Amsterdam), new(2026, 3, 26, 16, 0), new MeetingParticipant(SintEustatius, Kralendijk)), 0)),
        (4, new(Meeting("Spelen in de wijk", MeetingFormat.InPerson, new(DenHaag, Amsterdam), new(2026, 4, 9, 10, 0)).Cancel("Te weinig aanmeldingen."), 2)),
        (5, new(Meeting("Jeugdraad Statia", MeetingFormat.InPerson, new(SintEustatius, Kralendijk), new(2026, 5, 6, 18, 30), new MeetingParticipant(DenHaag, Amsterdam)), 1)),
    ];

    private static string Written() => new CalendarSerializer().SerializeToString(MeetingCalendar.Of(
        "Child Friendly Cities: meetings",
        "nl",
        Meetings(),
        id => id == DenHaag ? "Den Haag" : "Sint Eustatius",
        id => new Uri($"https://cfc.example/meetings/{id}"),
        Stamp))!;

    [Fact]
    public void The_calendar_of_a_small_fixed_example_is_approved() => Approvals.VerifyText(Written());

    [PythonModuleFact("icalendar")]
    public async Task Python_icalendar_reads_each_meeting_back_in_its_organisers_zone_covered_by_the_calendars_own_vtimezone()
    {
        var read = await IcsReader.ReadAsync(Written());

        Assert.Equal(("2.0", "PUBLISH", MeetingCalendar.ProductId), ((string?)read["version"], (string?)read["method"], (string?)read["prodid"]));
        Assert.Equal(["America/Kralendijk", "Europe/Amsterdam"], read["zones"]!.AsArray().Select(z => (string?)z));
        var events = read["events"]!.AsArray();
        Assert.Equal(["urn:cfc:nl:meeting:3", "urn:cfc:nl:meeting:4", "urn:cfc:nl:meeting:5"], events.Select(e => (string?)e!["uid"]));
        Assert.Equal(["Europe/Amsterdam", "Europe/Amsterdam", "America/Kralendijk"], events.Select(e => (string?)e!["tzid"]));
        Assert.Equal(["Europe/Amsterdam", "Europe/Amsterdam", "America/Kralendijk"], events.Select(e => (string?)e!["endTzid"]));
        Assert.Equal(["2026-03-26T16:00:00+01:00", "2026-04-09T10:00:00+02:00", "2026-05-06T18:30:00-04:00"], events.Select(e => (string?)e!["startByOwnZone"]));
        Assert.Equal(["2026-03-26T17:30:00+01:00", "2026-04-09T11:30:00+02:00", "2026-05-06T20:00:00-04:00"], events.Select(e => (string?)e!["endByOwnZone"]));
        Assert.Equal(events.Select(e => (string?)e!["start"]), events.Select(e => (string?)e!["startByOwnZone"]));
        Assert.Equal([0, 2, 1], events.Select(e => (int)e!["sequence"]!));
        Assert.Equal(["CONFIRMED", "CANCELLED", "CONFIRMED"], events.Select(e => (string?)e!["status"]));
        Assert.Equal(["https://cfc.example/meetings/3", "https://cfc.example/meetings/4", "https://cfc.example/meetings/5"], events.Select(e => (string?)e!["url"]));
        Assert.Equal(["Online", "Den Haag", "Sint Eustatius"], events.Select(e => (string?)e!["location"]));
        Assert.All(events, e => Assert.Equal("2026-03-01T12:00:00+00:00", (string?)e!["stamp"]));
        Assert.Contains("Cancelled: Te weinig aanmeldingen.", (string?)events[1]!["description"]);
    }
}
