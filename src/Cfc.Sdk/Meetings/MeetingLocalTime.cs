using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Meetings;

/// <summary>When a meeting starts and ends on the clock of one participant's zone.</summary>
/// <remarks>
/// The offsets can differ when a daylight-saving change falls during the meeting. Immutable; two local times are equal
/// when all their values are equal. JSON writes <c>{"member", "zone", "start", "end"}</c>: the zone by its TZDB id, start and
/// end as ISO local date-times with their offsets (<c>2024-03-30T20:00:00-04:00</c>), <c>member</c> left out when there is none.
/// Reading checks that each offset is the zone's at that instant, so a stored local time never contradicts its zone.
/// </remarks>
[JsonConverter(typeof(Converter))]
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
    public override int GetHashCode() => HashCode.Combine(Member, Zone.Id, Start, End);

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

    private sealed class Converter : StoredFormJsonConverter<MeetingLocalTime, Stored>
    {
        protected override Stored ToStored(MeetingLocalTime value) =>
            new() { Member = value.Member, Zone = value.Zone, Start = value.Start.WithOffset(value.StartOffset), End = value.End.WithOffset(value.EndOffset) };

        protected override MeetingLocalTime FromStored(Stored stored)
        {
            var zone = stored.Zone ?? throw new JsonException("A stored meeting local time has no zone.");
            if (stored.Member == default(MemberId))
            {
                throw new JsonException("The default MemberId names no member; leave the member out for a local time without a participant.");
            }

            if (stored.End.ToInstant() <= stored.Start.ToInstant())
            {
                throw new JsonException("A stored meeting local time must end after it starts.");
            }

            return new(stored.Member, InZone(stored.Start, zone), InZone(stored.End, zone));
        }

        private static ZonedDateTime InZone(OffsetDateTime stored, DateTimeZone zone)
        {
            var zoned = stored.ToInstant().InZone(zone);
            return zoned.Offset == stored.Offset
                ? zoned
                : throw new JsonException($"{OffsetDateTimePattern.Rfc3339.Format(stored)} is not a time in {zone.Id}, whose offset then is {OffsetPattern.GeneralInvariantWithZ.Format(zoned.Offset)}.");
        }
    }

    private sealed class Stored
    {
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public MemberId? Member { get; init; }

        public required DateTimeZone Zone { get; init; }

        public required OffsetDateTime Start { get; init; }

        public required OffsetDateTime End { get; init; }
    }
}
