using System.Collections.Immutable;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Resilience;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Targets;
using NodaTime;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Municipalities;

/// <summary>
/// One municipality or Caribbean public body of the network, keyed by its member code as text (<c>GM0518</c>;
/// the public bodies are <c>GM9001</c> to <c>GM9003</c>; abroad <c>DE-05315000</c>): its profile, its Child Friendly Cities programme, its
/// observation ledger, its targets and its local issues.
/// </summary>
/// <remarks>
/// <para>
/// Every change goes through the domain types, which check it; the grain adds no rule of its own. A domain error
/// reaches the caller as the domain's own exception with its properties (<see cref="ProgrammeRuleException"/> with its
/// <see cref="ProgrammeRuleException.Rule"/>, <see cref="ObservationConflictException"/> with its key,
/// <see cref="IssueNotFoundException"/> with its id); an invalid argument is an <see cref="ArgumentException"/>.
/// A refused call changes nothing, in memory or in storage.
/// </para>
/// <para>
/// "Today" is the host's clock (NodaTime's <see cref="IClock"/> in the silo's services) in the member's time zone:
/// the profile's zone, or before a profile is set the code's default zone (Europe/Amsterdam for Dutch municipalities,
/// America/Kralendijk for the public bodies, Europe/Berlin for <c>DE-05315000</c>). A programme starts under the rules
/// <see cref="MemberProgrammeRules"/> gives for the member's population; when they need one the member lacks, the first
/// transition throws <see cref="PopulationRequiredException"/> and nothing changes.
/// </para>
/// <para>
/// Once another member has succeeded it (<see cref="SucceedAsync"/>), every change but the removal of a contact person
/// throws <see cref="MemberSucceededException"/>: its data stays as it was, for its successor to read.
/// </para>
/// <para>
/// A key that is not a member code fails every call with an <see cref="ArgumentException"/> that names the key.
/// </para>
/// </remarks>
[Alias("cfc.IMunicipalityGrain")]
public interface IMunicipalityGrain : IGrainWithStringKey
{
    /// <summary>
    /// The name of the <see cref="Lists.EntityList"/> of a network's local issues: each registered municipality files
    /// its issues there under the day each was opened (an issue without that date is not listed), with the issue's id,
    /// its title, its member and the status <c>Open</c>.
    /// </summary>
    const string IssueList = "issues";

    /// <summary>The member's profile, or <see langword="null"/> when none has been set.</summary>
    /// <returns>The profile, a municipality or public body in its own time zone.</returns>
    [ReadOnly]
    [Alias("GetProfileAsync")]
    Task<Member?> GetProfileAsync();

    /// <summary>
    /// Sets the member's name and registers it with the network <paramref name="network"/> (see
    /// <see cref="Network.INetworkGrain.SaveMemberAsync"/>): the municipality records the network it belongs to and keeps
    /// the network's register current. From then on its local issues are in that network's <c>issues</c> list and
    /// matching, and its programme, once started, in that network's <see cref="Programmes.IProgrammeIndexGrain"/>; the
    /// first registration files what the member already holds. The member code is the grain's key; the time zone and
    /// population are those stored (the code's default zone and no population on the first call); see
    /// <see cref="SetProfileAsync(string, Member)"/> to set them.
    /// </summary>
    /// <param name="network">The id of the network, such as <c>nl</c>.</param>
    /// <param name="name">The member's name, such as <c>Gooise Meren</c>.</param>
    /// <returns>The profile stored.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is not a valid member name (see <see cref="Member.Municipality(MemberCode, string, IDateTimeZoneProvider)"/>),
    /// or <paramref name="network"/> is not a network id.
    /// </exception>
    /// <exception cref="OtherNetworkException">The municipality belongs to another network; nothing is changed.</exception>
    [Idempotent]
    [Alias("SetProfileInNetworkAsync")]
    Task<Member> SetProfileAsync(string network, string name);

