using System.Collections.Immutable;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Resilience;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Organisations;

/// <summary>
/// One organisation of a network, an implementing organisation with its expertise or a network partner, keyed
/// <c>{network}/{organisationId}</c> (see <see cref="Entities.NetworkKey"/>, e.g. <c>nl/nji</c>): its profile and its
/// contact people. It keeps its entry in the network's register current, and on a silo with matching it pushes its
/// expertise to every silo's replica.
/// </summary>
/// <remarks>
/// Partners live here too: they have an <see cref="OrganisationId"/> like organisations, and one id is one member of
/// one kind (<see cref="MemberKindException"/>). A key that is not <c>{network}/{organisationId}</c> fails every call
/// with a <see cref="FormatException"/> naming the key.
/// </remarks>
[Alias("cfc.IOrganisationGrain")]
public interface IOrganisationGrain : IGrainWithStringKey
{
    /// <summary>The organisation's profile, or <see langword="null"/> when none has been set.</summary>
    /// <returns>The profile: an organisation or a network partner.</returns>
    [ReadOnly]
    [Alias("GetProfileAsync")]
    Task<Member?> GetProfileAsync();

    /// <summary>Sets the profile, stores it, registers it with the network (<see cref="Network.INetworkGrain.SaveMemberAsync"/>) and publishes it to matching.</summary>
    /// <param name="profile">An organisation or network partner whose id is the key's.</param>
    /// <returns><see langword="true"/> when the organisation had no profile before, <see langword="false"/> when it replaced one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not an organisation or partner with the key's id.</exception>
    /// <exception cref="MemberKindException">The organisation is of the other kind (an organisation given a partner's profile, or the other way round); nothing is changed.</exception>
    [Idempotent]
    [Alias("SetProfileAsync")]
    Task<bool> SetProfileAsync(Member profile);

    /// <summary>
    /// Takes over what a network of release 0.1 kept of this organisation: its profile (when none is set yet) and its
    /// contact people (those not held yet are added, in order). It registers nothing with the network grain, which
    /// converts its own register, and pushes nothing to matching, which loads it from here; calling it again changes nothing.
    /// </summary>
    /// <param name="profile">The organisation's profile as the network held it; <see langword="null"/> when it held none.</param>
    /// <param name="people">Its contact people.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    /// <exception cref="ArgumentException"><paramref name="profile"/> or a person is of another member.</exception>
    /// <remarks>
    /// It interleaves with the grain's other calls: the network grain calls it while it activates, and a call of this
    /// grain may be waiting on the network grain at that moment (registering its profile); the import keeps a profile
    /// already set and adds only the people not held, so it changes nothing such a call wrote.
    /// </remarks>
    [Idempotent]
    [AlwaysInterleave]
    [Alias("ImportAsync")]
    Task ImportAsync(Member? profile, ImmutableArray<Person> people);

    /// <summary>Adds a contact person of this organisation; a person equal to one already held is not added again.</summary>
    /// <param name="person">The person.</param>
    /// <returns><see langword="true"/> when the person was added, <see langword="false"/> when already held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The person is of another member.</exception>
    [Idempotent]
    [Alias("AddPersonAsync")]
    Task<bool> AddPersonAsync(Person person);

    /// <summary>Removes a contact person.</summary>
    /// <param name="person">The person, equal to the one added.</param>
    /// <returns><see langword="true"/> when the person was removed, <see langword="false"/> when not held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("RemovePersonAsync")]
    Task<bool> RemovePersonAsync(Person person);

    /// <summary>The organisation's contact people, in the order they were added.</summary>
    /// <returns>The people; empty when none.</returns>
    [ReadOnly]
    [Alias("GetPeopleAsync")]
    Task<ImmutableArray<Person>> GetPeopleAsync();
}
