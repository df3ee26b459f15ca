using Cfc.Sdk.Meetings;

namespace Cfc.Sdk.Orleans.Meetings;

/// <summary>
/// The stored state of a <see cref="MeetingGrain"/>: <c>{"meeting": {...}, "sequence": n}</c>, the meeting in the domain's
/// stored form and its revision.
/// </summary>
/// <remarks>
/// The default value holds no meeting: the number is not (yet) a meeting's. Ids and JSON names are kept for years: only
/// add members, never renumber or rename them.
/// </remarks>
[GenerateSerializer, Alias("cfc.meeting-state")]
public sealed record MeetingState
{
    /// <summary>The meeting; <see langword="null"/> when the number holds none.</summary>
    [Id(0)]
    public Meeting? Meeting { get; init; }

    /// <summary>
    /// How often the meeting was changed or cancelled since it was created: a calendar's <c>SEQUENCE</c> (RFC 5545), so that
    /// a calendar that holds the meeting takes the newer revision. 0 for a new meeting, and in states stored before
    /// meetings had one.
    /// </summary>
    [Id(1)]
    public int Sequence { get; init; }
}
