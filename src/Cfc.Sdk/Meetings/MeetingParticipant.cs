using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Network;
using Cfc.Sdk.Serialization;
using NodaTime;

namespace Cfc.Sdk.Meetings;

/// <summary>A member taking part in a meeting, with the time zone it takes part from.</summary>
/// <remarks>
/// Immutable. Two participants are equal when member and zone are equal. A Dutch municipality or Caribbean public body takes part
/// from its own zone (<see cref="MemberCode.DefaultTimeZoneId"/>), a municipality abroad from any zone of its country
/// (<see cref="MemberCode.AllowsTimeZone"/>: Köln from Europe/Berlin); an organisation from any zone. JSON writes
/// <c>{"member", "zone"}</c>, the zone by its TZDB id, and reads it back through this validation.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class MeetingParticipant : IEquatable<MeetingParticipant>
{
    /// <summary>Creates a participant.</summary>
    /// <param name="member">The member.</param>
    /// <param name="zone">The zone it takes part from.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="member"/> is the default value, or a municipality or public body whose code does not allow <paramref name="zone"/>
    /// (a Caribbean public body takes part from America/Kralendijk, not Europe/Amsterdam; Köln from a German zone, not Europe/Paris).
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public MeetingParticipant(MemberId member, DateTimeZone zone)
    {
        if (member == default)
        {
            throw new ArgumentException("The default MemberId names no member.", nameof(member));
        }

        ArgumentNullException.ThrowIfNull(zone);
        if (member.Code is { } code && !code.AllowsTimeZone(zone.Id))
        {
            throw new ArgumentException(
                code.IsDutch
                    ? $"{code} takes part from its own zone, {code.DefaultTimeZoneId}, not from {zone.Id}."
                    : $"{code} takes part from a zone of {code.Country} ({string.Join(", ", code.AllowedTimeZoneIds())}), not from {zone.Id}.",
                nameof(zone));
        }

        Member = member;
        Zone = zone;
    }

    /// <summary>The member.</summary>
    public MemberId Member { get; }

    /// <summary>The zone it takes part from.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>A participant for the municipality or public body <paramref name="code"/>, in its own zone.</summary>
    /// <param name="code">The CBS code.</param>
    /// <param name="zones">The zone provider the code's zone is taken from, normally TZDB.</param>
    /// <returns>The participant.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zones"/> is <see langword="null"/>.</exception>
    public static MeetingParticipant For(MemberCode code, IDateTimeZoneProvider zones)
    {
        var member = MemberId.For(code);
        ArgumentNullException.ThrowIfNull(zones);
        return new(member, code.DefaultTimeZone(zones));
    }

    /// <summary>A participant for <paramref name="member"/> in the member's own zone.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The participant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is <see langword="null"/>.</exception>
    public static MeetingParticipant For(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(member.Id, member.TimeZone);
    }

    /// <inheritdoc />
    public bool Equals(MeetingParticipant? other) => other is not null && Member == other.Member && Zone.Equals(other.Zone);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MeetingParticipant);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Member, Zone);

    /// <summary>The participant as text, e.g. <c>GM9002 (America/Kralendijk)</c>.</summary>
    /// <returns>The member and zone id.</returns>
    public override string ToString() => $"{Member} ({Zone.Id})";

    /// <summary>Whether two participants are equal.</summary>
    public static bool operator ==(MeetingParticipant? left, MeetingParticipant? right) => Equals(left, right);

    /// <summary>Whether two participants differ.</summary>
    public static bool operator !=(MeetingParticipant? left, MeetingParticipant? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<MeetingParticipant, Stored>
    {
        protected override Stored ToStored(MeetingParticipant value) => new() { Member = value.Member, Zone = value.Zone };

        protected override MeetingParticipant FromStored(Stored stored) =>
            new(stored.Member, stored.Zone ?? throw new JsonException($"The stored participant {stored.Member} has no zone."));
    }

    private sealed class Stored
    {
        public required MemberId Member { get; init; }

        public required DateTimeZone Zone { get; init; }
    }
}
