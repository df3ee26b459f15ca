using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;

namespace Cfc.Sdk.Network;

/// <summary>
/// A member of the Child Friendly Cities network: a municipality or Caribbean public body (by code), an implementing
/// organisation with an expertise profile, or a network partner; with its name and time zone.
/// </summary>
/// <remarks>
/// <para>
/// Immutable; create members through <see cref="Municipality(MemberCode, string, IDateTimeZoneProvider)"/>, <see cref="Organisation"/>
/// and <see cref="NetworkPartner"/>. A municipality is always in <see cref="MemberCode.EuropeanNetherlandsZoneId"/> and a Caribbean
/// public body in <see cref="MemberCode.CaribbeanNetherlandsZoneId"/>. Two members are equal when id, kind, name, zone and expertise are equal.
/// </para>
/// <para>
/// JSON writes <c>{"id", "kind", "name", "timeZone", "expertise"}</c>, the zone by its TZDB id (<c>expertise</c> left out when there is none), and reads it back through the same
/// validation: a stored kind that contradicts the id, or a zone that is not the code's, is a <see cref="System.Text.Json.JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
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

    /// <summary>
    /// A municipality in <see cref="MemberCode.EuropeanNetherlandsZoneId"/>, or a Caribbean public body in
    /// <see cref="MemberCode.CaribbeanNetherlandsZoneId"/> when <paramref name="code"/> is <c>GM9001</c>–<c>GM9003</c>.
    /// </summary>
    /// <param name="code">The CBS code.</param>
    /// <param name="name">The name, e.g. <c>'s-Gravenhage</c>.</param>
    /// <param name="zones">The zone provider the code's zone is taken from, normally TZDB.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value, or <paramref name="name"/> is blank or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="zones"/> is <see langword="null"/>.</exception>
    /// <exception cref="NodaTime.TimeZones.DateTimeZoneNotFoundException"><paramref name="zones"/> does not know the code's zone.</exception>
    public static Member Municipality(MemberCode code, string name, IDateTimeZoneProvider zones)
    {
        var id = MemberId.For(code);
        ArgumentNullException.ThrowIfNull(zones);
        return Municipality(id, code, name, code.DefaultTimeZone(zones));
    }

    /// <summary>A municipality, or a Caribbean public body when <paramref name="code"/> is <c>GM9001</c>–<c>GM9003</c>, in the code's own zone.</summary>
    /// <param name="code">The CBS code.</param>
    /// <param name="name">The name, e.g. <c>'s-Gravenhage</c>.</param>
    /// <param name="timeZone">The zone: the one <see cref="MemberCode.DefaultTimeZoneId"/> names.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="code"/> is the default value, <paramref name="name"/> is blank or too long, or <paramref name="timeZone"/> is not
    /// the code's zone (a Caribbean public body in Europe/Amsterdam, or a municipality in America/Kralendijk).
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="timeZone"/> is <see langword="null"/>.</exception>
    public static Member Municipality(MemberCode code, string name, DateTimeZone timeZone)
    {
        var id = MemberId.For(code);
        ArgumentNullException.ThrowIfNull(timeZone);
        return Municipality(id, code, name, timeZone);
    }

    private static Member Municipality(MemberId id, MemberCode code, string name, DateTimeZone timeZone)
    {
        var checkedName = RequiredText.Check(name, MaxNameLength, nameof(name));
        if (!string.Equals(timeZone.Id, code.DefaultTimeZoneId, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"{code} is {(code.IsCaribbeanPublicBody ? "a Caribbean public body" : "a municipality")} in {code.DefaultTimeZoneId}, not in {timeZone.Id}.",
                nameof(timeZone));
        }

        return new(id, code.IsCaribbeanPublicBody ? MemberKind.PublicBody : MemberKind.Municipality, checkedName, timeZone, null);
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
    public override int GetHashCode() => HashCode.Combine(Id, Kind, StringComparer.Ordinal.GetHashCode(Name), TimeZone.Id);

    /// <summary>The member as text, e.g. <c>GM0518 's-Gravenhage</c>.</summary>
    /// <returns>The id and name.</returns>
    public override string ToString() => $"{Id} {Name}";

    /// <summary>Whether two members are equal.</summary>
    public static bool operator ==(Member? left, Member? right) => Equals(left, right);

    /// <summary>Whether two members differ.</summary>
    public static bool operator !=(Member? left, Member? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<Member, Stored>
    {
        protected override Stored ToStored(Member value) =>
            new() { Id = value.Id, Kind = value.Kind, Name = value.Name, TimeZone = value.TimeZone, Expertise = value.Expertise };

        protected override Member FromStored(Stored stored)
        {
            _ = stored.TimeZone ?? throw new JsonException($"The stored member {stored.Id} has no time zone.");
            var member = stored.Kind switch
            {
                MemberKind.Municipality or MemberKind.PublicBody when stored.Id.Code is { } code =>
                    stored.Expertise is null ? Municipality(code, stored.Name, stored.TimeZone) : throw new JsonException($"The stored member {stored.Id} is a {stored.Kind}, which has no expertise profile."),
                MemberKind.Organisation when stored.Id.Organisation is { } organisation =>
                    Organisation(organisation, stored.Name, stored.Expertise!, stored.TimeZone),
                MemberKind.NetworkPartner when stored.Id.Organisation is { } organisation =>
                    NetworkPartner(organisation, stored.Name, stored.TimeZone, stored.Expertise),
                _ => throw new JsonException($"The stored member {stored.Id} cannot be of kind '{stored.Kind}'."),
            };
            return member.Kind == stored.Kind
                ? member
                : throw new JsonException($"The stored member {stored.Id} is a {member.Kind}, not a {stored.Kind}.");
        }
    }

    private sealed class Stored
    {
        public required MemberId Id { get; init; }

        public required MemberKind Kind { get; init; }

        public required string Name { get; init; }

        public required DateTimeZone TimeZone { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public ExpertiseProfile? Expertise { get; init; }
    }
}
