using System.Collections.Immutable;
using System.Globalization;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Newsletters;
using Cfc.Sdk.Orleans.Organisations;
using Cfc.Sdk.Practices;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Cfc.Sdk.Orleans.Network;

/// <summary>
/// The network grain (see <see cref="INetworkGrain"/>), keeping a <see cref="RegisterState"/> in the default grain
/// storage as <c>register</c>, and reading the <see cref="NetworkState"/> that release 0.1 stored as <c>network</c>.
/// </summary>
/// <remarks>
/// The silo must register an <see cref="IClock"/> and an <see cref="IDateTimeZoneProvider"/> (<c>services.AddCfcSdk()</c> does).
/// A change builds the new state with the domain's methods first and stores it afterwards, so a change the domain
/// refuses, or a write that fails, leaves the state as it was.
/// </remarks>
/// <param name="register">The stored register.</param>
/// <param name="network">The state of release 0.1: converted on activation; its meetings, practices and bottlenecks are served from it until their grains take them over.</param>
/// <param name="grains">The grain factory the members' grains and the newsletter's are reached through.</param>
/// <param name="clock">The clock "today" is read from.</param>
/// <param name="zones">The zone provider Europe/Amsterdam is taken from.</param>
/// <param name="logger">Where the conversion is reported.</param>
internal sealed partial class NetworkGrain(
    [PersistentState("register")] IPersistentState<RegisterState> register,
    [PersistentState("network")] IPersistentState<NetworkState> network,
    IGrainFactory grains,
    IClock clock,
    IDateTimeZoneProvider zones,
    ILogger<NetworkGrain> logger) : Grain, INetworkGrain
{
    private readonly DateTimeZone _zone = zones[MemberCode.EuropeanNetherlandsZoneId];

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

    /// <inheritdoc />
    public Task AddMeetingAsync(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return ChangeLegacyAsync(s => s with { Meetings = s.Meetings.Add(meeting) });
    }

    /// <inheritdoc />
    public Task<ImmutableArray<Meeting>> GetMeetingsFromAsync(LocalDate from)
    {
        var start = from.AtStartOfDayInZone(_zone).ToInstant();
        return Task.FromResult(Legacy.Meetings.Where(m => m.StartInstant >= start).OrderBy(m => m.StartInstant).ToImmutableArray());
    }

    /// <inheritdoc />
    public Task<ImmutableArray<Meeting>> GetUpcomingMeetingsAsync() => GetMeetingsFromAsync(clock.GetCurrentInstant().InZone(_zone).Date);

    /// <inheritdoc />
    public Task AddGoodPracticeAsync(GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return ChangeLegacyAsync(s => s with { GoodPractices = s.GoodPractices.Add(practice) });
    }

    /// <inheritdoc />
    public Task<ImmutableArray<GoodPractice>> GetGoodPracticesAsync() => Task.FromResult(Legacy.GoodPractices);

    /// <inheritdoc />
    public async Task<int> SignalBottleneckAsync(Bottleneck bottleneck)
    {
        ArgumentNullException.ThrowIfNull(bottleneck);
        await ChangeLegacyAsync(s => s with { Bottlenecks = s.Bottlenecks.Add(bottleneck) });
        return Legacy.Bottlenecks.Length;
    }

    /// <inheritdoc />
    public async Task<NetworkBottleneck> EscalateBottleneckAsync(int id, EscalationLevel level, LocalDate escalatedOn, string? note = null)
    {
        if (id < 1 || id > Legacy.Bottlenecks.Length)
        {
            throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"The network has no bottleneck {id}."));
        }

        await ChangeLegacyAsync(s => s with { Bottlenecks = s.Bottlenecks.SetItem(id - 1, s.Bottlenecks[id - 1].EscalateTo(level, escalatedOn, note)) });
        return new NetworkBottleneck(id, Legacy.Bottlenecks[id - 1]);
    }

    /// <inheritdoc />
    public Task<ImmutableArray<NetworkBottleneck>> GetBottlenecksAsync() =>
        Task.FromResult(Legacy.Bottlenecks.Select((b, i) => new NetworkBottleneck(i + 1, b)).ToImmutableArray());

    // What release 0.1 kept in the network's one state and has a grain of its own now.
    private static bool HoldsUnconverted(NetworkState state) =>
        !state.Members.IsEmpty || state.Register.Memberships.Count > 0 || !state.People.IsEmpty
        || state.NewsletterSchedule is not null || !state.NewsletterSubscribers.IsEmpty;

    // Every step stores what it takes over before the network's state lets go of it, and every step is idempotent
    // (an entry set to its value, a profile taken when none is held, a person or subscriber added when not held), so a
    // conversion interrupted at any point is run again whole on the next activation and ends in the same state.
    private async Task ConvertAsync()
    {
        var legacy = Legacy;
        LogConverting(NetworkId, legacy.Members.Count, legacy.People.Length, legacy.NewsletterSubscribers.Length);
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

        // ==== Issue 17, the integrator's place: the meetings, good practices and bottlenecks of release 0.1 ====
        // Meeting i (1-based, in stored order) becomes IMeetingGrain NetworkKey.Of(NetworkId, i) through ImportAsync,
        // then ISequenceGrain NetworkKey.Of(NetworkId, "meetings") reserves through legacy.Meetings.Length; the same for
        // GoodPractices ("practices", IGoodPracticeGrain) and Bottlenecks ("bottlenecks", IBottleneckGrain, whose ids
        // are already i). Then the three arrays are emptied in the write below and HoldsUnconverted checks them too.
        // Until then they stay in the network's state, served by the methods above.
        await ChangeLegacyAsync(s => s with
        {
            Members = ImmutableSortedDictionary<MemberId, Member>.Empty,
            Register = MemberRegister.Empty,
            People = [],
            NewsletterSchedule = null,
            NewsletterSubscribers = [],
        });
        LogConverted(NetworkId);
    }

    // The domain builds the new state before anything is assigned: when it throws, the state is untouched.
    private async Task ChangeAsync(Func<RegisterState, RegisterState> change)
    {
        var previous = Register;
        register.State = change(previous);
        try
        {
            await register.WriteStateAsync();
        }
        catch
        {
            register.State = previous;
            throw;
        }
    }

    private async Task ChangeLegacyAsync(Func<NetworkState, NetworkState> change)
    {
        var previous = Legacy;
        network.State = change(previous);
        try
        {
            await network.WriteStateAsync();
        }
        catch
        {
            network.State = previous;
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Converting network {Network} stored by release 0.1: {Members} members, {People} contact people, {Subscribers} subscribers.")]
    private partial void LogConverting(string network, int members, int people, int subscribers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Network {Network} converted: its register, members' grains and newsletter hold what release 0.1 kept in one state.")]
    private partial void LogConverted(string network);
}
