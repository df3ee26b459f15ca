using Cfc.Sdk.Meetings;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Participation;
using Cfc.Sdk.Orleans.Resilience;
using Cfc.Sdk.Participation;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Meetings;

/// <summary>
/// One meeting of a network, keyed <c>{network}/{number}</c> (see <see cref="NetworkKey"/>; the number comes from the
/// network's <c>meetings</c> <see cref="ISequenceGrain"/>, <see cref="MeetingGrains.CreateMeetingAsync"/>
/// takes it). The grain keeps its entry in the network's <c>meetings</c> <see cref="EntityList"/> current.
/// </summary>
/// <remarks>
/// The lifecycle is the domain's (<see cref="Meeting.Change"/>, <see cref="Meeting.Cancel"/>): a change it refuses
/// reaches the caller as its exception, such as <see cref="MeetingCancelledException"/>, and stores nothing. A meeting
/// that takes up a theme proposal (<see cref="Meeting.Proposal"/>) marks it taken up (<see cref="IThemeProposalGrain.TakeUpAsync"/>)
/// before it is stored, so that a proposal no longer open refuses the meeting.
/// </remarks>
[Alias("cfc.IMeetingGrain")]
public interface IMeetingGrain : IGrainWithStringKey
{
    /// <summary>The meeting.</summary>
    /// <returns>The meeting, or <see langword="null"/> when no meeting has this number.</returns>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<Meeting?> GetAsync();

    /// <summary>The meeting with its revision: how often it was changed or cancelled, for a calendar's <c>SEQUENCE</c>.</summary>
    /// <returns>The meeting and its sequence, or <see langword="null"/> when no meeting has this number.</returns>
    [ReadOnly]
    [Alias("GetRevisionAsync")]
    Task<MeetingRevision?> GetRevisionAsync();

    /// <summary>Stores <paramref name="meeting"/> as this number's meeting and files it in the list; calling it again with an equal meeting stores nothing more.</summary>
    /// <param name="meeting">The new meeting, planned.</param>
    /// <returns>A task that completes when stored and filed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="meeting"/> is cancelled.</exception>
    /// <exception cref="InvalidOperationException">This number holds another meeting.</exception>
    /// <exception cref="ThemeProposalClosedException">The meeting takes up a theme proposal that is not open.</exception>
    /// <exception cref="Entities.EntityNotFoundException">The meeting takes up a theme proposal that does not exist.</exception>
    [Idempotent]
    [Alias("CreateAsync")]
    Task CreateAsync(Meeting meeting);

    /// <summary>Corrects or reschedules the meeting: the whole meeting is replaced by <paramref name="corrected"/> (see <see cref="Meeting.Change"/>).</summary>
    /// <param name="corrected">The meeting as it should be.</param>
    /// <returns>The meeting as stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corrected"/> is <see langword="null"/>.</exception>
    /// <exception cref="Entities.EntityNotFoundException">No meeting has this number.</exception>
    /// <exception cref="MeetingCancelledException">The meeting is cancelled.</exception>
    /// <exception cref="ThemeProposalClosedException">The meeting comes to take up a theme proposal that is not open.</exception>
    [Idempotent]
    [Alias("ChangeAsync")]
    Task<Meeting> ChangeAsync(Meeting corrected);

    /// <summary>Cancels the meeting for <paramref name="reason"/> (see <see cref="Meeting.Cancel"/>).</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The cancelled meeting.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank or too long.</exception>
    /// <exception cref="Entities.EntityNotFoundException">No meeting has this number.</exception>
    /// <exception cref="MeetingCancelledException">The meeting is already cancelled.</exception>
    [Alias("CancelAsync")]
    Task<Meeting> CancelAsync(string reason);

    /// <summary>
    /// Stores <paramref name="meeting"/> as converted from an earlier release, when this number holds nothing yet, and
    /// files its list entry (again, when it was stored before): a repeated call changes nothing.
    /// </summary>
    /// <param name="meeting">The meeting as the earlier release held it.</param>
    /// <returns>A task that completes when stored and filed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("ImportAsync")]
    Task ImportAsync(Meeting meeting);
}
