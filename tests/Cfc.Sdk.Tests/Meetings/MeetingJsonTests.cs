using System.Text.Json;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Tests.Serialization;
using Cfc.Testing;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.Meetings;

/// <summary>Meetings and their parts read back from the JSON they write, through their own validation.</summary>
public sealed class MeetingJsonTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;
    private static readonly DateTimeZone Amsterdam = Tzdb["Europe/Amsterdam"];
    private static readonly DateTimeZone Kralendijk = Tzdb["America/Kralendijk"];
    private static readonly MeetingParticipant DenHaag = MeetingParticipant.For(MemberCode.DenHaag, Tzdb);
    private static readonly MeetingParticipant Statia = MeetingParticipant.For(MemberCode.SintEustatius, Tzdb);
    private static readonly MeetingParticipant Kenniscentrum = new(MemberId.Parse("org:kenniscentrum-jeugd"), Amsterdam);
    private static readonly string[] ZoneIds = ["Europe/Amsterdam", "America/Kralendijk", "America/Lower_Princes", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"];

    private static Meeting AcrossTheMarchChange() => new(
        "Veilig naar school",
        MeetingFormat.Online,
        MeetingKind.Thematic,
        [new("veilig naar school", chosenWithYoungPeople: true), new("spelen")],
        Statia,
        Meeting.StartAt(new(2024, 3, 30, 20, 0), Kralendijk),
        Duration.FromMinutes(90),
        [Kenniscentrum, DenHaag]);

    /// <summary>Meetings from 2000 to 2040 with organisations in many zones and municipalities in theirs.</summary>
    private static readonly Gen<Meeting> GenMeeting =
        Gen.Select(
                Gen.Long[Instant.FromUtc(2000, 1, 1, 0, 0).ToUnixTimeSeconds(), Instant.FromUtc(2040, 1, 1, 0, 0).ToUnixTimeSeconds()].Select(Instant.FromUnixTimeSeconds),
                Gen.OneOf(ZoneIds),
                Gen.Int[1, 7 * 24 * 60],
                Gen.OneOf(ZoneIds).Array[0, 4],
                Gen.Int[1, 9003].Where(n => n < 9000 || n > 9000).Array[0, 3],
                Gen.Select(Gen.OneOf("armoede", "Armoede", "spelen", "school"), Gen.Bool).Array[1, 4])
            .Select((start, organiserZone, minutes, zones, codes, themes) =>
            {
                var organiser = new MeetingParticipant(MemberId.Parse("org:organiser"), Tzdb[organiserZone]);
                var others = zones.Select((zone, i) => new MeetingParticipant(MemberId.Parse($"org:p{i}"), Tzdb[zone]))
                    .Concat(codes.Select(n => MeetingParticipant.For(MemberCode.Parse($"GM{n:D4}"), Tzdb)));
                return new Meeting("M", MeetingFormat.InPerson, MeetingKind.Thematic, themes.Select(t => new MeetingTheme(t.Item1, t.Item2)), organiser, start.InZone(organiser.Zone), Duration.FromMinutes(minutes), others);
            });

    [Fact]
    public void A_meeting_round_trips_with_its_themes_start_and_participants() =>
        JsonRoundTrip.AssertRoundTrips(AcrossTheMarchChange());

    [Fact]
    public void Any_meeting_round_trips_and_keeps_every_local_time() =>
        GenMeeting.Sample(
            meeting =>
            {
                JsonRoundTrip.AssertRoundTrips(meeting);
                var back = JsonSerializer.Deserialize<Meeting>(JsonSerializer.Serialize(meeting, JsonRoundTrip.Web), JsonRoundTrip.Web)!;
                Assert.Equal(meeting.LocalTimes(), back.LocalTimes());
                Assert.Equal(meeting.Start, back.Start);
            },
            iter: 500);

    [Fact]
    public void The_stored_form_of_a_meeting_is_approved() =>
        Approvals.VerifyJson(AcrossTheMarchChange());

    [Fact]
    public void The_stored_form_of_a_cancelled_meeting_is_approved() =>
        Approvals.VerifyJson(AcrossTheMarchChange().Cancel("Te weinig aanmeldingen."));

    [Fact]
    public void A_cancelled_meeting_round_trips_with_its_reason()
    {
        var cancelled = AcrossTheMarchChange().Cancel("Te weinig aanmeldingen.");

        JsonRoundTrip.AssertRoundTrips(cancelled);
        var back = JsonSerializer.Deserialize<Meeting>(JsonSerializer.Serialize(cancelled, JsonRoundTrip.Web), JsonRoundTrip.Web)!;
        Assert.Equal(MeetingStatus.Cancelled, back.Status);
        Assert.Equal("Te weinig aanmeldingen.", back.CancellationReason);
    }

    [Fact]
    public void A_meeting_stored_before_meetings_had_a_status_reads_as_planned()
    {
        const string Stored = """{"title":"M","format":"Online","kind":"LocalIssue","themes":[],"startInstant":"2024-03-31T00:00:00Z","duration":"1:00:00","participants":[{"member":"GM0518","zone":"Europe/Amsterdam"}]}""";

        var read = JsonSerializer.Deserialize<Meeting>(Stored, JsonRoundTrip.Web)!;

        Assert.Equal(MeetingStatus.Planned, read.Status);
        Assert.Null(read.CancellationReason);
    }

    [Fact]
    public void A_meeting_that_takes_up_a_theme_proposal_stores_its_number_and_one_stored_before_proposals_takes_none_up()
    {
        const string Stored = """{"title":"M","format":"Online","kind":"LocalIssue","themes":[],"startInstant":"2024-03-31T00:00:00Z","duration":"1:00:00","participants":[{"member":"GM0518","zone":"Europe/Amsterdam"}]}""";
        var taking = new Meeting("M", MeetingFormat.Online, MeetingKind.LocalIssue, [], DenHaag, Meeting.StartAt(new(2024, 3, 31, 1, 0), Amsterdam), Duration.FromHours(1), proposal: 3);

        var json = JsonRoundTrip.AssertRoundTrips(taking);
        var old = JsonSerializer.Deserialize<Meeting>(Stored, JsonRoundTrip.Web)!;

        Assert.Contains("\"proposal\":3", json, StringComparison.Ordinal);
        Assert.Contains("\"proposal\":3", JsonRoundTrip.AssertRoundTrips(taking.Cancel("Ziek.")), StringComparison.Ordinal);
        Assert.Null(old.Proposal);
        Assert.False(old.HasThemesChosenWithYoungPeople);
        Assert.True(taking.HasThemesChosenWithYoungPeople);
        Assert.NotEqual(old, taking);
        Assert.DoesNotContain("proposal", JsonSerializer.Serialize(old, JsonRoundTrip.Web), StringComparison.Ordinal);
        JsonRoundTrip.AssertRefused<Meeting>(Stored.Replace("\"participants\"", "\"proposal\":-1,\"participants\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"status\":\"Cancelled\"", "cancellationReason")]
    [InlineData("\"status\":\"Planned\",\"cancellationReason\":\"Ziek.\"", "cancellationReason")]
    [InlineData("\"status\":\"Cancelled\",\"cancellationReason\":\" \"", "empty or blank")]
    [InlineData("\"status\":\"Postponed\"", "MeetingStatus")]
    public void An_invalid_stored_status_is_a_json_error_that_says_why(string status, string named) =>
        Assert.Contains(
            named,
            JsonRoundTrip.AssertRefused<Meeting>($$"""{"title":"M","format":"Online","kind":"LocalIssue","themes":[],"startInstant":"2024-03-31T00:00:00Z","duration":"1:00:00","participants":[{"member":"GM0518","zone":"Europe/Amsterdam"}],{{status}}}""").ToString(),
            StringComparison.Ordinal);

    [Fact]
    public void A_meeting_stores_its_instant_and_nothing_derived()
    {
        var json = JsonDocument.Parse(JsonSerializer.Serialize(AcrossTheMarchChange(), JsonRoundTrip.Web)).RootElement;

        Assert.Equal(["title", "format", "kind", "themes", "startInstant", "duration", "participants", "status"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2024-03-31T00:00:00Z", json.GetProperty("startInstant").GetString());
        Assert.Equal("America/Kralendijk", json.GetProperty("participants")[0].GetProperty("zone").GetString());
    }

    [Theory]
    [InlineData("""{"title":"M","format":"Online","kind":"LocalIssue","themes":[],"startInstant":"2024-03-31T00:00:00Z","duration":"1:00:00","participants":[]}""", "organiser")]
    [InlineData("""{"title":"M","format":"Online","kind":"Thematic","themes":[],"startInstant":"2024-03-31T00:00:00Z","duration":"1:00:00","participants":[{"member":"GM0518","zone":"Europe/Amsterdam"}]}""", "theme")]
    [InlineData("""{"title":"M","format":"Online","kind":"LocalIssue","themes":[],"startInstant":"2024-03-31T00:00:00Z","duration":"0:00:00","participants":[{"member":"GM0518","zone":"Europe/Amsterdam"}]}""", "duration")]
    [InlineData("""{"title":"M","format":"Online","kind":"LocalIssue","themes":[],"startInstant":"2024-03-31T00:00:00Z","duration":"1:00:00","participants":[{"member":"GM9002","zone":"Europe/Amsterdam"}]}""", "America/Kralendijk")]
    [InlineData("""{"title":"M","format":"Online","kind":"LocalIssue","themes":[],"startInstant":"2024-03-31T00:00:00Z","duration":"1:00:00","participants":[{"member":"GM0518","zone":"Europe/Amsterdam"},{"member":"org:o1","zone":"UTC"},{"member":"org:o1","zone":"Europe/London"}]}""", "org:o1")]
    [InlineData("""{"title":"M","format":"Online","kind":"LocalIssue","themes":[],"duration":"1:00:00","participants":[{"member":"GM0518","zone":"Europe/Amsterdam"}]}""", "startInstant")]
    [InlineData("""{"title":"M","format":"Hybrid","kind":"LocalIssue","themes":[],"startInstant":"2024-03-31T00:00:00Z","duration":"1:00:00","participants":[{"member":"GM0518","zone":"Europe/Amsterdam"}]}""", "MeetingFormat")]
    public void An_invalid_stored_meeting_is_a_json_error_that_says_why(string json, string named) =>
        Assert.Contains(named, JsonRoundTrip.AssertRefused<Meeting>(json).ToString(), StringComparison.Ordinal);

    [Fact]
    public void Themes_round_trip_with_their_flag()
    {
        Assert.Equal("""{"name":"spelen","chosenWithYoungPeople":true}""", JsonRoundTrip.AssertRoundTrips(new MeetingTheme("spelen", true)));
        JsonRoundTrip.AssertRoundTrips(new MeetingTheme("veilig naar school"));
        JsonRoundTrip.AssertRefused<MeetingTheme>("""{"name":" ","chosenWithYoungPeople":false}""");
        JsonRoundTrip.AssertRefused<MeetingTheme>("""{"name":"spelen"}""");
    }

    [Fact]
    public void Participants_round_trip_with_their_zone()
    {
        Assert.Equal("""{"member":"GM9002","zone":"America/Kralendijk"}""", JsonRoundTrip.AssertRoundTrips(Statia));
        JsonRoundTrip.AssertRoundTrips(Kenniscentrum);
        JsonRoundTrip.AssertRoundTrips(new MeetingParticipant(MemberId.Parse("org:o1"), Tzdb["Asia/Kathmandu"]));
        JsonRoundTrip.AssertRefused<MeetingParticipant>("""{"member":"GM9001","zone":"Europe/Amsterdam"}""");
        JsonRoundTrip.AssertRefused<MeetingParticipant>("""{"member":"","zone":"UTC"}""");
        JsonRoundTrip.AssertRefused<MeetingParticipant>("""{"member":"org:o1"}""");
    }

    [Fact]
    public void Local_times_round_trip_with_and_without_a_participant()
    {
        var meeting = AcrossTheMarchChange();

        Assert.All(meeting.LocalTimes(), local => JsonRoundTrip.AssertRoundTrips(local));
        Assert.DoesNotContain("member", JsonRoundTrip.AssertRoundTrips(meeting.LocalTimeIn(Tzdb["Asia/Kathmandu"])), StringComparison.Ordinal);
        var amsterdam = JsonDocument.Parse(JsonRoundTrip.AssertRoundTrips(meeting.LocalTimes()[1])).RootElement;
        Assert.Equal("2024-03-31T01:00:00+01:00", amsterdam.GetProperty("start").GetString());
        Assert.Equal("2024-03-31T03:30:00+02:00", amsterdam.GetProperty("end").GetString());
    }

    [Theory]
    [InlineData("""{"member":"GM0518","zone":"Europe/Amsterdam","start":"2024-03-31T01:00:00+02:00","end":"2024-03-31T03:30:00+02:00"}""", "+01")]
    [InlineData("""{"member":"GM0518","zone":"Europe/Amsterdam","start":"2024-03-31T03:30:00+02:00","end":"2024-03-31T01:00:00+01:00"}""", "end after")]
    [InlineData("""{"member":"","zone":"Europe/Amsterdam","start":"2024-03-31T01:00:00+01:00","end":"2024-03-31T03:30:00+02:00"}""", "member")]
    public void A_stored_local_time_that_contradicts_its_zone_is_refused(string json, string named) =>
        Assert.Contains(named, JsonRoundTrip.AssertRefused<MeetingLocalTime>(json).Message, StringComparison.Ordinal);

    [Fact]
    public void Meeting_formats_and_kinds_round_trip_by_name()
    {
        Assert.All(Enum.GetValues<MeetingFormat>(), format => Assert.Equal($"\"{format}\"", JsonRoundTrip.AssertRoundTrips(format)));
        Assert.All(Enum.GetValues<MeetingKind>(), kind => Assert.Equal($"\"{kind}\"", JsonRoundTrip.AssertRoundTrips(kind)));
        Assert.All(Enum.GetValues<MeetingStatus>(), status => Assert.Equal($"\"{status}\"", JsonRoundTrip.AssertRoundTrips(status)));
    }

    [Fact]
    public void Meetings_are_equal_by_value()
    {
        Assert.Equal(AcrossTheMarchChange(), AcrossTheMarchChange());
        Assert.Equal(AcrossTheMarchChange().GetHashCode(), AcrossTheMarchChange().GetHashCode());
        var later = new Meeting("Veilig naar school", MeetingFormat.Online, MeetingKind.Thematic, AcrossTheMarchChange().Themes, Statia, Meeting.StartAt(new(2024, 3, 30, 21, 0), Kralendijk), Duration.FromMinutes(90), [Kenniscentrum, DenHaag]);
        Assert.NotEqual(AcrossTheMarchChange(), later);
        Assert.True(AcrossTheMarchChange() != later);
    }

    [Fact]
    public void The_lists_a_meeting_hands_out_cannot_change_it()
    {
        var meeting = AcrossTheMarchChange();

        Assert.Throws<NotSupportedException>(() => ((IList<MeetingParticipant>)meeting.Participants)[0] = DenHaag);
        Assert.Throws<NotSupportedException>(() => ((IList<MeetingTheme>)meeting.Themes).Clear());
        Assert.Equal(Statia, meeting.Organiser);
    }

    [Fact]
    public void A_duration_message_does_not_depend_on_the_current_culture() =>
        JsonRoundTrip.AssertCultureInvariantMessage(() => _ = new Meeting("M", MeetingFormat.Online, MeetingKind.LocalIssue, [], DenHaag, Meeting.StartAt(new(2024, 1, 16, 15, 0), Amsterdam), Duration.FromMilliseconds(-1500)));
}
