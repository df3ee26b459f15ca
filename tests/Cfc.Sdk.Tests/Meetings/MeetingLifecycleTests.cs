using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using NodaTime;

namespace Cfc.Sdk.Tests.Meetings;

/// <summary>A meeting is planned when made, can be corrected or rescheduled while planned, and a cancellation is final.</summary>
public sealed class MeetingLifecycleTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly MeetingParticipant DenHaag = new(MemberId.For(MemberCode.DenHaag), Amsterdam);

    private static Meeting Planned(int hour = 15) =>
        new("Netwerkbijeenkomst", MeetingFormat.Online, MeetingKind.Thematic, [new("spelen")], DenHaag, Meeting.StartAt(new(2024, 1, 16, hour, 0), Amsterdam), Duration.FromHours(1));

    [Fact]
    public void A_new_meeting_is_planned_without_a_cancellation_reason()
    {
        var meeting = Planned();

        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Null(meeting.CancellationReason);
    }

    [Fact]
    public void A_planned_meeting_is_rescheduled_by_its_correction()
    {
        var later = Planned(16);

        Assert.Same(later, Planned().Change(later));
    }

    [Fact]
    public void Cancelling_keeps_the_meeting_and_records_the_trimmed_reason()
    {
        var cancelled = Planned().Cancel("  Te weinig aanmeldingen. ");

        Assert.Equal(MeetingStatus.Cancelled, cancelled.Status);
        Assert.Equal("Te weinig aanmeldingen.", cancelled.CancellationReason);
        Assert.Equal(Planned().StartInstant, cancelled.StartInstant);
        Assert.Equal(Planned().Participants, cancelled.Participants);
        Assert.NotEqual(Planned(), cancelled);
        Assert.Equal(Planned().Cancel("Te weinig aanmeldingen."), cancelled);
    }

    [Fact]
    public void A_cancelled_meeting_cannot_be_cancelled_again()
    {
        var cancelled = Planned().Cancel("Te weinig aanmeldingen.");

        var refused = Assert.Throws<MeetingCancelledException>(() => cancelled.Cancel("Nog een keer."));
        Assert.Contains("already cancelled", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_meeting_cannot_change()
    {
        var cancelled = Planned().Cancel("Te weinig aanmeldingen.");

        Assert.Throws<MeetingCancelledException>(() => cancelled.Change(Planned(16)));
    }

    [Fact]
    public void A_change_does_not_cancel()
    {
        var refused = Assert.Throws<ArgumentException>(() => Planned().Change(Planned().Cancel("Ziek.")));
        Assert.Equal("corrected", refused.ParamName);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void A_cancellation_needs_a_reason(string reason)
    {
        var refused = Assert.Throws<ArgumentException>(() => Planned().Cancel(reason));
        Assert.Equal("reason", refused.ParamName);
        Assert.Throws<ArgumentNullException>(() => Planned().Cancel(null!));
    }

    [Fact]
    public void A_cancellation_reason_is_bounded()
    {
        _ = Planned().Cancel(new string('x', Meeting.MaxCancellationReasonLength));
        var refused = Assert.Throws<ArgumentException>(() => Planned().Cancel(new string('x', Meeting.MaxCancellationReasonLength + 1)));
        Assert.Equal("reason", refused.ParamName);
    }
}
