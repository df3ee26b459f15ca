using System.Text.Json;
using Cfc.Testing;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Tests.Programmes;
using NodaTime;

namespace Cfc.Sdk.Tests.Network;

/// <summary>The domain types serialize to the HTTP contract's JSON form without custom code in the host.</summary>
public sealed class ContractJsonTests
{
    private static readonly DateTimeZone Kralendijk = DateTimeZoneProviders.Tzdb["America/Kralendijk"];

    private static JsonElement Json(object value) => JsonDocument.Parse(JsonSerializer.Serialize(value, Approvals.Json)).RootElement;

    [Fact]
    public void A_member_serializes_with_its_id_kind_and_zone()
    {
        var json = Json(Member.Municipality(MemberCode.SintEustatius, "Sint Eustatius", Kralendijk));

        Assert.Equal("GM9002", json.GetProperty("id").GetString());
        Assert.Equal("PublicBody", json.GetProperty("kind").GetString());
        Assert.Equal("America/Kralendijk", json.GetProperty("timeZone").GetString());
    }

    [Fact]
    public void A_programme_serializes_with_its_rules_and_transitions()
    {
        var json = Json(ProgrammeTests.InEvaluation());

        Assert.Equal("P3Y", json.GetProperty("rules").GetProperty("minimumToRecognition").GetString());
        Assert.Equal("Agreement", json.GetProperty("transitions")[1].GetProperty("phase").GetString());
        Assert.Equal("Evaluation", json.GetProperty("phase").GetString());
    }

    [Fact]
    public void A_bottleneck_serializes_with_its_history()
    {
        var bottleneck = new Bottleneck(MemberId.For(MemberCode.DenHaag), "t", "d", new(2024, 2, 1)).EscalateTo(EscalationLevel.National, new(2024, 3, 1));

        var json = Json(bottleneck);

        Assert.Equal("National", json.GetProperty("history")[1].GetProperty("level").GetString());
        Assert.Equal("2024-03-01", json.GetProperty("history")[1].GetProperty("on").GetString());
        Assert.False(json.TryGetProperty("level", out _), "The current level is the last step of the history, not stored twice.");
    }

    [Fact]
    public void A_meeting_serializes_with_its_zoned_start_and_participants()
    {
        var organiser = new MeetingParticipant(MemberId.For(MemberCode.SintEustatius), Kralendijk);
        var meeting = new Meeting("M", MeetingFormat.Online, MeetingKind.LocalIssue, [], organiser, Meeting.StartAt(new(2024, 3, 30, 20, 0), Kralendijk), Duration.FromHours(1));

        var json = Json(meeting);

        Assert.Equal("2024-03-31T00:00:00Z", json.GetProperty("startInstant").GetString());
        Assert.Equal("America/Kralendijk", json.GetProperty("participants")[0].GetProperty("zone").GetString());
    }

    [Fact]
    public void A_newsletter_serializes_with_its_schedule_and_subscribers()
    {
        var json = Json(new Newsletter("N", new NewsletterSchedule(new(2024, 1, 10))).Subscribe("a@denhaag.nl"));

        Assert.Equal("P6W", json.GetProperty("schedule").GetProperty("cadence").GetString());
        Assert.Equal("a@denhaag.nl", json.GetProperty("subscribers")[0].GetString());
    }
}
