using Cfc.Sdk.Meetings;

namespace Cfc.Sdk.Orleans.Meetings;

/// <summary>The stored state of a <see cref="MeetingGrain"/>: <c>{"meeting": {...}}</c>, the meeting in the domain's stored form.</summary>
/// <remarks>The default value holds no meeting: the number is not (yet) a meeting's.</remarks>
[GenerateSerializer, Alias("cfc.meeting-state")]
public sealed record MeetingState
{
    /// <summary>The meeting; <see langword="null"/> when the number holds none.</summary>
    [Id(0)]
    public Meeting? Meeting { get; init; }
}
