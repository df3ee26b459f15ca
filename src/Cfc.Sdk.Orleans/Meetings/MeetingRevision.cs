using Cfc.Sdk.Meetings;

namespace Cfc.Sdk.Orleans.Meetings;

/// <summary>The answer to <see cref="IMeetingGrain.GetRevisionAsync"/>: the meeting and how often it was changed or cancelled.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Meeting">The meeting, planned or cancelled.</param>
/// <param name="Sequence">
/// 0 for a meeting as created; each change that alters it and its cancellation add 1 (a change to an equal meeting does
/// not). A calendar's <c>SEQUENCE</c> (RFC 5545).
/// </param>
[GenerateSerializer, Immutable, Alias("cfc.meeting-revision")]
public sealed record MeetingRevision([property: Id(0)] Meeting Meeting, [property: Id(1)] int Sequence);
