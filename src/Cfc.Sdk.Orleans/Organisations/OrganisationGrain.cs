using System.Collections.Immutable;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Matching;
using Cfc.Sdk.Orleans.Network;
using Cfc.Sdk.Orleans.Storage;

namespace Cfc.Sdk.Orleans.Organisations;

/// <summary>The <see cref="IOrganisationGrain"/>, keeping an <see cref="OrganisationState"/> in the default grain storage as <c>organisation</c>.</summary>
/// <remarks>
/// A change is stored first, then registered with the network and published to matching (through the
/// <see cref="IMatchingPublisher"/> that matching registers; a silo without matching has none and publishes nowhere):
/// a register or a replica that missed it is brought up to date by calling again, or by the replicas' resync.
/// </remarks>
/// <param name="state">The stored state.</param>
/// <param name="grains">The grain factory the network's grain is reached through.</param>
/// <param name="matching">Where published changes go; none without matching.</param>
internal sealed class OrganisationGrain(
    [PersistentState("organisation")] IPersistentState<OrganisationState> state,
    IGrainFactory grains,
    IMatchingPublisher? matching = null) : Grain, IOrganisationGrain
{
    private readonly IMatchingPublisher _matching = matching ?? NoMatchingPublisher.Instance;

    private (string Network, MemberId Id) Key
    {
        get
        {
            var (network, local) = NetworkKey.Split(this.GetPrimaryKeyString());
            return OrganisationId.TryParse(local, out var id)
                ? (network, MemberId.For(id))
                : throw new FormatException($"The organisation grain's key '{this.GetPrimaryKeyString()}' is not {{network}}/{{organisationId}}.");
        }
    }

    /// <inheritdoc/>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ = Key;
        return base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Member?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    /// <inheritdoc/>
    public async Task<bool> SetProfileAsync(Member profile)
    {
        Check(profile);
        var previous = state.State.Profile;
        if (previous is not null && previous.Kind != profile.Kind)
        {
            throw new MemberKindException(profile.Id, previous.Kind, profile.Kind);
        }

        var version = state.State.Version + 1;
        await WriteAsync(state.State with { Profile = profile, Version = version });
        await grains.GetGrain<INetworkGrain>(Key.Network).SaveMemberAsync(profile);
        var network = Key.Network;
        await _matching.PublishAsync(replica => replica.UpsertOrganisationAsync(network, profile, version));
        return previous is null;
    }

    /// <inheritdoc/>
    public async Task ImportAsync(Member? profile, ImmutableArray<Person> people)
    {
        if (profile is not null)
        {
            Check(profile);
        }

        var held = state.State.People;
        foreach (var person in people)
        {
            held = held.With(Key.Id, person);
        }

        if (state.State.Profile is null || held != state.State.People)
        {
            await WriteAsync(state.State with { Profile = state.State.Profile ?? profile, People = held });
        }
    }

    /// <inheritdoc/>
    public async Task<bool> AddPersonAsync(Person person)
    {
        var people = state.State.People.With(Key.Id, person);
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

    private void Check(Member profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Kind is not (MemberKind.Organisation or MemberKind.NetworkPartner) || profile.Id != Key.Id)
        {
            throw new ArgumentException($"The profile is of {profile.Id}, a {profile.Kind}, not of the organisation {Key.Id}.", nameof(profile));
        }
    }

    // The new state is complete before it is assigned; if the write fails, the previous state is put back.
    private Task WriteAsync(OrganisationState next) => state.StoreAsync(next);
}
