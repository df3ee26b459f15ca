using System.Text.Json;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Sdk.Serialization;
using Cfc.Testing;
using static Cfc.Sdk.Orleans.Tests.Network.DutchNetwork;

namespace Cfc.Sdk.Orleans.Tests.Meetings;

/// <summary>A meeting grain's state as the storage writes it: the JSON of <c>ConfigureForCfcSdk</c>.</summary>
public sealed class MeetingStateJsonTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForCfcSdk();

    [Fact]
    public void The_stored_shape_of_a_cancelled_meeting_state_is_approved() =>
        Approvals.VerifyJson(new MeetingState { Meeting = IslandsMeeting.Cancel("Te weinig aanmeldingen."), Sequence = 1 });

    [Fact]
    public void A_meeting_state_round_trips_planned_and_cancelled()
    {
        foreach (var meeting in new[] { IslandsMeeting, IslandsMeeting.Cancel("Te weinig aanmeldingen.") })
        {
            var read = JsonSerializer.Deserialize<MeetingState>(JsonSerializer.Serialize(new MeetingState { Meeting = meeting }, Options), Options)!;

            Assert.Equal(meeting, read.Meeting);
        }
    }

    [Fact]
    public void A_meeting_state_written_before_meetings_had_a_sequence_reads_as_sequence_zero()
    {
        var state = JsonSerializer.SerializeToNode(new MeetingState { Meeting = IslandsMeeting, Sequence = 2 }, Options)!.AsObject();
        Assert.True(state.Remove(state.Single(p => p.Key.Equals("sequence", StringComparison.OrdinalIgnoreCase)).Key));

        var read = JsonSerializer.Deserialize<MeetingState>(state.ToJsonString(Options), Options)!;

        Assert.Equal((IslandsMeeting, 0), (read.Meeting, read.Sequence));
    }

    [Fact]
    public void An_empty_state_holds_no_meeting() =>
        Assert.Null(JsonSerializer.Deserialize<MeetingState>("{}", Options)!.Meeting);

    [Fact]
    public void A_meeting_state_written_before_meetings_had_a_status_reads_as_planned()
    {
        var state = JsonSerializer.SerializeToNode(new MeetingState { Meeting = IslandsMeeting }, Options)!.AsObject();
        var meeting = state.Single(p => p.Key.Equals("meeting", StringComparison.OrdinalIgnoreCase)).Value!.AsObject();
        Assert.True(meeting.Remove(meeting.Single(p => p.Key.Equals("status", StringComparison.OrdinalIgnoreCase)).Key));

        Assert.Equal(IslandsMeeting, JsonSerializer.Deserialize<MeetingState>(state.ToJsonString(Options), Options)!.Meeting);
    }
}
