using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Tests.Programmes;
using Cfc.Testing;
using CsCheck;
using NodaTime;

namespace Cfc.Sdk.Tests.Meetings;

public sealed class MeetingTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly DateTimeZone Kralendijk = DateTimeZoneProviders.Tzdb["America/Kralendijk"];
    private static readonly MeetingParticipant DenHaag = new(MemberId.For(MemberCode.DenHaag), Amsterdam);
    private static readonly MeetingParticipant GooiseMeren = new(MemberId.For(MemberCode.GooiseMeren), Amsterdam);
    private static readonly MeetingParticipant Statia = new(MemberId.For(MemberCode.SintEustatius), Kralendijk);
    private static readonly MeetingTheme[] Themes = [new("veilig naar school", chosenWithYoungPeople: true), new("spelen")];

    private static Meeting Online(MeetingParticipant organiser, LocalDateTime start, Duration duration, params MeetingParticipant[] others) =>
        new("Netwerkbijeenkomst", MeetingFormat.Online, MeetingKind.Thematic, Themes, organiser, Meeting.StartAt(start, organiser.Zone), duration, others);

    private static MeetingLocalTime For(Meeting meeting, MeetingParticipant participant) =>
        meeting.LocalTimes().Single(t => t.Member == participant.Member);

    [Fact]
    public void Amsterdam_and_sint_eustatius_are_five_hours_apart_in_winter()
    {
        var meeting = Online(DenHaag, new(2024, 1, 16, 15, 0), Duration.FromHours(1), Statia);

        Assert.Equal(new LocalDateTime(2024, 1, 16, 10, 0), For(meeting, Statia).Start);
        Assert.Equal(Offset.FromHours(-4), For(meeting, Statia).StartOffset);
    }

    [Fact]
    public void Amsterdam_and_sint_eustatius_are_six_hours_apart_in_summer()
    {
        var meeting = Online(Statia, new(2024, 6, 11, 9, 0), Duration.FromMinutes(90), DenHaag);

        Assert.Equal(new LocalDateTime(2024, 6, 11, 15, 0), For(meeting, DenHaag).Start);
        Assert.Equal(new LocalDateTime(2024, 6, 11, 16, 30), For(meeting, DenHaag).End);
        Assert.Equal(Offset.FromHours(2), For(meeting, DenHaag).StartOffset);
    }

    [Fact]
    public void A_meeting_across_the_march_change_keeps_its_length_but_not_its_wall_clock_length()
    {
        var meeting = Online(Statia, new(2024, 3, 30, 20, 30), Duration.FromHours(1), DenHaag);

        var amsterdam = For(meeting, DenHaag);

        Assert.Equal(new LocalDateTime(2024, 3, 31, 1, 30), amsterdam.Start);
        Assert.Equal(new LocalDateTime(2024, 3, 31, 3, 30), amsterdam.End);
        Assert.Equal(Offset.FromHours(1), amsterdam.StartOffset);
        Assert.Equal(Offset.FromHours(2), amsterdam.EndOffset);
        Assert.Equal(Instant.FromUtc(2024, 3, 31, 1, 30), meeting.EndInstant);
    }

    [Fact]
    public void A_meeting_across_the_october_change_keeps_its_length()
    {
        var meeting = Online(Statia, new(2024, 10, 26, 20, 30), Duration.FromHours(1), DenHaag);

        var amsterdam = For(meeting, DenHaag);

        Assert.Equal(new LocalDateTime(2024, 10, 27, 2, 30), amsterdam.Start);
        Assert.Equal(new LocalDateTime(2024, 10, 27, 2, 30), amsterdam.End);
        Assert.Equal(Offset.FromHours(2), amsterdam.StartOffset);
        Assert.Equal(Offset.FromHours(1), amsterdam.EndOffset);
    }

    [Fact]
    public void The_week_after_the_american_change_is_still_five_hours_because_statia_keeps_no_daylight_saving()
    {
        var meeting = Online(DenHaag, new(2024, 3, 12, 15, 0), Duration.FromHours(1), Statia);

        Assert.Equal(new LocalDateTime(2024, 3, 12, 10, 0), For(meeting, Statia).Start);
    }

    [Fact]
    public void A_start_the_clocks_skip_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Meeting.StartAt(new(2024, 3, 31, 2, 30), Amsterdam));

        Assert.Equal("localStart", error.ParamName);
        Assert.StartsWith("2024-03-31T02:30:00 does not exist in Europe/Amsterdam", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_the_clocks_repeat_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Meeting.StartAt(new(2024, 10, 27, 2, 30), Amsterdam));

        Assert.StartsWith("2024-10-27T02:30:00 happens twice in Europe/Amsterdam", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Meeting.StartAt(new(2024, 10, 27, 2, 30), null!));
    }

    [Fact]
    public void The_organiser_comes_first_then_every_other_member_once_in_id_order()
    {
        var meeting = Online(Statia, new(2024, 1, 16, 15, 0), Duration.FromHours(1), GooiseMeren, Statia, DenHaag, GooiseMeren);

        Assert.Equal([Statia, DenHaag, GooiseMeren], meeting.Participants);
        Assert.Same(Statia, meeting.Organiser);
        Assert.Equal(3, meeting.LocalTimes().Count);
    }

    [Fact]
    public void The_order_participants_are_given_in_does_not_change_the_meeting()
    {
        var meeting = Online(DenHaag, new(2024, 1, 16, 15, 0), Duration.FromHours(1), Statia, DenHaag, GooiseMeren, Statia);

        Assert.Equal([DenHaag, GooiseMeren, Statia], meeting.Participants);
        Assert.Equal(Online(DenHaag, new(2024, 1, 16, 15, 0), Duration.FromHours(1), GooiseMeren, Statia), meeting);
        Assert.Same(DenHaag, meeting.Organiser);
        Assert.Equal(3, meeting.LocalTimes().Count);
    }

    [Fact]
    public void A_member_cannot_take_part_from_two_zones()
    {
        var organisation = MemberId.Parse("org:kenniscentrum-jeugd");

        var error = Assert.Throws<ArgumentException>(() => Online(DenHaag, new(2024, 1, 16, 15, 0), Duration.FromHours(1), new MeetingParticipant(organisation, Amsterdam), new MeetingParticipant(organisation, Kralendijk)));

        Assert.Equal("participants", error.ParamName);
    }

    [Fact]
    public void A_meeting_lies_a_day_inside_the_ends_of_the_calendar_so_every_zone_can_show_it()
    {
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => Online(DenHaag, new LocalDateTime(9999, 12, 31, 0, 0), Duration.FromHours(2), Statia)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => Online(DenHaag, new LocalDateTime(9999, 12, 30, 12, 0), Duration.FromDays(1))).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => Online(Statia, new LocalDateTime(-9998, 1, 1, 12, 0), Duration.FromHours(2), DenHaag)).ParamName);

        var late = Online(DenHaag, new LocalDateTime(9999, 12, 29, 20, 0), Duration.FromHours(2), Statia);
        Assert.Equal(new LocalDateTime(9999, 12, 29, 17, 0), For(late, Statia).End);
        Assert.Equal(new LocalDateTime(9999, 12, 29, 22, 0), For(late, DenHaag).End);
    }

    [Theory]
    [InlineData("GM9001")]
    [InlineData("GM9002")]
    [InlineData("GM9003")]
    public void A_caribbean_public_body_takes_part_from_kralendijk_not_amsterdam(string code)
    {
        var member = MemberId.Parse(code);

        Assert.Equal("zone", Assert.Throws<ArgumentException>(() => new MeetingParticipant(member, Amsterdam)).ParamName);
        Assert.Equal(new MeetingParticipant(member, Kralendijk), MeetingParticipant.For(MemberCode.Parse(code), DateTimeZoneProviders.Tzdb));
        Assert.Equal("America/Kralendijk", MeetingParticipant.For(MemberCode.Parse(code), DateTimeZoneProviders.Tzdb).Zone.Id);
    }

    [Fact]
    public void A_municipality_takes_part_from_amsterdam_and_an_organisation_from_anywhere()
    {
        Assert.Equal("zone", Assert.Throws<ArgumentException>(() => new MeetingParticipant(MemberId.For(MemberCode.DenHaag), Kralendijk)).ParamName);
        Assert.Equal("Europe/Amsterdam", MeetingParticipant.For(MemberCode.DenHaag, DateTimeZoneProviders.Tzdb).Zone.Id);
        Assert.Equal(Kralendijk, new MeetingParticipant(MemberId.Parse("org:o01"), Kralendijk).Zone);
        Assert.Throws<ArgumentNullException>(() => MeetingParticipant.For(MemberCode.DenHaag, null!));
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => MeetingParticipant.For(default(MemberCode), DateTimeZoneProviders.Tzdb)).ParamName);
    }

    [Fact]
    public void A_municipality_abroad_takes_part_from_a_zone_of_its_country()
    {
        var koeln = new MeetingParticipant(MemberId.Parse("DE-05315000"), DateTimeZoneProviders.Tzdb["Europe/Berlin"]);
        var weil = new MeetingParticipant(MemberId.Parse("DE-08336091"), DateTimeZoneProviders.Tzdb["Europe/Busingen"]);
        var meeting = Online(DenHaag, new(2026, 1, 16, 15, 0), Duration.FromHours(1), koeln, weil);

        Assert.Equal(new LocalDateTime(2026, 1, 16, 15, 0), For(meeting, koeln).Start);
        Assert.Equal(("Europe/Busingen", new LocalDateTime(2026, 1, 16, 15, 0)), (For(meeting, weil).Zone.Id, For(meeting, weil).Start));
        Assert.Equal("Europe/Berlin", MeetingParticipant.For(MemberCode.Parse("DE-05315000"), DateTimeZoneProviders.Tzdb).Zone.Id);
        var error = Assert.Throws<ArgumentException>(() => new MeetingParticipant(MemberId.Parse("DE-05315000"), DateTimeZoneProviders.Tzdb["Europe/Paris"]));
        Assert.Equal("zone", error.ParamName);
        Assert.StartsWith("DE-05315000 takes part from a zone of DE (Europe/Berlin, Europe/Busingen), not from Europe/Paris.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_start_must_be_in_the_organisers_zone()
    {
        var start = Meeting.StartAt(new(2024, 1, 16, 15, 0), Amsterdam);

        var error = Assert.Throws<ArgumentException>(() => new Meeting("M", MeetingFormat.InPerson, MeetingKind.LocalIssue, [], Statia, start, Duration.FromHours(1)));

        Assert.Equal("start", error.ParamName);
    }

    [Fact]
    public void A_thematic_meeting_needs_a_theme()
    {
        var start = Meeting.StartAt(new(2024, 1, 16, 15, 0), Amsterdam);

        Assert.Equal("themes", Assert.Throws<ArgumentException>(() => new Meeting("M", MeetingFormat.Online, MeetingKind.Thematic, [], DenHaag, start, Duration.FromHours(1))).ParamName);
        Assert.Empty(new Meeting("M", MeetingFormat.Online, MeetingKind.LocalIssue, [], DenHaag, start, Duration.FromHours(1)).Themes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData((7 * 24 * 60) + 1)]
    public void A_duration_out_of_range_is_rejected(int minutes) =>
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => Online(DenHaag, new(2024, 1, 16, 15, 0), Duration.FromMinutes(minutes))).ParamName);

    [Fact]
    public void Bad_meeting_input_is_rejected()
    {
        var start = Meeting.StartAt(new(2024, 1, 16, 15, 0), Amsterdam);
        var hour = Duration.FromHours(1);

        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new Meeting(" ", MeetingFormat.Online, MeetingKind.LocalIssue, [], DenHaag, start, hour)).ParamName);
        Assert.Equal("format", Assert.Throws<ArgumentOutOfRangeException>(() => new Meeting("M", 0, MeetingKind.LocalIssue, [], DenHaag, start, hour)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new Meeting("M", MeetingFormat.Online, 0, [], DenHaag, start, hour)).ParamName);
        Assert.Equal("themes", Assert.Throws<ArgumentNullException>(() => new Meeting("M", MeetingFormat.Online, MeetingKind.LocalIssue, null!, DenHaag, start, hour)).ParamName);
        Assert.Equal("themes", Assert.Throws<ArgumentNullException>(() => new Meeting("M", MeetingFormat.Online, MeetingKind.LocalIssue, [null!], DenHaag, start, hour)).ParamName);
        Assert.Equal("organiser", Assert.Throws<ArgumentNullException>(() => new Meeting("M", MeetingFormat.Online, MeetingKind.LocalIssue, [], null!, start, hour)).ParamName);
        Assert.Equal("participants", Assert.Throws<ArgumentNullException>(() => new Meeting("M", MeetingFormat.Online, MeetingKind.LocalIssue, [], DenHaag, start, hour, [null!])).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentException>(() => new MeetingParticipant(default, Amsterdam)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => new MeetingParticipant(MemberId.For(MemberCode.DenHaag), null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new MeetingTheme("")).ParamName);
    }

    [Fact]
    public void Themes_chosen_with_young_people_are_flagged()
    {
        var meeting = Online(DenHaag, new(2024, 1, 16, 15, 0), Duration.FromHours(1));

        Assert.True(meeting.HasThemesChosenWithYoungPeople);
        Assert.Equal(["spelen", "veilig naar school (chosen with young people)"], meeting.Themes.Select(t => t.ToString()));
    }

    [Fact]
    public void A_repeated_theme_keeps_its_chosen_with_young_people_flag_and_its_ordinal_first_spelling()
    {
        var start = Meeting.StartAt(new(2024, 1, 16, 15, 0), Amsterdam);

        var meeting = new Meeting("M", MeetingFormat.Online, MeetingKind.Thematic, [new("spelen"), new("armoede"), new("SPELEN", true)], DenHaag, start, Duration.FromHours(1));

        Assert.Equal([new MeetingTheme("armoede"), new MeetingTheme("spelen", true)], meeting.Themes);
        Assert.Equal("SPELEN", meeting.Themes[1].Name);
        Assert.True(meeting.HasThemesChosenWithYoungPeople);
        Assert.Equal(meeting, new Meeting("M", MeetingFormat.Online, MeetingKind.Thematic, [new("spelen", true), new("armoede"), new("spelen")], DenHaag, start, Duration.FromHours(1)));
    }

    [Fact]
    public void Themes_and_equality_do_not_depend_on_the_order_the_themes_are_given_in()
    {
        var start = Meeting.StartAt(new(2024, 1, 16, 15, 0), Amsterdam);
        Meeting With(params MeetingTheme[] themes) => new("M", MeetingFormat.Online, MeetingKind.Thematic, themes, DenHaag, start, Duration.FromHours(1));

        var given = With(new("spelen"), new("Armoede", true), new("armoede"));
        var reversed = With(new("armoede"), new("Armoede"), new("spelen"));

        Assert.Equal(given, With(new("armoede"), new("spelen"), new("Armoede", true)));
        Assert.Equal(["Armoede", "spelen"], given.Themes.Select(t => t.Name));
        Assert.Equal(given.Themes.Select(t => t.Name), reversed.Themes.Select(t => t.Name));
        Assert.NotEqual(given, reversed);
    }

    [Fact]
    public void Themes_are_the_same_for_every_order_of_the_same_themes()
    {
        var start = Meeting.StartAt(new(2024, 1, 16, 15, 0), Amsterdam);
        var names = Gen.OneOf("spelen", "Spelen", "SPELEN", "armoede", "Armoede", "veilig naar school");
        Gen.Select(names, Gen.Bool).Array[1, 8].SelectMany(themes => Gen.Shuffle(((string, bool)[])themes.Clone()).Select(shuffled => (themes, shuffled))).Sample(
            (themes, shuffled) =>
            {
                var one = new Meeting("M", MeetingFormat.Online, MeetingKind.Thematic, themes.Select(t => new MeetingTheme(t.Item1, t.Item2)), DenHaag, start, Duration.FromHours(1));
                var other = new Meeting("M", MeetingFormat.Online, MeetingKind.Thematic, shuffled.Select(t => new MeetingTheme(t.Item1, t.Item2)), DenHaag, start, Duration.FromHours(1));
                return one.Equals(other) && one.GetHashCode() == other.GetHashCode()
                    && one.Themes.Select(t => t.Name).SequenceEqual(other.Themes.Select(t => t.Name), StringComparer.Ordinal);
            },
            iter: 2_000);
    }

    [Fact]
    public void A_participant_takes_part_from_its_members_zone()
    {
        var member = Member.Municipality(MemberCode.SintEustatius, "Sint Eustatius", Kralendijk);

        Assert.Equal(Statia, MeetingParticipant.For(member));
        Assert.True(Statia == MeetingParticipant.For(member));
        Assert.Equal("GM9002 (America/Kralendijk)", Statia.ToString());
        Assert.Throws<ArgumentNullException>(() => MeetingParticipant.For(null!));
    }

    [Fact]
    public void Local_time_in_any_zone_is_derived_from_the_instant()
    {
        var meeting = Online(DenHaag, new(2024, 1, 16, 15, 0), Duration.FromHours(1));

        var utc = meeting.LocalTimeIn(DateTimeZone.Utc);

        Assert.Null(utc.Member);
        Assert.Equal(new LocalDateTime(2024, 1, 16, 14, 0), utc.Start);
        Assert.Equal("UTC 2024-01-16T14:00:00Z – 2024-01-16T15:00:00Z", utc.ToString());
        Assert.Equal("Netwerkbijeenkomst, 2024-01-16T15:00:00 Europe/Amsterdam (+01), PT1H", meeting.ToString());
        Assert.Throws<ArgumentNullException>(() => meeting.LocalTimeIn(null!));
    }

    [Fact]
    public void Local_times_of_a_meeting_across_the_march_change_are_approved()
    {
        var meeting = Online(Statia, new(2024, 3, 30, 20, 0), Duration.FromMinutes(90), DenHaag, GooiseMeren);

        Approvals.VerifyJson(new { meeting.Title, Start = meeting.StartInstant, meeting.Duration, LocalTimes = meeting.LocalTimes() });
    }

    [Fact]
    public void Local_times_in_winter_and_summer_are_approved() =>
        Approvals.VerifyText(string.Join(
            '\n',
            Online(DenHaag, new(2024, 1, 16, 15, 0), Duration.FromHours(1), Statia).LocalTimes()
                .Concat(Online(DenHaag, new(2024, 6, 11, 15, 0), Duration.FromHours(1), Statia).LocalTimes())
                .Select(t => t.ToString())));
}
