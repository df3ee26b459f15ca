using System.Collections.Immutable;
using System.Globalization;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Newsletters;
using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Practices;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cfc.Sdk.Orleans.Network;

/// <summary>The network grain (see <see cref="INetworkGrain"/>), keeping a <see cref="NetworkState"/> in the default grain storage as <c>network</c>.</summary>
/// <remarks>
/// The silo must register an <see cref="IClock"/> and an <see cref="IDateTimeZoneProvider"/> (<c>services.AddCfcSdk()</c> does).
/// A change builds the new state with the domain's methods first and stores it afterwards, so a change the domain
/// refuses, or a write that fails, leaves the state as it was. On a silo with <c>AddCfcSdkMatching</c>, a saved
/// organisation, once stored, is pushed to every active silo's matching replica before the call returns.
/// </remarks>
/// <param name="network">The stored state.</param>
/// <param name="clock">The clock "today" is read from.</param>
/// <param name="zones">The zone provider Europe/Amsterdam is taken from.</param>
/// <param name="services">The silo's services, where matching's replicas are found when the silo has them.</param>
public sealed class NetworkGrain(
    [PersistentState("network")] IPersistentState<NetworkState> network,
    IClock clock,
    IDateTimeZoneProvider zones,
    IServiceProvider services) : Grain, INetworkGrain
{
    // The state holds the newsletter's schedule and subscribers; its name is the network's, which no rule reads.
    private const string NewsletterName = "Nieuwsbrief Kindvriendelijke Gemeenten";

    private readonly MatchingReplicaPublisher? _matching = services.GetService<MatchingReplicaPublisher>();

    private readonly DateTimeZone _zone = zones[MemberCode.EuropeanNetherlandsZoneId];

    private NetworkState State => network.State;

    /// <inheritdoc />
    public async Task SaveMemberAsync(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var organisation = member.Id.Organisation is not null;
        var version = organisation ? State.OrganisationVersion + 1 : State.OrganisationVersion;
        await ChangeAsync(s => s with { Members = s.Members.SetItem(member.Id, member), OrganisationVersion = version });
        if (_matching is not null && organisation)
        {
            var id = this.GetPrimaryKeyString();
            await _matching.PublishAsync(replica => replica.UpsertOrganisationAsync(id, member, version));
        }
    }

    /// <inheritdoc />
    public Task<Member?> GetMemberAsync(MemberId id) => Task.FromResult(State.Members.GetValueOrDefault(id));

    /// <inheritdoc />
    public Task<ImmutableArray<Member>> GetMembersAsync() => Task.FromResult(State.Members.Values.ToImmutableArray());

    /// <inheritdoc />
    public Task<ImmutableArray<Member>> GetMunicipalitiesAsync() =>
        Task.FromResult(State.Members.Values.Where(m => m.Kind is MemberKind.Municipality or MemberKind.PublicBody).ToImmutableArray());

    /// <inheritdoc />
    public Task JoinAsync(MemberId member, LocalDate firstDay) => ChangeAsync(s => s with { Register = s.Register.Join(member, firstDay) });

    /// <inheritdoc />
    public Task LeaveAsync(MemberId member, LocalDate lastDay) => ChangeAsync(s => s with { Register = s.Register.Leave(member, lastDay) });

    /// <inheritdoc />
    public Task<MemberRegister> GetRegisterAsync() => Task.FromResult(State.Register);

    /// <inheritdoc />
    public Task<ImmutableArray<MemberId>> MembersOnAsync(LocalDate day) => Task.FromResult(State.Register.MembersOn(day).ToImmutableArray());

    /// <inheritdoc />
    public async Task<bool> AddPersonAsync(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (State.People.Contains(person))
        {
            return false;
        }

        await ChangeAsync(s => s with { People = s.People.Add(person) });
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> RemovePersonAsync(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!State.People.Contains(person))
        {
            return false;
        }

        await ChangeAsync(s => s with { People = s.People.Remove(person) });
        return true;
    }

    /// <inheritdoc />
    public Task<ImmutableArray<Person>> GetPeopleAsync(MemberId member) =>
        Task.FromResult(State.People.Where(p => p.Member == member).ToImmutableArray());

    /// <inheritdoc />
    public Task AddMeetingAsync(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return ChangeAsync(s => s with { Meetings = s.Meetings.Add(meeting) });
    }

    /// <inheritdoc />
    public Task<ImmutableArray<Meeting>> GetMeetingsFromAsync(LocalDate from)
    {
        var start = from.AtStartOfDayInZone(_zone).ToInstant();
        return Task.FromResult(State.Meetings.Where(m => m.StartInstant >= start).OrderBy(m => m.StartInstant).ToImmutableArray());
    }

    /// <inheritdoc />
    public Task<ImmutableArray<Meeting>> GetUpcomingMeetingsAsync() => GetMeetingsFromAsync(Today());

    /// <inheritdoc />
    public Task AddGoodPracticeAsync(GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return ChangeAsync(s => s with { GoodPractices = s.GoodPractices.Add(practice) });
    }

    /// <inheritdoc />
    public Task<ImmutableArray<GoodPractice>> GetGoodPracticesAsync() => Task.FromResult(State.GoodPractices);

    /// <inheritdoc />
    public async Task<int> SignalBottleneckAsync(Bottleneck bottleneck)
    {
        ArgumentNullException.ThrowIfNull(bottleneck);
        await ChangeAsync(s => s with { Bottlenecks = s.Bottlenecks.Add(bottleneck) });
        return State.Bottlenecks.Length;
    }

    /// <inheritdoc />
    public async Task<NetworkBottleneck> EscalateBottleneckAsync(int id, EscalationLevel level, LocalDate escalatedOn, string? note = null)
    {
        if (id < 1 || id > State.Bottlenecks.Length)
        {
            throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"The network has no bottleneck {id}."));
        }

        await ChangeAsync(s => s with { Bottlenecks = s.Bottlenecks.SetItem(id - 1, s.Bottlenecks[id - 1].EscalateTo(level, escalatedOn, note)) });
        return new NetworkBottleneck(id, State.Bottlenecks[id - 1]);
    }

    /// <inheritdoc />
    public Task<ImmutableArray<NetworkBottleneck>> GetBottlenecksAsync() =>
        Task.FromResult(State.Bottlenecks.Select((b, i) => new NetworkBottleneck(i + 1, b)).ToImmutableArray());

    /// <inheritdoc />
    public Task<NewsletterSchedule?> GetNewsletterScheduleAsync() => Task.FromResult(State.NewsletterSchedule);

    /// <inheritdoc />
    public Task SetNewsletterScheduleAsync(NewsletterSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return ChangeAsync(s => s with { NewsletterSchedule = schedule });
    }

    /// <inheritdoc />
    public Task<LocalDate?> GetNextNewsletterDateAsync() =>
        Task.FromResult(State.NewsletterSchedule is { } schedule ? schedule.NextIssueAfter(Today().PlusDays(-1)) : (LocalDate?)null);

    /// <inheritdoc />
    public async Task<NewsletterSubscription> SubscribeAsync(string address)
    {
        var subscribed = CurrentNewsletter().Subscribe(address);
        var isNew = await SaveSubscribersAsync(subscribed);
        return new(subscribed.FindSubscriber(address)!, isNew);
    }

    /// <inheritdoc />
    public Task<bool> UnsubscribeAsync(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return State.NewsletterSchedule is null
            ? Task.FromResult(false)
            : SaveSubscribersAsync(CurrentNewsletter().Unsubscribe(address));
    }

    /// <inheritdoc />
    public Task<ImmutableArray<string>> GetSubscribersAsync() => Task.FromResult(State.NewsletterSubscribers);

    // The newsletter exists once it has a schedule; the domain's Newsletter keeps the rules of its subscribers.
    private Newsletter CurrentNewsletter() =>
        State.NewsletterSchedule is { } schedule
            ? State.NewsletterSubscribers.Aggregate(new Newsletter(NewsletterName, schedule), (newsletter, address) => newsletter.Subscribe(address))
            : throw new InvalidOperationException("The network's newsletter has no schedule yet: set it with SetNewsletterScheduleAsync first.");

    // Writes the subscribers of the changed newsletter when they differ from the stored ones; whether they did.
    private async Task<bool> SaveSubscribersAsync(Newsletter changed)
    {
        if (changed.Subscribers.SequenceEqual(State.NewsletterSubscribers, StringComparer.Ordinal))
        {
            return false;
        }

        await ChangeAsync(s => s with { NewsletterSubscribers = [.. changed.Subscribers] });
        return true;
    }

    private LocalDate Today() => clock.GetCurrentInstant().InZone(_zone).Date;

    // The domain builds the new state before anything is assigned: when it throws, the state is untouched.
    private async Task ChangeAsync(Func<NetworkState, NetworkState> change)
    {
        var previous = State;
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
}
