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
/// and <see cref="NetworkPartner"/>, and give a municipality its population with <see cref="WithPopulation"/>. A Dutch municipality
/// is always in <see cref="MemberCode.EuropeanNetherlandsZoneId"/> and a Caribbean public body in
/// <see cref="MemberCode.CaribbeanNetherlandsZoneId"/>; a municipality abroad is in any zone of its country
/// (<see cref="MemberCode.AllowsTimeZone"/>). Two members are equal when id, kind, name, zone, expertise and population are equal.
/// </para>
/// <para>
/// JSON writes <c>{"id", "kind", "name", "timeZone", "expertise", "population"}</c>, the zone by its TZDB id (<c>expertise</c> and
/// <c>population</c> left out when there is none, as members stored by releases 0.1 and 0.2 have none), and reads it back through the same
/// validation: a stored kind that contradicts the id, a zone that is not the code's, or a population that is not positive is a
/// <see cref="System.Text.Json.JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class Member : IEquatable<Member>
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxNameLength = 200;

    private Member(MemberId id, MemberKind kind, string name, DateTimeZone timeZone, ExpertiseProfile? expertise, int? population = null)
    {
        Id = id;
        Kind = kind;
        Name = name;
        TimeZone = timeZone;
        Expertise = expertise;
        Population = population;
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
    /// A municipality's or public body's number of inhabitants, for the rules that depend on it (the duration of a German
    /// programme, see <see cref="Programmes.MemberProgrammeRules"/>); <see langword="null"/> when not known, and always for organisations and partners.
    /// </summary>
    public int? Population { get; }

    /// <summary>
    /// A municipality in its code's default zone (<see cref="MemberCode.DefaultTimeZoneId"/>): a Dutch one in
    /// <see cref="MemberCode.EuropeanNetherlandsZoneId"/>, a Caribbean public body in <see cref="MemberCode.CaribbeanNetherlandsZoneId"/>
    /// when <paramref name="code"/> is <c>GM9001</c>–<c>GM9003</c>, one abroad in its country's default zone (Europe/Berlin for <c>DE-05315000</c>).
    /// </summary>
    /// <param name="code">The member code, e.g. <c>GM0518</c> or <c>DE-05315000</c>.</param>
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

    /// <summary>
    /// A municipality, or a Caribbean public body when <paramref name="code"/> is <c>GM9001</c>–<c>GM9003</c>, in a zone the code
    /// allows (<see cref="MemberCode.AllowsTimeZone"/>): a Dutch code's own zone, or any zone of the country of a code abroad
    /// (<c>Member.Municipality(MemberCode.Parse("DE-05315000"), "Köln", berlin)</c>).
    /// </summary>
    /// <param name="code">The member code, e.g. <c>GM0518</c> or <c>DE-05315000</c>.</param>
    /// <param name="name">The name, e.g. <c>'s-Gravenhage</c>.</param>
    /// <param name="timeZone">The zone: one of <see cref="MemberCode.AllowedTimeZoneIds"/>.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="code"/> is the default value, <paramref name="name"/> is blank or too long, or <paramref name="timeZone"/> is not
    /// a zone the code allows (a Caribbean public body in Europe/Amsterdam, a Dutch municipality in America/Kralendijk, a German
    /// one in Europe/Paris).
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
        if (!code.AllowsTimeZone(timeZone.Id))
        {
            throw new ArgumentException(
                code.IsDutch
                    ? $"{code} is {(code.IsCaribbeanPublicBody ? "a Caribbean public body" : "a municipality")} in {code.DefaultTimeZoneId}, not in {timeZone.Id}."
                    : $"{code} is a municipality in {code.Country}, whose time zones are {string.Join(", ", code.AllowedTimeZoneIds())}; not in {timeZone.Id}.",
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

    /// <summary>The same member with <paramref name="population"/> inhabitants, or with none known.</summary>
    /// <param name="population">The number of inhabitants; <see langword="null"/> when not known.</param>
    /// <returns>The member with that population (this instance when it has it already).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is zero or negative.</exception>
    /// <exception cref="InvalidOperationException">The member is an organisation or network partner, which has no population.</exception>
    public Member WithPopulation(int? population)
    {
        if (population is { } inhabitants)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inhabitants, nameof(population));
        }

        if (Kind is not (MemberKind.Municipality or MemberKind.PublicBody))
        {
            throw new InvalidOperationException($"{Id} is a {Kind}; only a municipality or public body has a population.");
        }

        return population == Population ? this : new(Id, Kind, Name, TimeZone, Expertise, population);
    }

    /// <inheritdoc />
    public bool Equals(Member? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && TimeZone.Equals(other.TimeZone) && Equals(Expertise, other.Expertise) && Population == other.Population;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Member);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, StringComparer.Ordinal.GetHashCode(Name), TimeZone.Id, Population);

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
            new() { Id = value.Id, Kind = value.Kind, Name = value.Name, TimeZone = value.TimeZone, Expertise = value.Expertise, Population = value.Population };

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
            if (member.Kind != stored.Kind)
            {
                throw new JsonException($"The stored member {stored.Id} is a {member.Kind}, not a {stored.Kind}.");
            }

            return stored.Population switch
            {
                null => member,
                <= 0 => throw new JsonException($"The stored member {stored.Id} has a population of {stored.Population}; a population is a positive number of inhabitants."),
                _ when member.Kind is not (MemberKind.Municipality or MemberKind.PublicBody) => throw new JsonException($"The stored member {stored.Id} is a {member.Kind}, which has no population."),
                _ => member.WithPopulation(stored.Population),
            };
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

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? Population { get; init; }
    }
}