    /// <summary>
    /// Sets the member's whole profile (name, a time zone its code allows, population) and registers it with the network
    /// <paramref name="network"/>, as <see cref="SetProfileAsync(string, string)"/> does. A programme already started keeps
    /// the rules it started under; a later population counts for the programme started after it is set.
    /// </summary>
    /// <param name="network">The id of the network, such as <c>de</c>.</param>
    /// <param name="profile">The profile: a municipality or public body with this grain's code, e.g. <c>Member.Municipality(code, "Köln", berlin).WithPopulation(1_084_831)</c>.</param>
    /// <returns>The profile stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is of another member or kind, or <paramref name="network"/> is not a network id.</exception>
    /// <exception cref="OtherNetworkException">The municipality belongs to another network; nothing is changed.</exception>
    [Idempotent]
    [Alias("SetWholeProfileInNetworkAsync")]
    Task<Member> SetProfileAsync(string network, Member profile);

    /// <summary>
    /// Changes the member's profile in one turn of the grain and registers it with the network <paramref name="network"/>,
    /// as <see cref="SetProfileAsync(string, Member)"/> does: the name, and the time zone and population when given. One left
    /// out keeps what is stored (the code's default zone and no population for a new member), so that concurrent changes of
    /// different fields all hold, which a caller's read, merge and write of the profile cannot promise.
    /// </summary>
    /// <param name="network">The id of the network, such as <c>nl</c>.</param>
    /// <param name="name">The member's name, such as <c>Gooise Meren</c>.</param>
    /// <param name="timeZone">An IANA zone id the member's code allows (<see cref="MemberCode.AllowsTimeZone"/>); <see langword="null"/> to keep the stored zone.</param>
    /// <param name="population">The number of inhabitants; <see langword="null"/> to keep the stored population.</param>
    /// <returns>The profile stored, and whether it is the member's first.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is not a valid member name, <paramref name="timeZone"/> is not a zone id or not one the code
    /// allows, <paramref name="population"/> is zero or negative (an <see cref="ArgumentOutOfRangeException"/>), or
    /// <paramref name="network"/> is not a network id; each names its parameter, and nothing is changed.
    /// </exception>
    /// <exception cref="OtherNetworkException">The municipality belongs to another network; nothing is changed.</exception>
    [Idempotent]
    [Alias("ChangeProfileInNetworkAsync")]
    Task<ProfileChange> ChangeProfileAsync(string network, string name, string? timeZone, int? population);

    /// <summary>The id of the network the municipality belongs to.</summary>
    /// <returns>The network's id, or <see langword="null"/> before the municipality is registered.</returns>
    [ReadOnly]
    [Alias("GetNetworkAsync")]
    Task<string?> GetNetworkAsync();

    /// <summary>
    /// Takes over what a network of release 0.1 kept of this member: the network it belongs to, its profile (when none
    /// is set yet) and its contact people (those not held yet are added, in order). It registers nothing with the
    /// network grain, which converts its own register; calling it again changes nothing.
    /// </summary>
    /// <param name="network">The id of the network the member belongs to.</param>
    /// <param name="profile">The member's profile as the network held it; <see langword="null"/> when it held none.</param>
    /// <param name="people">The member's contact people.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    /// <exception cref="ArgumentException">The profile or a person is of another member, or <paramref name="network"/> is not a network id.</exception>
    /// <exception cref="OtherNetworkException">The municipality belongs to another network; nothing is changed.</exception>
    /// <remarks>
    /// It interleaves with the grain's other calls: the network grain calls it while it activates, and a call of this
    /// grain may be waiting on the network grain at that moment (registering its profile); the import keeps a profile
    /// already set and adds only the people not held, so it changes nothing such a call wrote.
    /// </remarks>
    [Idempotent]
    [AlwaysInterleave]
    [Alias("ImportAsync")]
    Task ImportAsync(string network, Member? profile, ImmutableArray<Person> people);

