using System.Collections.Immutable;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Lists;
using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Programmes;
using Cfc.Sdk.Orleans.Storage;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Targets;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sdk.Orleans.Municipalities;

/// <summary>
/// The <see cref="IMunicipalityGrain"/>: every change is made by the domain types on the stored values, then written;
/// a call the domain refuses throws before anything is assigned, so neither memory nor storage changes.
/// </summary>
/// <remarks>
/// Needs, in the silo's services, NodaTime's <see cref="IClock"/> and <see cref="IDateTimeZoneProvider"/> and the
/// configured <see cref="MemberProgrammeRules"/>: <c>services.AddCfcSdk()</c> registers all three. How many issues a member
/// may hold is <see cref="CfcLimitsOptions.MaxIssuesPerMember"/>, checked here, where the issues live, so that
/// concurrent adds cannot pass it. The state is kept in the
/// storage named "Default". On a silo with <c>AddCfcSdkMatching</c>, an issue change, once stored, is pushed to every
/// active silo's matching replica before the call returns (through the <see cref="IMatchingPublisher"/> that matching
/// registers; a silo without matching has none and pushes nowhere). Once registered with a network, the grain keeps its
/// entries in that network's indexes current after each change is stored (the ShoppingCart sample's product keeping
/// its inventory): its issues in the <c>issues</c> <see cref="EntityList"/>, under the day each was opened, and its
/// programme, once started, in the <see cref="IProgrammeIndexGrain"/>.
/// </remarks>
internal sealed class MunicipalityGrain(
    [PersistentState("municipality")] IPersistentState<MunicipalityState> state,
    IClock clock,
    IDateTimeZoneProvider zones,
    MemberProgrammeRules rules,
    IOptions<CfcLimitsOptions> limits,
    IGrainFactory grains,
    IMatchingPublisher? matching = null) : Grain, IMunicipalityGrain
{
    private readonly IMatchingPublisher _matching = matching ?? NoMatchingPublisher.Instance;

    private MemberCode Code =>
        MemberCode.TryParse(this.GetPrimaryKeyString(), out var code)
            ? code
            : throw new ArgumentException(
                $"The municipality grain's key '{this.GetPrimaryKeyString()}' is not a member code: use a CBS code such as GM0518 (public bodies GM9001 to GM9003) or a code abroad such as DE-05315000.");

    private DateTimeZone Zone => state.State.Profile?.TimeZone ?? Code.DefaultTimeZone(zones);

    private LocalDate Today => clock.GetCurrentInstant().InZone(Zone).Date;

    // Before its start a programme shows the rules' outline; it starts under the member's own rules (ProgrammeToChange).
    private Programme Programme => state.State.Programme ?? new Programme(rules.Outline);

    private Programme ProgrammeToChange => state.State.Programme ?? new Programme(rules.For(Code, state.State.Profile?.Population));

    // The stored issues, checked by the domain: the member's own, each id once.
    private MemberIssues Issues => MemberIssues.Of(Code, state.State.Issues);

    /// <inheritdoc/>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ = Code;
        return base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Member?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    /// <inheritdoc/>
    public Task<Member> SetProfileAsync(string network, string name) =>
        SetProfileAsync(
            network,
            state.State.Profile is { } stored
                ? Member.Municipality(Code, name, stored.TimeZone).WithPopulation(stored.Population)
                : Member.Municipality(Code, name, zones));

    /// <inheritdoc/>
    public async Task<Member> SetProfileAsync(string network, Member profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        EnsureNotSucceeded();
        if (profile.Id != MemberId.For(Code) || profile.Kind is not (MemberKind.Municipality or MemberKind.PublicBody))
        {
            throw new ArgumentException($"The profile is of {profile.Id}, a {profile.Kind}, not of the municipality {Code}.", nameof(profile));
        }

        var registering = state.State.Network is null;
        await WriteAsync(state.State with { Profile = profile, Network = BelongingTo(network) });

        // The profile is stored first: a register that failed to record it is brought up to date by calling again.
        await grains.GetGrain<INetworkGrain>(network).SaveMemberAsync(profile);
        if (registering)
        {
            await ListAllAsync();
        }
        else
        {
            await ListProgrammeAsync();
        }

        return profile;
    }

    /// <inheritdoc/>
    public async Task<ProfileChange> ChangeProfileAsync(string network, string name, string? timeZone, int? population)
    {
        var stored = state.State.Profile;
        var zone = timeZone is null
            ? stored?.TimeZone ?? Code.DefaultTimeZone(zones)
            : zones.GetZoneOrNull(timeZone) ?? throw new ArgumentException($"'{timeZone}' is not a time zone id (IANA, such as {Code.DefaultTimeZoneId}).", nameof(timeZone));
        var profile = Member.Municipality(Code, name, zone).WithPopulation(population ?? stored?.Population);
        return new(await SetProfileAsync(network, profile), Created: stored is null);
    }

    /// <inheritdoc/>
    public Task<string?> GetNetworkAsync() => Task.FromResult(state.State.Network);

    /// <inheritdoc/>
    public async Task ImportAsync(string network, Member? profile, ImmutableArray<Person> people)
    {
        var belonging = BelongingTo(network);
        if (profile is not null && (profile.Id != MemberId.For(Code) || profile.Kind is not (MemberKind.Municipality or MemberKind.PublicBody)))
        {
            throw new ArgumentException($"The profile is of {profile.Id}, a {profile.Kind}, not of the municipality {Code}.", nameof(profile));
        }

        var held = state.State.People;
        foreach (var person in people)
        {
            held = held.With(MemberId.For(Code), person);
        }

        var kept = state.State.Profile ?? profile;
        if (belonging != state.State.Network || held != state.State.People || kept != state.State.Profile)
        {
            await WriteAsync(state.State with { Network = belonging, Profile = kept, People = held });
        }

        // Filed again on every call, so that a conversion interrupted after the write lists the member all the same.
        await ListAllAsync();
    }

    /// <inheritdoc/>
    public async Task<bool> AddPersonAsync(Person person)
    {
        EnsureNotSucceeded();
        var people = state.State.People.With(MemberId.For(Code), person);
        if (people == state.State.People)
        {
            return false;
        }

        await WriteAsync(state.State with { People = people });
        return true;
    }

    /// <inheritdoc/>
    public async Task<bool> RemovePersonAsync(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!state.State.People.Contains(person))
        {
            return false;
        }

        await WriteAsync(state.State with { People = state.State.People.Remove(person) });
        return true;
    }

    /// <inheritdoc/>
    public Task<ImmutableArray<Person>> GetPeopleAsync() => Task.FromResult(state.State.People);

    /// <inheritdoc/>
    public Task<Programme> GetProgrammeAsync() => Task.FromResult(Programme);

    /// <inheritdoc/>
    public async Task<ProgrammeStatus> TransitionAsync(PhaseTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        EnsureNotSucceeded();
        var today = Today;
        var programme = ProgrammeToChange.Transition(transition, today);
        await WriteAsync(state.State with { Programme = programme });
        await ListProgrammeAsync();
        return programme.StatusOn(today);
    }

    /// <inheritdoc/>
    public Task<ProgrammeStatus> StatusOnAsync(LocalDate day) => Task.FromResult(Programme.StatusOn(day));

    /// <inheritdoc/>
    public Task<LocalDate> TodayAsync() => Task.FromResult(Today);

    /// <inheritdoc/>
    public async Task RecordAsync(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        EnsureNotSucceeded();
        if (observation.Member != Code)
        {
            throw new ArgumentException($"The observation is of {observation.Member}, not of {Code}.", nameof(observation));
        }

        await WriteAsync(state.State with { Ledger = state.State.Ledger.Record(observation) });
    }

    /// <inheritdoc/>
    public Task<ObservationLedger> GetLedgerAsync() => Task.FromResult(state.State.Ledger);

    /// <inheritdoc/>
    public async Task SetTargetAsync(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        EnsureNotSucceeded();
        var targets = state.State.Targets.Where(t => t.Indicator != target.Indicator).Append(target).OrderBy(t => t.Indicator);
        await WriteAsync(state.State with { Targets = [.. targets] });
    }

    /// <inheritdoc/>
    public Task<ImmutableArray<Target>> GetTargetsAsync() => Task.FromResult(state.State.Targets);

    /// <inheritdoc/>
    public async Task AddIssueAsync(LocalIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        EnsureNotSucceeded();
        if (state.State.Issues.Length >= limits.Value.MaxIssuesPerMember)
        {
            throw new IssueLimitException(Code, limits.Value.MaxIssuesPerMember);
        }

        if (await _matching.HolderOfAsync(state.State.Network, issue.Id) is { } holder && holder != issue.Member)
        {
            throw new ArgumentException($"The issue id '{issue.Id}' is taken by an issue of {holder}: issue ids are unique in the network.", nameof(issue));
        }

        var version = state.State.IssueVersion + 1;
        await WriteAsync(state.State with { Issues = Issues.Add(issue).Issues, IssueVersion = version });
        await ListAsync(issue, previous: null);
        await PublishAsync((replica, network) => replica.UpsertIssueAsync(network, issue, version));
    }

    /// <inheritdoc/>
    public async Task UpdateIssueAsync(LocalIssue issue)
    {
        EnsureNotSucceeded();
        var version = state.State.IssueVersion + 1;
        var issues = Issues;
        var updated = issues.Update(issue);
        var previous = issues.Issues.First(i => i.Id == issue.Id);
        await WriteAsync(state.State with { Issues = updated.Issues, IssueVersion = version });
        await ListAsync(issue, previous);
        await PublishAsync((replica, network) => replica.UpsertIssueAsync(network, issue, version));
    }

    /// <inheritdoc/>
    public async Task RemoveIssueAsync(IssueId id)
    {
        EnsureNotSucceeded();
        var version = state.State.IssueVersion + 1;
        var issues = Issues;
        var remaining = issues.Remove(id);
        var removed = issues.Issues.First(i => i.Id == id);
        await WriteAsync(state.State with { Issues = remaining.Issues, IssueVersion = version });
        if (Listed(removed) is { } entry && IssueListOrNull is { } list)
        {
            await list.RemoveAsync(entry.Id, entry.Day);
        }

        var code = Code;
        await PublishAsync((replica, network) => replica.RemoveIssueAsync(network, code, id, version));
    }

    /// <inheritdoc/>
    public Task<ImmutableArray<LocalIssue>> GetIssuesAsync() => Task.FromResult(state.State.Issues);

    /// <inheritdoc/>
    public async Task<bool> SucceedAsync(MemberCode successor, LocalDate firstDay)
    {
        var succession = Succession.Record(Code, successor, firstDay, Today);
        if (state.State.Succession is { } recorded && recorded != succession)
        {
            throw new MemberSucceededException(recorded);
        }

        var network = state.State.Network ?? throw new SuccessionRuleException(
            SuccessionRule.NotRegistered, succession, $"{Code} is not registered with a network: register it (PUT /api/municipalities/{Code}) before recording its successor.");
        var register = grains.GetGrain<INetworkGrain>(network);
        var member = MemberId.For(Code);
        var current = (await register.GetRegisterAsync()).MembershipsOf(member) is [.., { Left: null } open] ? open : null;
        var recordedNow = state.State.Succession is null;
        if (recordedNow)
        {
            if (current is { } membership && membership.Joined >= firstDay)
            {
                throw new SuccessionRuleException(
                    SuccessionRule.BeforeMembership,
                    succession,
                    $"{Code} is a member since {NodaTime.Text.LocalDatePattern.Iso.Format(membership.Joined)}, so its membership cannot end the day before {NodaTime.Text.LocalDatePattern.Iso.Format(firstDay)}.");
            }

            // The successor first: it refuses (succeeded itself, or of another network) before anything is stored here,
            // and a call repeated after a failure below finds it recorded there and completes the rest.
            await grains.GetGrain<IMunicipalityGrain>(successor.ToString()).AddPredecessorAsync(network, succession);
            await WriteAsync(state.State with { Succession = succession });
        }

        if (current is { } ending && ending.Joined <= succession.PredecessorsLastDay)
        {
            await register.LeaveAsync(member, succession.PredecessorsLastDay);
        }

        await GrainFactory.GetGrain<IProgrammeIndexGrain>(network).RemoveAsync(Code);
        return recordedNow;
    }

    /// <inheritdoc/>
    public async Task AddPredecessorAsync(string network, Succession succession)
    {
        ArgumentNullException.ThrowIfNull(succession);
        if (succession.Successor != Code)
        {
            throw new ArgumentException($"The succession is by {succession.Successor}, not by {Code}.", nameof(succession));
        }

        EnsureNotSucceeded();
        if (state.State.Network != network || state.State.Profile is null)
        {
            throw new SuccessionRuleException(
                SuccessionRule.NotRegistered, succession, $"{Code} is not a registered member of the network {network}: a successor is a member of the same network.");
        }

        var predecessors = state.State.Predecessors.RemoveAll(p => p.Predecessor == succession.Predecessor).Add(succession);
        if (!predecessors.SequenceEqual(state.State.Predecessors))
        {
            await WriteAsync(state.State with { Predecessors = predecessors });
        }
    }

    /// <inheritdoc/>
    public Task<Succession?> GetSuccessionAsync() => Task.FromResult(state.State.Succession);

    /// <inheritdoc/>
    public Task<ImmutableArray<Succession>> GetPredecessorsAsync() => Task.FromResult(state.State.Predecessors);

    // A succeeded member's data is closed: it is read under its successor and changed no more.
    private void EnsureNotSucceeded()
    {
        if (state.State.Succession is { } succession)
        {
            throw new MemberSucceededException(succession);
        }
    }

    private EntityList? IssueListOrNull => state.State.Network is { } network ? new EntityList(GrainFactory, network, IMunicipalityGrain.IssueList) : null;

    // What the network's list shows of an issue; an issue without the date it was opened has no day to be filed under.
    private ListEntry? Listed(LocalIssue issue) => issue.Opened is { } opened
        ? new ListEntry { Id = issue.Id.ToString(), Title = issue.Title, Day = opened, Member = MemberId.For(Code), Status = "Open" }
        : null;

    // Files the issue's entry as it is now; one that lost its date is taken off the day it had.
    private async Task ListAsync(LocalIssue issue, LocalIssue? previous)
    {
        if (IssueListOrNull is not { } list)
        {
            return;
        }

        if (Listed(issue) is { } entry)
        {
            await list.PutAsync(entry, previous?.Opened);
        }
        else if (previous is { Opened: { } day })
        {
            await list.RemoveAsync(previous.Id.ToString(), day);
        }
    }

    // Puts the programme's entry in the network's index, once the programme has started and the member has registered,
    // while no member has succeeded it.
    private Task ListProgrammeAsync() =>
        state.State is { Network: { } network, Programme: { Transitions.IsEmpty: false } programme, Succession: null }
            ? GrainFactory.GetGrain<IProgrammeIndexGrain>(network).PutAsync(new ProgrammeIndexEntry
            {
                Code = Code,
                Name = state.State.Profile?.Name ?? Code.ToString(),
                Programme = programme,
            })
            : Task.CompletedTask;

    // Files everything the member holds in its network's indexes: when it first belongs to a network, such as after
    // its data of release 0.1 is converted or when a member stored before networks were recorded registers.
    private async Task ListAllAsync()
    {
        foreach (var issue in state.State.Issues)
        {
            await ListAsync(issue, previous: null);
        }

        await ListProgrammeAsync();
    }


    // The network the municipality belongs to once registered with `network`: a municipality belongs to one network.
    private string BelongingTo(string network)
    {
        _ = NetworkKey.Of(network, string.Empty); // refuses what is no network id, naming the parameter
        return state.State.Network is { } current && current != network ? throw new OtherNetworkException(Code, current, network) : network;
    }

    // The network is read here, in the grain's turn: the push runs outside it.
    private Task PublishAsync(Func<IMatchingReplicaService, string?, Task> change)
    {
        var network = state.State.Network;
        return _matching.PublishAsync(replica => change(replica, network));
    }

    // The new state is complete before it is assigned; if the write fails, the previous state is put back, so memory
    // never holds what storage refused.
    private Task WriteAsync(MunicipalityState next) => state.StoreAsync(next);
}
