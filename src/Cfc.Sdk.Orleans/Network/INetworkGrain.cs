using System.Collections.Immutable;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Orleans.Resilience;
using Cfc.Sdk.Practices;
using NodaTime;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Network;

/// <summary>
/// The network (keyed by the network id, <see cref="DefaultNetworkId"/> for the Dutch network): its members and their
/// memberships over time, contact people, meetings, good practices, bottlenecks and the newsletter schedule.
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
/// find every municipality's data. "Today" is the date in <see cref="MemberCode.EuropeanNetherlandsZoneId"/> by the
/// silo's <see cref="IClock"/>.
/// </para>
/// </remarks>
[Alias("cfc.INetworkGrain")]
public interface INetworkGrain : IGrainWithStringKey
{
    /// <summary>The key of the Dutch network: <c>nl</c>.</summary>
    const string DefaultNetworkId = "nl";

    /// <summary>Adds <paramref name="member"/>, or replaces the member with the same <see cref="Member.Id"/>.</summary>
    /// <param name="member">The member: a municipality, a public body, an organisation with its expertise, or a partner.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("SaveMemberAsync")]
    Task SaveMemberAsync(Member member);

    /// <summary>The member with id <paramref name="id"/>.</summary>
    /// <param name="id">The member's id.</param>
    /// <returns>The member, or <see langword="null"/> when the network does not know it.</returns>
    [ReadOnly]
    [Alias("GetMemberAsync")]
    Task<Member?> GetMemberAsync(MemberId id);

    /// <summary>All members the network knows, in id order (municipality codes first), whether or not they are members today.</summary>
    /// <returns>The members.</returns>
    [ReadOnly]
    [Alias("GetMembersAsync")]
    Task<ImmutableArray<Member>> GetMembersAsync();

    /// <summary>The municipalities and Caribbean public bodies the network knows (kind <see cref="MemberKind.Municipality"/> or <see cref="MemberKind.PublicBody"/>), in code order.</summary>
    /// <returns>The municipalities: each one's <see cref="Member.Id"/> names its data.</returns>
    [ReadOnly]
    [Alias("GetMunicipalitiesAsync")]
    Task<ImmutableArray<Member>> GetMunicipalitiesAsync();

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

    /// <summary>Adds a contact person; a person equal to one already known is not added again.</summary>
    /// <param name="person">The person: a display name, a role and at most one contact, nothing more.</param>
    /// <returns><see langword="true"/> when the person was added, <see langword="false"/> when already known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    [Alias("AddPersonAsync")]
    Task<bool> AddPersonAsync(Person person);

    /// <summary>Removes a contact person, such as when they leave their post.</summary>
    /// <param name="person">The person, equal to the one added.</param>
    /// <returns><see langword="true"/> when the person was removed, <see langword="false"/> when not known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    [Alias("RemovePersonAsync")]
    Task<bool> RemovePersonAsync(Person person);

    /// <summary>The contact people of <paramref name="member"/>, in the order they were added.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The people; empty when none.</returns>
    [ReadOnly]
    [Alias("GetPeopleAsync")]
    Task<ImmutableArray<Person>> GetPeopleAsync(MemberId member);

    /// <summary>Adds a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    [Alias("AddMeetingAsync")]
    Task AddMeetingAsync(Meeting meeting);

    /// <summary>The meetings that start on or after the start of <paramref name="from"/> in Europe/Amsterdam, by start.</summary>
    /// <param name="from">The first date.</param>
    /// <returns>The meetings.</returns>
    [ReadOnly]
    [Alias("GetMeetingsFromAsync")]
    Task<ImmutableArray<Meeting>> GetMeetingsFromAsync(LocalDate from);

    /// <summary>The meetings from today (in Europe/Amsterdam, by the silo's clock) on, by start.</summary>
    /// <returns>The meetings.</returns>
    [ReadOnly]
    [Alias("GetUpcomingMeetingsAsync")]
    Task<ImmutableArray<Meeting>> GetUpcomingMeetingsAsync();

    /// <summary>Adds a good practice.</summary>
    /// <param name="practice">The practice.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="practice"/> is <see langword="null"/>.</exception>
    [Alias("AddGoodPracticeAsync")]
    Task AddGoodPracticeAsync(GoodPractice practice);