    /// <summary>Adds a contact person of this member; a person equal to one already held is not added again.</summary>
    /// <param name="person">The person: a display name, a role and at most one contact, nothing more.</param>
    /// <returns><see langword="true"/> when the person was added, <see langword="false"/> when already held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The person is of another member.</exception>
    [Idempotent]
    [Alias("AddPersonAsync")]
    Task<bool> AddPersonAsync(Person person);

    /// <summary>Removes a contact person, such as when they leave their post.</summary>
    /// <param name="person">The person, equal to the one added.</param>
    /// <returns><see langword="true"/> when the person was removed, <see langword="false"/> when not held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("RemovePersonAsync")]
    Task<bool> RemovePersonAsync(Person person);

    /// <summary>The member's contact people, in the order they were added.</summary>
    /// <returns>The people; empty when none.</returns>
    [ReadOnly]
    [Alias("GetPeopleAsync")]
    Task<ImmutableArray<Person>> GetPeopleAsync();

    /// <summary>The member's programme, with the transitions recorded so far; not started when none is.</summary>
    /// <returns>The programme, under the rules it was started with (before it starts, the <see cref="MemberProgrammeRules.Outline"/> of the silo's configured rules).</returns>
    [ReadOnly]
    [Alias("GetProgrammeAsync")]
    Task<Programme> GetProgrammeAsync();

    /// <summary>Records a transition of the programme, checked by the programme's rules against today in the member's zone.</summary>
    /// <param name="transition">The transition to record.</param>
    /// <returns>The programme's status today, after the transition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ProgrammeRuleException">The transition breaks a rule of the programme (its <see cref="ProgrammeRuleException.Rule"/> says which); nothing is recorded.</exception>
    /// <exception cref="PopulationRequiredException">The programme would start under rules that depend on the population (Germany's) and the member has none; nothing is recorded.</exception>
    [Alias("TransitionAsync")]
    Task<ProgrammeStatus> TransitionAsync(PhaseTransition transition);

    /// <summary>The programme's status on <paramref name="day"/>.</summary>
    /// <param name="day">The day to report on.</param>
    /// <returns>The status on that day.</returns>
    [ReadOnly]
    [Alias("StatusOnAsync")]
    Task<ProgrammeStatus> StatusOnAsync(LocalDate day);

    /// <summary>Today's date in the member's time zone, by the host's clock.</summary>
    /// <returns>The member's date today.</returns>
    [ReadOnly]
    [Alias("TodayAsync")]
    Task<LocalDate> TodayAsync();

    /// <summary>Records an observation of this member in its ledger.</summary>
    /// <param name="observation">The figure to record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The observation is of another member.</exception>
    /// <exception cref="ObservationConflictException">The ledger refuses the figure (such as a provisional figure after the final one); nothing is recorded.</exception>
    [Alias("RecordAsync")]
    Task RecordAsync(Observation observation);

    /// <summary>The member's observation ledger.</summary>
    /// <returns>The ledger; empty when nothing is recorded.</returns>
    [ReadOnly]
    [Alias("GetLedgerAsync")]
    Task<ObservationLedger> GetLedgerAsync();

    /// <summary>Sets the member's target for the target's indicator, replacing the target it had for that indicator.</summary>
    /// <param name="target">The target, checked by <see cref="Target.Create"/> against its indicator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    [Idempotent]
    [Alias("SetTargetAsync")]
    Task SetTargetAsync(Target target);

    /// <summary>The member's targets, one per indicator, in the order of the indicators' ids.</summary>
    /// <returns>The targets; empty when none is set.</returns>
    [ReadOnly]
    [Alias("GetTargetsAsync")]
    Task<ImmutableArray<Target>> GetTargetsAsync();

    /// <summary>Adds a local issue of this member.</summary>
    /// <param name="issue">The issue; its member must be this member.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The issue is of another member, this member already has an issue with its id, or (on a silo with matching) another
    /// member's issue has its id: issue ids are unique in the network, e.g. the member's code and a number (<c>GM0518-17</c>).
    /// </exception>
    /// <exception cref="IssueLimitException">
    /// The member already holds <see cref="Hosting.CfcLimitsOptions.MaxIssuesPerMember"/> issues; nothing is added.
    /// </exception>
    [Alias("AddIssueAsync")]
    Task AddIssueAsync(LocalIssue issue);

