using System.ComponentModel.DataAnnotations;
using Cfc.Sdk.Network;

namespace Cfc.Sample.Host.People;

/// <summary>A contact person of a member, as sent: <c>{"displayName", "role", "contact"}</c>.</summary>
/// <param name="DisplayName">How the person is named in the network, e.g. a first name or initials.</param>
/// <param name="Role">The role: <c>Administrator</c>, <c>CivilServant</c> or <c>YouthRepresentative</c>.</param>
/// <param name="Contact">A work contact (e-mail address or phone number); none for a youth representative.</param>
internal sealed record PersonRequest([property: Required] string? DisplayName, [property: Required] string? Role, string? Contact);

/// <summary>A contact person of a member: <c>{"displayName", "role", "contact"}</c> (<c>contact</c> <see langword="null"/> when there is none).</summary>
/// <param name="DisplayName">How the person is named in the network.</param>
/// <param name="Role">The role.</param>
/// <param name="Contact">The work contact, or <see langword="null"/>.</param>
internal sealed record PersonResponse(string DisplayName, PersonRole Role, string? Contact)
{
    /// <summary>The response for <paramref name="person"/>.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The response.</returns>
    public static PersonResponse From(Person person) => new(person.DisplayName, person.Role, person.Contact);
}
