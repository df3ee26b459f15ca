using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Network;

/// <summary>Who was a member of the network when: every member's memberships over time, oldest first.</summary>
/// <remarks>
/// <para>
/// A member may leave and join again; its memberships never overlap. Immutable: <see cref="Join"/> and <see cref="Leave"/>
/// return a new register and leave this one as it was. Two registers are equal when they hold the same memberships.
/// </para>
/// <para>
/// JSON writes <c>{"memberships": [...]}</c> in the order of <see cref="Memberships"/> and reads it back by joining and leaving
/// again, so overlapping or out-of-order stored memberships are a <see cref="System.Text.Json.JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class MemberRegister : IEquatable<MemberRegister>
{
    private readonly ImmutableSortedDictionary<MemberId, ImmutableList<Membership>> _memberships;

    private MemberRegister(ImmutableSortedDictionary<MemberId, ImmutableList<Membership>> memberships) => _memberships = memberships;

    /// <summary>A register without members.</summary>
    public static MemberRegister Empty { get; } = new(ImmutableSortedDictionary<MemberId, ImmutableList<Membership>>.Empty);

    /// <summary>Every membership, by member, then oldest first.</summary>
    public IReadOnlyList<Membership> Memberships => _memberships.Values.SelectMany(m => m).ToImmutableArray();

    /// <summary>The register with <paramref name="member"/> joining on <paramref name="on"/>.</summary>
    /// <param name="member">The member.</param>
    /// <param name="on">The first day of membership.</param>
    /// <returns>A new register.</returns>
    /// <exception cref="ArgumentException"><paramref name="member"/> is the default value.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="member"/> is a member and has not left.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="on"/> is not after the last day of the member's previous membership.</exception>
    public MemberRegister Join(MemberId member, LocalDate on)
    {
        var membership = new Membership(member, on);
        if (!_memberships.TryGetValue(member, out var history))
        {
            return new(_memberships.Add(member, [membership]));
        }

        var last = history[^1];
        if (last.Left is not { } left)
        {
            throw new InvalidOperationException($"{member} is a member since {LocalDatePattern.Iso.Format(last.Joined)} and has not left.");
        }

        return on > left
            ? new(_memberships.SetItem(member, history.Add(membership)))
            : throw new ArgumentOutOfRangeException(nameof(on), LocalDatePattern.Iso.Format(on), $"{member} was a member until {LocalDatePattern.Iso.Format(left)}; it can join again from the day after.");
    }

    /// <summary>The register with <paramref name="member"/> leaving, <paramref name="lastDay"/> being its last day as a member.</summary>
    /// <param name="member">The member.</param>
    /// <param name="lastDay">The last day of membership.</param>
    /// <returns>A new register.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="member"/> is not a member (never joined, or already left).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastDay"/> is before the day the member joined.</exception>
    public MemberRegister Leave(MemberId member, LocalDate lastDay)
    {
        if (!_memberships.TryGetValue(member, out var history))
        {
            throw new InvalidOperationException($"{member} never joined the network.");
        }

        return new(_memberships.SetItem(member, history.SetItem(history.Count - 1, history[^1].Leave(lastDay))));
    }

    /// <summary>Whether <paramref name="member"/> was a member on <paramref name="date"/>.</summary>
    /// <param name="member">The member.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when one of its memberships covers the date.</returns>
    public bool IsMemberOn(MemberId member, LocalDate date) =>
        _memberships.TryGetValue(member, out var history) && history.Any(m => m.IsMemberOn(date));

    /// <summary>The members on <paramref name="date"/>, in id order (codes first).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The members.</returns>
    public IReadOnlyList<MemberId> MembersOn(LocalDate date) =>
        _memberships.Where(pair => pair.Value.Any(m => m.IsMemberOn(date))).Select(pair => pair.Key).ToImmutableArray();

    /// <summary>The memberships of <paramref name="member"/>, oldest first; empty when it never joined.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The memberships.</returns>
    public IReadOnlyList<Membership> MembershipsOf(MemberId member) =>
        _memberships.TryGetValue(member, out var history) ? history : ImmutableList<Membership>.Empty;

    /// <inheritdoc />
    public bool Equals(MemberRegister? other) =>
        other is not null && (ReferenceEquals(this, other) || (_memberships.Count == other._memberships.Count
            && _memberships.All(pair => other._memberships.TryGetValue(pair.Key, out var theirs) && pair.Value.SequenceEqual(theirs))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MemberRegister);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (member, history) in _memberships)
        {
            hash.Add(member);
            hash.Add(history.Count);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two registers hold the same memberships.</summary>
    public static bool operator ==(MemberRegister? left, MemberRegister? right) => Equals(left, right);

    /// <summary>Whether two registers differ.</summary>
    public static bool operator !=(MemberRegister? left, MemberRegister? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<MemberRegister, Stored>
    {
        protected override Stored ToStored(MemberRegister value) => new() { Memberships = value.Memberships };

        protected override MemberRegister FromStored(Stored stored)
        {
            var register = Empty;
            foreach (var membership in stored.Memberships ?? [])
            {
                ArgumentNullException.ThrowIfNull(membership, "memberships");
                register = register.Join(membership.Member, membership.Joined);
                if (membership.Left is { } left)
                {
                    register = register.Leave(membership.Member, left);
                }
            }

            return register;
        }
    }

    private sealed class Stored
    {
        public required IReadOnlyList<Membership> Memberships { get; init; }
    }
}