    /// <summary>The good practices, in the order they were shared with the network.</summary>
    /// <returns>The practices.</returns>
    [ReadOnly]
    [Alias("GetGoodPracticesAsync")]
    Task<ImmutableArray<GoodPractice>> GetGoodPracticesAsync();

    /// <summary>Records a signalled bottleneck and gives it the next id: 1 for the first, then 2, 3 and so on (bottlenecks are never removed).</summary>
    /// <param name="bottleneck">The bottleneck, as signalled.</param>
    /// <returns>The bottleneck's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bottleneck"/> is <see langword="null"/>.</exception>
    [Alias("SignalBottleneckAsync")]
    Task<int> SignalBottleneckAsync(Bottleneck bottleneck);

    /// <summary>Puts bottleneck <paramref name="id"/> on the higher agenda <paramref name="level"/> (see <see cref="Bottleneck.EscalateTo"/>).</summary>
    /// <param name="id">The id <see cref="SignalBottleneckAsync"/> gave.</param>
    /// <param name="level">A level above the current one.</param>
    /// <param name="escalatedOn">The date; not before the previous step.</param>
    /// <param name="note">An optional note, such as the body that took it up.</param>
    /// <returns>The bottleneck after the step.</returns>
    /// <exception cref="KeyNotFoundException">No bottleneck has id <paramref name="id"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="level"/> is not defined or not above the current level, or <paramref name="escalatedOn"/> is before the previous step.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is too long.</exception>
    [Alias("EscalateBottleneckAsync")]
    Task<NetworkBottleneck> EscalateBottleneckAsync(int id, EscalationLevel level, LocalDate escalatedOn, string? note = null);

    /// <summary>The bottlenecks with their ids, in id order.</summary>
    /// <returns>The bottlenecks.</returns>
    [ReadOnly]
    [Alias("GetBottlenecksAsync")]
    Task<ImmutableArray<NetworkBottleneck>> GetBottlenecksAsync();

    /// <summary>The newsletter schedule.</summary>
    /// <returns>The schedule, or <see langword="null"/> when none is set.</returns>
    [ReadOnly]
    [Alias("GetNewsletterScheduleAsync")]
    Task<NewsletterSchedule?> GetNewsletterScheduleAsync();

    /// <summary>Sets the newsletter schedule, replacing any earlier one.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("SetNewsletterScheduleAsync")]
    Task SetNewsletterScheduleAsync(NewsletterSchedule schedule);

    /// <summary>The date of the next newsletter edition on or after today (in Europe/Amsterdam, by the silo's clock).</summary>
    /// <returns>The date, or <see langword="null"/> when no schedule is set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The next edition falls beyond the calendar.</exception>
    [ReadOnly]
    [Alias("GetNextNewsletterDateAsync")]
    Task<LocalDate?> GetNextNewsletterDateAsync();

    /// <summary>Subscribes an e-mail address to the newsletter (see <see cref="Newsletter.Subscribe"/>).</summary>
    /// <param name="address">A plain e-mail address, e.g. <c>jeugd@gooisemeren.nl</c>.</param>
    /// <returns>The address as the newsletter keeps it, and whether this call subscribed it (not when it already was, ignoring case).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not a single plain e-mail address.</exception>
    /// <exception cref="InvalidOperationException">No newsletter schedule is set: the newsletter does not exist yet.</exception>
    [Idempotent]
    [Alias("SubscribeAsync")]
    Task<NewsletterSubscription> SubscribeAsync(string address);

    /// <summary>Unsubscribes an e-mail address from the newsletter (see <see cref="Newsletter.Unsubscribe"/>).</summary>
    /// <param name="address">The e-mail address, in any case.</param>
    /// <returns><see langword="true"/> when unsubscribed now, <see langword="false"/> when it was not subscribed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("UnsubscribeAsync")]
    Task<bool> UnsubscribeAsync(string address);

    /// <summary>The newsletter's subscribers' e-mail addresses, sorted ignoring case.</summary>
    /// <returns>The addresses; empty when none.</returns>
    [ReadOnly]
    [Alias("GetSubscribersAsync")]
    Task<ImmutableArray<string>> GetSubscribersAsync();
}