    /// <summary>Replaces the local issue with the same id.</summary>
    /// <param name="issue">The new version of the issue; its member must be this member.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The issue is of another member.</exception>
    /// <exception cref="IssueNotFoundException">This member has no issue with that id.</exception>
    [Idempotent]
    [Alias("UpdateIssueAsync")]
    Task UpdateIssueAsync(LocalIssue issue);

    /// <summary>Removes a local issue.</summary>
    /// <param name="id">The id of the issue to remove.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default id.</exception>
    /// <exception cref="IssueNotFoundException">This member has no issue with that id.</exception>
    [Alias("RemoveIssueAsync")]
    Task RemoveIssueAsync(IssueId id);

    /// <summary>
    /// Records that <paramref name="successor"/> succeeds this member from <paramref name="firstDay"/> (a merger): the successor
    /// records this member among its predecessors (<see cref="AddPredecessorAsync"/>), this member records its successor,
    /// the network's register ends this member's current membership on the day before, and the network's
    /// <see cref="Programmes.IProgrammeIndexGrain"/> no longer lists its programme. From then on this member
    /// refuses every change but the removal of a contact person (<see cref="MemberSucceededException"/>); its data stays
    /// as it is, for the successor to read.
    /// </summary>
    /// <param name="successor">The member that succeeds this one: a registered municipality of the same network.</param>
    /// <param name="firstDay">The first day of the succession; not after today in this member's zone.</param>
    /// <returns>
    /// <see langword="true"/> when the succession was recorded now, <see langword="false"/> when this very succession was
    /// recorded before (calling again completes a call that failed half-way).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="successor"/> is this member or the default code.</exception>
    /// <exception cref="SuccessionRuleException">
    /// <paramref name="firstDay"/> is after today, this member or the successor is not registered with the same network, or
    /// this member's current membership began on or after <paramref name="firstDay"/>; nothing is recorded.
    /// </exception>
    /// <exception cref="MemberSucceededException">This member already has another successor, or the successor has one; nothing is recorded.</exception>
    [Alias("SucceedAsync")]
    Task<bool> SucceedAsync(MemberCode successor, LocalDate firstDay);

    /// <summary>
    /// Records <paramref name="succession"/> among this member's predecessors; the predecessor's grain calls it from
    /// <see cref="SucceedAsync"/>. A succession of the same predecessor recorded before is replaced.
    /// </summary>
    /// <param name="network">The id of the predecessor's network.</param>
    /// <param name="succession">The succession, whose successor is this member.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="succession"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The succession's successor is another member.</exception>
    /// <exception cref="SuccessionRuleException">This member is not registered with <paramref name="network"/> (<see cref="SuccessionRule.NotRegistered"/>).</exception>
    /// <exception cref="MemberSucceededException">This member has a successor itself: successions do not chain onto a closed member.</exception>
    [Idempotent]
    [Alias("AddPredecessorAsync")]
    Task AddPredecessorAsync(string network, Succession succession);

    /// <summary>The succession that closed this member.</summary>
    /// <returns>The succession, or <see langword="null"/> while no member has succeeded this one.</returns>
    [ReadOnly]
    [Alias("GetSuccessionAsync")]
    Task<Succession?> GetSuccessionAsync();

    /// <summary>The successions by which this member succeeded others, in the order recorded.</summary>
    /// <returns>The successions; empty when none.</returns>
    [ReadOnly]
    [Alias("GetPredecessorsAsync")]
    Task<ImmutableArray<Succession>> GetPredecessorsAsync();

    /// <summary>The member's local issues, in the order of their ids.</summary>
    /// <returns>The issues; empty when there are none.</returns>
    [ReadOnly]
    [Alias("GetIssuesAsync")]
    Task<ImmutableArray<LocalIssue>> GetIssuesAsync();
}
