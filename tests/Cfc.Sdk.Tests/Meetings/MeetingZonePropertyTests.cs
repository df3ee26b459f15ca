using CsCheck;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using NodaTime;

namespace Cfc.Sdk.Tests.Meetings;

public sealed class MeetingZonePropertyTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;
    private static readonly DateTimeZone Amsterdam = Tzdb["Europe/Amsterdam"];
    private static readonly DateTimeZone Kralendijk = Tzdb["America/Kralendijk"];
    private static readonly string[] ZoneIds = ["Europe/Amsterdam", "America/Kralendijk", "America/Lower_Princes", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"];

    /// <summary>Instants from 2000 to 2040, a quarter of them within a day of a European daylight-saving change.</summary>
    private static readonly Gen<Instant> GenInstant = Gen.Frequency(
        (3, Gen.Long[Instant.FromUtc(2000, 1, 1, 0, 0).ToUnixTimeSeconds(), Instant.FromUtc(2040, 1, 1, 0, 0).ToUnixTimeSeconds()].Select(Instant.FromUnixTimeSeconds)),
        (1, Gen.Select(Gen.Int[2000, 2039], Gen.Bool, Gen.Int[-24 * 60, 24 * 60]).Select((year, march, minutes) =>
            Amsterdam.GetZoneInterval(Instant.FromUtc(year, march ? 4 : 11, 15, 0, 0)).Start.Plus(Duration.FromMinutes(minutes)))));

    private static readonly Gen<Meeting> GenMeeting =
        Gen.Select(GenInstant, Gen.OneOf(ZoneIds), Gen.Int[1, 24 * 60], Gen.OneOf(ZoneIds).Array[0, 5])
            .Select((start, organiserZone, minutes, zones) =>
            {
                var organiser = new MeetingParticipant(MemberId.Parse("org:organiser"), Tzdb[organiserZone]);
                var others = zones.Select((zone, i) => new MeetingParticipant(MemberId.Parse($"org:p{i}"), Tzdb[zone]));
                return new Meeting("M", MeetingFormat.Online, MeetingKind.LocalIssue, [], organiser, start.InZone(organiser.Zone), Duration.FromMinutes(minutes), others);
            });

    [Fact]
    public void Every_local_time_maps_back_to_the_meetings_instants() =>
        GenMeeting.Sample(meeting =>
        {
            foreach (var local in meeting.LocalTimes())
            {
                Assert.Equal(meeting.StartInstant, local.Start.WithOffset(local.StartOffset).ToInstant());
                Assert.Equal(meeting.EndInstant, local.End.WithOffset(local.EndOffset).ToInstant());
                Assert.Equal(local.StartOffset, local.Zone.GetUtcOffset(meeting.StartInstant));
            }
        });

    [Fact]
    public void The_organisers_local_start_is_the_given_start() =>
        GenMeeting.Sample(meeting => Assert.Equal(meeting.Start.LocalDateTime, meeting.LocalTimes()[0].Start));

    [Fact]
    public void Amsterdam_is_six_hours_ahead_of_sint_eustatius_in_summer_time_and_five_otherwise() =>
        GenInstant.Sample(instant =>
        {
            var amsterdam = instant.InZone(Amsterdam).LocalDateTime;
            var statia = instant.InZone(Kralendijk).LocalDateTime;
            var hours = Period.Between(statia, amsterdam, PeriodUnits.Hours).Hours;

            Assert.Equal(Amsterdam.GetZoneInterval(instant).Savings != Offset.Zero ? 6 : 5, hours);
            Assert.Equal(Offset.FromHours(-4), Kralendijk.GetUtcOffset(instant));
        });

    [Fact]
    public void A_local_start_that_exists_once_round_trips_through_start_at() =>
        Gen.Select(GenInstant, Gen.OneOf(ZoneIds)).Sample((instant, zoneId) =>
        {
            var zone = Tzdb[zoneId];
            var local = instant.InZone(zone).LocalDateTime;
            if (zone.MapLocal(local).Count == 1)
            {
                Assert.Equal(instant, Meeting.StartAt(local, zone).ToInstant());
            }
            else
            {
                Assert.Throws<ArgumentException>(() => { _ = Meeting.StartAt(local, zone); });
            }
        });
}
