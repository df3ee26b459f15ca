using Cfc.Sdk.Network;
using NodaTime;

namespace Cfc.Sdk.Meetings;

/// <summary>A member taking part in a meeting, with the time zone it takes part from.</summary>
/// <remarks>Immutable. Two participants are equal when member and zone are equal.</remarks>
public sealed class MeetingParticipant : IEquatable<MeetingParticipant>
{
    /// <summary>Creates a participant.</summary>
    /// <param name="member">The member.</param>
    /// <param name="zone">The zone it takes part from.</param>
    /// <exception cref="ArgumentException"><paramref name="member"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public MeetingParticipant(MemberId member, DateTimeZone zone)
    {
        if (member == default)
        {
            throw new ArgumentException("The default MemberId names no member.", nameof(member));
        }

        ArgumentNullException.ThrowIfNull(zone);
        Member = member;
        Zone = zone;
    }

    /// <summary>The member.</summary>
    public MemberId Member { get; }

    /// <summary>The zone it takes part from.</summary>
    public DateTimeZone Zone { get; }

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
}
