using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Network;

/// <summary>A member's membership of the network: the day it joined and, once it has left, its last day as a member.</summary>
/// <remarks>
/// Both dates are inclusive: the member is a member on <see cref="Joined"/> and on <see cref="Left"/>.
/// Immutable; two memberships are equal when member and dates are equal. JSON writes <c>{"member", "joined", "left"}</c>
/// (ISO dates, <c>left</c> left out while the member has not left) and reads it back through this validation.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class Membership : IEquatable<Membership>
{
    /// <summary>Creates a membership.</summary>
    /// <param name="member">The member.</param>
    /// <param name="joined">The first day of membership.</param>
    /// <param name="left">The last day of membership; <see langword="null"/> while the member has not left.</param>
    /// <exception cref="ArgumentException"><paramref name="member"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="left"/> is before <paramref name="joined"/>.</exception>
    public Membership(MemberId member, LocalDate joined, LocalDate? left = null)
    {
        if (member == default)
        {
            throw new ArgumentException("The default MemberId names no member.", nameof(member));
        }

        if (left < joined)
        {
            throw new ArgumentOutOfRangeException(nameof(left), LocalDatePattern.Iso.Format(left.Value), $"A member cannot leave before it joined ({LocalDatePattern.Iso.Format(joined)}).");
        }

        Member = member;
        Joined = joined;
        Left = left;
    }

    /// <summary>The member.</summary>
    public MemberId Member { get; }

    /// <summary>The first day of membership.</summary>
    public LocalDate Joined { get; }

    /// <summary>The last day of membership; <see langword="null"/> while the member has not left.</summary>
    public LocalDate? Left { get; }

    /// <summary>Whether the membership covers <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is on or after <see cref="Joined"/> and not after <see cref="Left"/>.</returns>
    public bool IsMemberOn(LocalDate date) => date >= Joined && !(date > Left);

    /// <summary>The membership ended on <paramref name="lastDay"/>.</summary>
    /// <param name="lastDay">The last day of membership.</param>
    /// <returns>A new, ended membership.</returns>
    /// <exception cref="InvalidOperationException">The member has already left.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastDay"/> is before <see cref="Joined"/>.</exception>
    public Membership Leave(LocalDate lastDay)
    {
        if (Left is { } left)
        {
            throw new InvalidOperationException($"{Member} already left on {LocalDatePattern.Iso.Format(left)}.");
        }

        return lastDay >= Joined
            ? new Membership(Member, Joined, lastDay)
            : throw new ArgumentOutOfRangeException(nameof(lastDay), LocalDatePattern.Iso.Format(lastDay), $"{Member} cannot leave before it joined ({LocalDatePattern.Iso.Format(Joined)}).");
    }

    /// <inheritdoc />
    public bool Equals(Membership? other) => other is not null && Member == other.Member && Joined == other.Joined && Left == other.Left;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Membership);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Member, Joined, Left);

    /// <summary>The membership as invariant text, e.g. <c>GM0518 2022-01-01/2024-12-31</c> (still a member: <c>GM0518 2022-01-01/</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Member} {LocalDatePattern.Iso.Format(Joined)}/{(Left is { } left ? LocalDatePattern.Iso.Format(left) : string.Empty)}";

    /// <summary>Whether two memberships are equal.</summary>
    public static bool operator ==(Membership? left, Membership? right) => Equals(left, right);

    /// <summary>Whether two memberships differ.</summary>
    public static bool operator !=(Membership? left, Membership? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<Membership, Stored>
    {
        protected override Stored ToStored(Membership value) => new() { Member = value.Member, Joined = value.Joined, Left = value.Left };

        protected override Membership FromStored(Stored stored) => new(stored.Member, stored.Joined, stored.Left);
    }

    private sealed class Stored
    {
        public required MemberId Member { get; init; }

        public required LocalDate Joined { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public LocalDate? Left { get; init; }
    }
}
