using System.Collections.Immutable;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Resilience;
using NodaTime;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Network;

/// <summary>
/// The network's register (keyed by the network id, <see cref="DefaultNetworkId"/> for the Dutch network): its members'
/// ids, kinds, names and zones, and their memberships over time. Each member's profile and contact people live in the
/// member's own grain (<see cref="Municipalities.IMunicipalityGrain"/>, <see cref="Organisations.IOrganisationGrain"/>),
/// which keeps its entry here current; the newsletter lives in <see cref="Newsletters.INewsletterGrain"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every change goes through the domain types of Cfc.Sdk; the grain adds no rule of its own. A change the domain
/// refuses reaches the caller as the domain's exception and leaves the stored state as it was: with
/// <c>AddCfcSdkTypes()</c>, an argument exception keeps its type, message and <see cref="ArgumentException.ParamName"/>,
/// so a caller can name the refused field.
/// </para>
/// <para>
/// The network knows which municipalities exist (<see cref="GetMunicipalitiesAsync"/>), so a host that restarts can
/// find every municipality's data.
/// </para>
/// <para>
/// A network stored by release 0.1 (schema version 1: one state with members, people, meetings, practices,
/// bottlenecks, subscribers and the schedule) is converted when its grain activates, before its first call is
/// answered: the register stays here, profiles and people go to the members' grains, the newsletter to its grain, and
/// meeting, practice and bottleneck i to the grain of number i (see <see cref="Entities.ISequenceGrain"/>).
/// </para>
/// </remarks>
[Alias("cfc.INetworkGrain")]
public interface INetworkGrain : IGrainWithStringKey
{
    /// <summary>The key of the Dutch network: <c>nl</c>.</summary>
    const string DefaultNetworkId = "nl";

    /// <summary>Enters <paramref name="member"/> in the register (its id, kind, name and zone), or updates its entry; the member's grain calls it when its profile changes.</summary>
    /// <param name="member">The member: a municipality, a public body, an organisation or a partner.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("SaveMemberAsync")]
    Task SaveMemberAsync(Member member);

    /// <summary>The register's entry of the member with id <paramref name="id"/>: one call checks that a member exists.</summary>
    /// <param name="id">The member's id.</param>
    /// <returns>The entry, or <see langword="null"/> when the network does not know the member.</returns>
    [ReadOnly]
    [Alias("GetRegisteredMemberAsync")]
    Task<RegisteredMember?> GetMemberAsync(MemberId id);

    /// <summary>All members the network knows, in id order (municipality codes first), whether or not they are members today.</summary>
    /// <returns>The register's entries.</returns>
    [ReadOnly]
    [Alias("GetRegisteredMembersAsync")]
    Task<ImmutableArray<RegisteredMember>> GetMembersAsync();

    /// <summary>The municipalities and Caribbean public bodies the network knows (kind <see cref="MemberKind.Municipality"/> or <see cref="MemberKind.PublicBody"/>), in code order.</summary>
    /// <returns>The municipalities: each one's <see cref="RegisteredMember.Id"/> names its grain.</returns>
    [ReadOnly]
    [Alias("GetRegisteredMunicipalitiesAsync")]
    Task<ImmutableArray<RegisteredMember>> GetMunicipalitiesAsync();

    /// <summary>Records <paramref name="member"/> joining the network on <paramref name="firstDay"/> (see <see cref="MemberRegister.Join"/>).</summary>
    /// <param name="member">The member.</param>
    /// <param name="firstDay">The first day of membership.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    /// <exception cref="ArgumentException"><paramref name="member"/> is the default value.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="member"/> is a member and has not left.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstDay"/> is not after the last day of the member's previous membership.</exception>
    [Alias("JoinAsync")]
    Task JoinAsync(MemberId member, LocalDate firstDay);

    /// <summary>Records <paramref name="member"/> leaving the network, <paramref name="lastDay"/> being its last day (see <see cref="MemberRegister.Leave"/>).</summary>
    /// <param name="member">The member.</param>
    /// <param name="lastDay">The last day of membership.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="member"/> is not a member (never joined, or already left).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastDay"/> is before the day the member joined.</exception>
    [Alias("LeaveAsync")]
    Task LeaveAsync(MemberId member, LocalDate lastDay);

    /// <summary>The register of memberships over time.</summary>
    /// <returns>The register.</returns>
    [ReadOnly]
    [Alias("GetRegisterAsync")]
    Task<MemberRegister> GetRegisterAsync();

    /// <summary>The members on <paramref name="day"/> (see <see cref="MemberRegister.MembersOn"/>).</summary>
    /// <param name="day">The date.</param>
    /// <returns>The members' ids, in id order.</returns>
    [ReadOnly]
    [Alias("MembersOnAsync")]
    Task<ImmutableArray<MemberId>> MembersOnAsync(LocalDate day);
}
