using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Network;

/// <summary>
/// A person who takes part in the network for a member, holding as little personal data as needed: a display name,
/// a role and, for adults, an optional work contact.
/// </summary>
/// <remarks>
/// No birth date, address or other personal data is held. A youth representative (often a minor) is reached through
/// the member they represent, so no contact is stored for them. Immutable; two persons are equal when all their values are equal.
/// JSON writes only <c>{"member", "displayName", "role", "contact"}</c> (<c>contact</c> left out when there is none) and reads it
/// back through this validation, so a stored contact for a youth representative is refused.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class Person : IEquatable<Person>
{
    /// <summary>The longest display name accepted, in characters.</summary>
    public const int MaxDisplayNameLength = 100;

    /// <summary>The longest contact accepted, in characters.</summary>
    public const int MaxContactLength = 200;

    /// <summary>Creates a person.</summary>
    /// <param name="member">The member the person takes part for.</param>
    /// <param name="displayName">How the person is named in the network, e.g. a first name or initials.</param>
    /// <param name="role">The person's role.</param>
    /// <param name="contact">A work contact (e-mail address or phone number); blank for none; not allowed for a youth representative.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="member"/> is the default value; <paramref name="displayName"/> is blank or too long; <paramref name="contact"/>
    /// is too long, or given for a youth representative.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="displayName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public Person(MemberId member, string displayName, PersonRole role, string? contact = null)
    {
        if (member == default)
        {
            throw new ArgumentException("The default MemberId names no member.", nameof(member));
        }

        if (role is not (PersonRole.Administrator or PersonRole.CivilServant or PersonRole.YouthRepresentative))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, $"'{role}' is not a role.");
        }

        DisplayName = RequiredText.Check(displayName, MaxDisplayNameLength, nameof(displayName));
        Contact = RequiredText.CheckOptional(contact, MaxContactLength, nameof(contact));
        if (role == PersonRole.YouthRepresentative && Contact is not null)
        {
            throw new ArgumentException("A youth representative is reached through the member they represent; no personal contact is stored for them.", nameof(contact));
        }

        Member = member;
        Role = role;
    }

    /// <summary>The member the person takes part for.</summary>
    public MemberId Member { get; }

    /// <summary>How the person is named in the network.</summary>
    public string DisplayName { get; }

    /// <summary>The person's role.</summary>
    public PersonRole Role { get; }

    /// <summary>The work contact; <see langword="null"/> when there is none.</summary>
    public string? Contact { get; }

    /// <inheritdoc />
    public bool Equals(Person? other) =>
        other is not null && Member == other.Member && Role == other.Role
        && string.Equals(DisplayName, other.DisplayName, StringComparison.Ordinal) && string.Equals(Contact, other.Contact, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Person);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Member, Role, StringComparer.Ordinal.GetHashCode(DisplayName));

    /// <summary>The person as text, e.g. <c>Fatima (CivilServant, GM0518)</c>.</summary>
    /// <returns>The display name, role and member.</returns>
    public override string ToString() => $"{DisplayName} ({Role}, {Member})";

    /// <summary>Whether two persons are equal.</summary>
    public static bool operator ==(Person? left, Person? right) => Equals(left, right);

    /// <summary>Whether two persons differ.</summary>
    public static bool operator !=(Person? left, Person? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<Person, Stored>
    {
        protected override Stored ToStored(Person value) =>
            new() { Member = value.Member, DisplayName = value.DisplayName, Role = value.Role, Contact = value.Contact };

        protected override Person FromStored(Stored stored) => new(stored.Member, stored.DisplayName, stored.Role, stored.Contact);
    }

    private sealed class Stored
    {
        public required MemberId Member { get; init; }

        public required string DisplayName { get; init; }

        public required PersonRole Role { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Contact { get; init; }
    }
}
