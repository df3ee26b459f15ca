using NodaTime;

namespace Cfc.Sdk.Network;

/// <summary>
/// A member of the Child Friendly Cities network: a municipality or Caribbean public body (by code), an implementing
/// organisation with an expertise profile, or a network partner; with its name and time zone.
/// </summary>
/// <remarks>
/// Immutable; create members through <see cref="Municipality"/>, <see cref="Organisation"/> and <see cref="NetworkPartner"/>.
/// Two members are equal when id, kind, name, zone and expertise are equal.
/// </remarks>
public sealed class Member : IEquatable<Member>
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxNameLength = 200;

    private Member(MemberId id, MemberKind kind, string name, DateTimeZone timeZone, ExpertiseProfile? expertise)
    {
        Id = id;
        Kind = kind;
        Name = name;
        TimeZone = timeZone;
        Expertise = expertise;
    }

    /// <summary>The member's id.</summary>
    public MemberId Id { get; }

    /// <summary>The kind of member.</summary>
    public MemberKind Kind { get; }

    /// <summary>The member's name, e.g. <c>'s-Gravenhage</c>.</summary>
    public string Name { get; }

    /// <summary>The member's time zone: where its meetings are held and its dates fall.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>What the organisation knows about; <see langword="null"/> for municipalities, public bodies and partners without a profile.</summary>
    public ExpertiseProfile? Expertise { get; }

    /// <summary>A municipality, or a Caribbean public body when <paramref name="code"/> is <c>GM9001</c>–<c>GM9003</c>.</summary>
    /// <param name="code">The CBS code.</param>
    /// <param name="name">The name, e.g. <c>'s-Gravenhage</c>.</param>
    /// <param name="timeZone">The zone; usually <see cref="MemberCode.DefaultTimeZone"/>.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value, or <paramref name="name"/> is blank or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="timeZone"/> is <see langword="null"/>.</exception>
    public static Member Municipality(MemberCode code, string name, DateTimeZone timeZone)
    {
        var id = MemberId.For(code);
        ArgumentNullException.ThrowIfNull(timeZone);
        return new(id, code.IsCaribbeanPublicBody ? MemberKind.PublicBody : MemberKind.Municipality, RequiredText.Check(name, MaxNameLength, nameof(name)), timeZone, null);
    }

    /// <summary>An implementing organisation with its expertise.</summary>
    /// <param name="id">The organisation's identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="expertise">What the organisation knows about.</param>
    /// <param name="timeZone">The zone.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, or <paramref name="name"/> is blank or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="expertise"/> or <paramref name="timeZone"/> is <see langword="null"/>.</exception>
    public static Member Organisation(OrganisationId id, string name, ExpertiseProfile expertise, DateTimeZone timeZone)
    {
        var memberId = id == default ? throw new ArgumentException("The default OrganisationId names no organisation.", nameof(id)) : MemberId.For(id);
        ArgumentNullException.ThrowIfNull(expertise);
        ArgumentNullException.ThrowIfNull(timeZone);
        return new(memberId, MemberKind.Organisation, RequiredText.Check(name, MaxNameLength, nameof(name)), timeZone, expertise);
    }

    /// <summary>A network partner, with or without an expertise profile.</summary>
    /// <param name="id">The partner's identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="timeZone">The zone.</param>
    /// <param name="expertise">What the partner knows about; <see langword="null"/> for none.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, or <paramref name="name"/> is blank or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="timeZone"/> is <see langword="null"/>.</exception>
    public static Member NetworkPartner(OrganisationId id, string name, DateTimeZone timeZone, ExpertiseProfile? expertise = null)
    {
        var memberId = id == default ? throw new ArgumentException("The default OrganisationId names no organisation.", nameof(id)) : MemberId.For(id);
        ArgumentNullException.ThrowIfNull(timeZone);
        return new(memberId, MemberKind.NetworkPartner, RequiredText.Check(name, MaxNameLength, nameof(name)), timeZone, expertise);
    }

    /// <inheritdoc />
    public bool Equals(Member? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && TimeZone.Equals(other.TimeZone) && Equals(Expertise, other.Expertise);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Member);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, StringComparer.Ordinal.GetHashCode(Name));

    /// <summary>The member as text, e.g. <c>GM0518 's-Gravenhage</c>.</summary>
    /// <returns>The id and name.</returns>
    public override string ToString() => $"{Id} {Name}";

    /// <summary>Whether two members are equal.</summary>
    public static bool operator ==(Member? left, Member? right) => Equals(left, right);

    /// <summary>Whether two members differ.</summary>
    public static bool operator !=(Member? left, Member? right) => !Equals(left, right);
}
