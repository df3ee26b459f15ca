using System.Collections.Immutable;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Bottlenecks;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Meetings;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Newsletters;
using Cfc.Sdk.Orleans.Organisations;
using Cfc.Sdk.Orleans.Practices;
using Cfc.Sdk.Orleans.Storage;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Cfc.Sdk.Orleans.Network;

/// <summary>
/// The network grain (see <see cref="INetworkGrain"/>), keeping a <see cref="RegisterState"/> in the default grain
/// storage as <c>register</c>, and reading the <see cref="NetworkState"/> that release 0.1 stored as <c>network</c>.
/// </summary>
/// <remarks>
/// A change builds the new state with the domain's methods first and stores it afterwards, so a change the domain
/// refuses, or a write that fails, leaves the state as it was.
/// </remarks>
/// <param name="register">The stored register.</param>
/// <param name="network">The state of release 0.1, converted on activation into the register and the grains of members, meetings, practices, bottlenecks and the newsletter.</param>
/// <param name="grains">The grain factory the members' grains and the newsletter's are reached through.</param>
/// <param name="logger">Where the conversion is reported.</param>
internal sealed partial class NetworkGrain(
    [PersistentState("register")] IPersistentState<RegisterState> register,
    [PersistentState("network")] IPersistentState<NetworkState> network,
    IGrainFactory grains,
    ILogger<NetworkGrain> logger) : Grain, INetworkGrain
{
    private RegisterState Register => register.State;

    private NetworkState Legacy => network.State;

    private string NetworkId => this.GetPrimaryKeyString();

    /// <summary>Converts a network stored by release 0.1 before the grain answers its first call.</summary>
    /// <param name="cancellationToken">Cancels the activation.</param>
    /// <returns>A task that completes when the network is converted.</returns>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (HoldsUnconverted(Legacy))
        {
            await ConvertAsync();
        }

        await base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveMemberAsync(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var entry = RegisteredMember.Of(member);
        return Register.Members.GetValueOrDefault(entry.Id) == entry
            ? Task.CompletedTask
            : ChangeAsync(s => s with { Members = s.Members.SetItem(entry.Id, entry) });
    }

    /// <inheritdoc />
    public Task<RegisteredMember?> GetMemberAsync(MemberId id) => Task.FromResult(Register.Members.GetValueOrDefault(id));

    /// <inheritdoc />
    public Task<ImmutableArray<RegisteredMember>> GetMembersAsync() => Task.FromResult(Register.Members.Values.ToImmutableArray());

    /// <inheritdoc />
    public Task<ImmutableArray<RegisteredMember>> GetMunicipalitiesAsync() =>
        Task.FromResult(Register.Members.Values.Where(m => m.Kind is MemberKind.Municipality or MemberKind.PublicBody).ToImmutableArray());

    /// <inheritdoc />
    public Task JoinAsync(MemberId member, LocalDate firstDay) => ChangeAsync(s => s with { Register = s.Register.Join(member, firstDay) });

    /// <inheritdoc />
    public Task LeaveAsync(MemberId member, LocalDate lastDay) => ChangeAsync(s => s with { Register = s.Register.Leave(member, lastDay) });

    /// <inheritdoc />
    public Task<MemberRegister> GetRegisterAsync() => Task.FromResult(Register.Register);

    /// <inheritdoc />
    public Task<ImmutableArray<MemberId>> MembersOnAsync(LocalDate day) => Task.FromResult(Register.Register.MembersOn(day).ToImmutableArray());

    // What release 0.1 kept in the network's one state and has a grain of its own now.
    private static bool HoldsUnconverted(NetworkState state) =>
        !state.Members.IsEmpty || state.Register.Memberships.Count > 0 || !state.People.IsEmpty
        || state.NewsletterSchedule is not null || !state.NewsletterSubscribers.IsEmpty
        || !state.Meetings.IsEmpty || !state.GoodPractices.IsEmpty || !state.Bottlenecks.IsEmpty;

    // Every step stores what it takes over before the network's state lets go of it, and every step is idempotent
    // (an entry set to its value, a profile taken when none is held, a person or subscriber added when not held), so a
    // conversion interrupted at any point is run again whole on the next activation and ends in the same state.
    private async Task ConvertAsync()
    {
        var legacy = Legacy;
        LogConverting(NetworkId, legacy.Members.Count, legacy.People.Length, legacy.Meetings.Length, legacy.GoodPractices.Length, legacy.Bottlenecks.Length, legacy.NewsletterSubscribers.Length);
        var people = legacy.People.GroupBy(p => p.Member).ToDictionary(g => g.Key, g => g.ToImmutableArray());
        var held = legacy.Members.Keys.Concat(people.Keys).Distinct();
        foreach (var id in held)
        {
            var profile = legacy.Members.GetValueOrDefault(id);
            var theirs = people.GetValueOrDefault(id, []);
            if (id.Code is { } code)
            {
                await grains.GetGrain<IMunicipalityGrain>(code.ToString()).ImportAsync(NetworkId, profile, theirs);
            }
            else
            {
                await grains.GetGrain<IOrganisationGrain>(NetworkKey.Of(NetworkId, id.Organisation!.Value.ToString())).ImportAsync(profile, theirs);
            }
        }

        await grains.GetGrain<INewsletterGrain>(NetworkId).ImportAsync(legacy.NewsletterSchedule, legacy.NewsletterSubscribers);

        var entries = legacy.Members.Values.Select(RegisteredMember.Of);
        await ChangeAsync(s => s with
        {
            Members = s.Members.SetItems(entries.Select(e => KeyValuePair.Create(e.Id, e))),
            Register = s.Register.Memberships.Count == 0 ? legacy.Register : s.Register,
        });

        // Meeting, practice and bottleneck i (1-based, in stored order; a bottleneck's id was already i) keep number i,
        // and their sequences then hand out numbers after them.
        for (var i = 0; i < legacy.Meetings.Length; i++)
        {
            await grains.GetMeeting(NetworkId, i + 1).ImportAsync(legacy.Meetings[i]);
        }

        for (var i = 0; i < legacy.GoodPractices.Length; i++)
        {
            await grains.GetGoodPractice(NetworkId, i + 1).ImportAsync(legacy.GoodPractices[i]);
        }

        for (var i = 0; i < legacy.Bottlenecks.Length; i++)
        {
            await grains.GetBottleneck(NetworkId, i + 1).ImportAsync(legacy.Bottlenecks[i]);
        }

        await grains.GetGrain<ISequenceGrain>(NetworkKey.Of(NetworkId, MeetingGrains.Kind)).ReserveThroughAsync(legacy.Meetings.Length);
        await grains.GetGrain<ISequenceGrain>(NetworkKey.Of(NetworkId, GoodPracticeGrains.Kind)).ReserveThroughAsync(legacy.GoodPractices.Length);
        await grains.GetGrain<ISequenceGrain>(NetworkKey.Of(NetworkId, BottleneckGrains.Kind)).ReserveThroughAsync(legacy.Bottlenecks.Length);

        await ChangeLegacyAsync(s => s with
        {
            Members = ImmutableSortedDictionary<MemberId, Member>.Empty,
            Register = MemberRegister.Empty,
            People = [],
            NewsletterSchedule = null,
            NewsletterSubscribers = [],
            Meetings = [],
            GoodPractices = [],
            Bottlenecks = [],
        });
        LogConverted(NetworkId);
    }

    // The domain builds the new state before anything is assigned: when it throws, the state is untouched.
    private Task ChangeAsync(Func<RegisterState, RegisterState> change) => register.StoreAsync(change(Register));

    private Task ChangeLegacyAsync(Func<NetworkState, NetworkState> change) => network.StoreAsync(change(Legacy));

    [LoggerMessage(Level = LogLevel.Information, Message = "Converting network {Network} stored by release 0.1: {Members} members, {People} contact people, {Meetings} meetings, {Practices} good practices, {Bottlenecks} bottlenecks, {Subscribers} subscribers.")]
    private partial void LogConverting(string network, int members, int people, int meetings, int practices, int bottlenecks, int subscribers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Network {Network} converted: its register and the grains of its members, meetings, practices, bottlenecks and newsletter hold what release 0.1 kept in one state.")]
    private partial void LogConverted(string network);
}
