using System.Collections.Immutable;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Orleans.Network;

/// <summary>
/// The rule of a member's contact people, as the member's grain keeps them (a municipality's or an organisation's):
/// each is a contact of that member, an equal person is kept once, in the order they were added.
/// </summary>
internal static class ContactPeople
{
    /// <summary>The people with <paramref name="person"/> added; the same array when an equal person is held already.</summary>
    /// <param name="people">The member's people.</param>
    /// <param name="member">The member whose people they are.</param>
    /// <param name="person">The person to add.</param>
    /// <returns>The people.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The person is a contact of another member.</exception>
    public static ImmutableArray<Person> With(this ImmutableArray<Person> people, MemberId member, Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Member != member)
        {
            throw new ArgumentException($"The person is a contact of {person.Member}, not of {member}.", nameof(person));
        }

        return people.Contains(person) ? people : people.Add(person);
    }
}
