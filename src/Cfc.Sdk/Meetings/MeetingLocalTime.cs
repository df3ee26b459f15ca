using Cfc.Sdk.Network;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Meetings;

/// <summary>When a meeting starts and ends on the clock of one participant's zone.</summary>
/// <remarks>
/// The offsets can differ when a daylight-saving change falls during the meeting. Immutable; two local times are equal
/// when all their values are equal.
/// </remarks>
public sealed class MeetingLocalTime : IEquatable<MeetingLocalTime>
{
    internal MeetingLocalTime(MemberId? member, ZonedDateTime start, ZonedDateTime end)
    {
        Member = member;
        Zone = start.Zone;
        Start = start.LocalDateTime;
        StartOffset = start.Offset;
        End = end.LocalDateTime;
        EndOffset = end.Offset;
    }

    /// <summary>The participant; <see langword="null"/> for a zone asked for without a participant.</summary>
    public MemberId? Member { get; }

    /// <summary>The zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The local date and time the meeting starts.</summary>
    public LocalDateTime Start { get; }

    /// <summary>The zone's offset from UTC at the start.</summary>
    public Offset StartOffset { get; }

    /// <summary>The local date and time the meeting ends.</summary>
    public LocalDateTime End { get; }

    /// <summary>The zone's offset from UTC at the end.</summary>
    public Offset EndOffset { get; }

    /// <inheritdoc />
    public bool Equals(MeetingLocalTime? other) =>
        other is not null && Member == other.Member && Zone.Equals(other.Zone) && Start == other.Start
        && StartOffset == other.StartOffset && End == other.End && EndOffset == other.EndOffset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MeetingLocalTime);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Member, Zone, Start, End);

    /// <summary>The local time as invariant text, e.g. <c>GM9002 America/Kralendijk 2024-03-14T10:00:00-04 – 2024-03-14T11:30:00-04</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(Member is { } member ? member + " " : string.Empty)}{Zone.Id} {Format(Start, StartOffset)} – {Format(End, EndOffset)}";

    /// <summary>Whether two local times are equal.</summary>
    public static bool operator ==(MeetingLocalTime? left, MeetingLocalTime? right) => Equals(left, right);

    /// <summary>Whether two local times differ.</summary>
    public static bool operator !=(MeetingLocalTime? left, MeetingLocalTime? right) => !Equals(left, right);

    private static string Format(LocalDateTime local, Offset offset) =>
        LocalDateTimePattern.ExtendedIso.Format(local) + OffsetPattern.GeneralInvariantWithZ.Format(offset);
}
