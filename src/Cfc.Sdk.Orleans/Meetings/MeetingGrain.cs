using System.Globalization;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Participation;
using Cfc.Sdk.Orleans.Storage;
using NodaTime;

namespace Cfc.Sdk.Orleans.Meetings;

/// <summary>The <see cref="IMeetingGrain"/>, keeping a <see cref="MeetingState"/> in the default grain storage as <c>meeting</c>.</summary>
/// <remarks>
/// A change is made by the domain first and stored next; only then is the list entry filed, so that a list never shows
/// a meeting that is not stored. Should filing fail after the meeting was stored, the caller sees the failure and the
/// next change, or a repeated idempotent call, files the entry again. The silo must register an
/// <see cref="IDateTimeZoneProvider"/> (<c>services.AddCfcSdk()</c> does).
/// </remarks>
/// <param name="meeting">The stored state.</param>
/// <param name="grains">The grain factory the list's grains are reached through.</param>
/// <param name="zones">The zone provider Europe/Amsterdam, the zone the list files days in, is taken from.</param>
internal sealed class MeetingGrain(
    [PersistentState("meeting")] IPersistentState<MeetingState> meeting,
    IGrainFactory grains,
    IDateTimeZoneProvider zones) : Grain, IMeetingGrain
{
    private readonly DateTimeZone _zone = zones[MemberCode.EuropeanNetherlandsZoneId];

    private (string Network, int Number) Key => NetworkKey.SplitNumber(this.GetPrimaryKeyString());

    /// <inheritdoc />
    public Task<Meeting?> GetAsync() => Task.FromResult(meeting.State.Meeting);

    /// <inheritdoc />
    public Task<MeetingRevision?> GetRevisionAsync() =>
        Task.FromResult(meeting.State.Meeting is { } held ? new MeetingRevision(held, meeting.State.Sequence) : null);

    /// <inheritdoc />
    public async Task CreateAsync(Meeting created)
    {
        ArgumentNullException.ThrowIfNull(created);
        if (created.Status != MeetingStatus.Planned)
        {
            throw new ArgumentException("A new meeting is planned.", nameof(created));
        }

        if (meeting.State.Meeting is { } held && held != created)
        {
            throw new InvalidOperationException($"The number {this.GetPrimaryKeyString()} holds another meeting already.");
        }

        await StoreAsync(created);
    }

    /// <inheritdoc />
    public Task<Meeting> ChangeAsync(Meeting corrected)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        return StoreAsync(Held().Change(corrected));
    }

    /// <inheritdoc />
    public async Task<Meeting> CancelAsync(string reason)
    {
        var cancelled = Held().Cancel(reason);

        // The young people's theme was not discussed: its proposal opens again before the cancellation is stored, so a
        // cancellation retried after a failed write finds it open already.
        if (cancelled.Proposal is { } proposal)
        {
            await grains.GetThemeProposal(Key.Network, proposal).ReleaseAsync(Key.Number);
        }

        return await StoreAsync(cancelled);
    }

    /// <inheritdoc />
    public Task ImportAsync(Meeting imported)
    {
        ArgumentNullException.ThrowIfNull(imported);
        return StoreAsync(meeting.State.Meeting ?? imported);
    }

    private Meeting Held() => meeting.State.Meeting ?? throw new EntityNotFoundException("meeting", this.GetPrimaryKeyString());

    // A write that fails leaves the state as it was; an equal meeting is not written again, but its entry is filed.
    // A stored meeting replaced by another is a new revision: the sequence rises once per write, so a repeated change does
    // not raise it.
    // A theme proposal the meeting takes up is marked first: a proposal that is not open refuses, and nothing is stored.
    // A proposal the meeting no longer takes up stays taken up by it: young people's choice led to the meeting. A
    // cancelled meeting's proposal is opened again by CancelAsync.
    private async Task<Meeting> StoreAsync(Meeting changed)
    {
        var previous = meeting.State;
        if (changed.Proposal is { } proposal && previous.Meeting?.Proposal != proposal)
        {
            await grains.GetThemeProposal(Key.Network, proposal).TakeUpAsync(Key.Number);
        }

        if (previous.Meeting != changed)
        {
            var sequence = previous.Meeting is null ? previous.Sequence : previous.Sequence + 1;
            await meeting.StoreAsync(previous with { Meeting = changed, Sequence = sequence });
        }

        await grains.MeetingList(Key.Network).PutAsync(Entry(changed), previous.Meeting is { } before ? Day(before) : null);
        return changed;
    }

    private ListEntry Entry(Meeting filed) => new()
    {
        Id = Key.Number.ToString(CultureInfo.InvariantCulture),
        Title = filed.Title,
        Day = Day(filed),
        Start = filed.StartInstant,
        Member = filed.Organiser.Member,
        Status = filed.Status.ToString(),
    };

    private LocalDate Day(Meeting filed) => filed.StartInstant.InZone(_zone).Date;
}
