using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Microsoft.Extensions.Options;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>
/// This silo's replica of the index (the <see cref="IssueIndex"/> singleton of the silo's services): changes pushed by
/// the municipality and network grains are applied at once; a load from the grains (the rebuild at start, then each
/// resync) skips what a push brought during it, since a push is as new as what the load read or newer.
/// </summary>
/// <remarks>
/// The replica holds the silo's own network only (<see cref="CfcMatchingHostOptions.NetworkId"/>), and drops pushes of
/// other networks: one index per network on every silo would make every silo's memory and every resync grow with all
/// the networks of the cluster, while a network's queries come from its own hosts, whose silos hold its index.
/// </remarks>
internal sealed class MatchingReplica(IssueIndex index, IOptions<CfcMatchingHostOptions> options)
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // The last applied version by issue and the member that pushed it: versions are counted per municipality, and an id
    // freed by one member's removal may be taken by another's issue.
    private readonly Dictionary<(MemberCode Member, IssueId Id), long> _issueVersions = [];
    private readonly Dictionary<OrganisationId, long> _organisationVersions = [];
    private HashSet<IssueId>? _pushedIssues;
    private HashSet<OrganisationId>? _pushedOrganisations;

    /// <summary>The index, once the rebuild is done.</summary>
    public async Task<IssueIndex> ReadyAsync()
    {
        await _ready.Task.ConfigureAwait(false);
        return index;
    }

    /// <summary>The id of the network whose issues and organisations the replica holds.</summary>
    public string Network { get; } = options.Value.NetworkId;

    /// <summary>Whether the rebuild is done.</summary>
    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>
    /// A pushed change: the issue as stored by its municipality's change <paramref name="version"/>; dropped when not
    /// newer than the last applied, or when the municipality is not registered with this replica's network.
    /// </summary>
    public void Upsert(string? network, LocalIssue issue, long version)
    {
        if (network != Network)
        {
            return;
        }

        lock (_gate)
        {
            if (IsNewer(_issueVersions, (issue.Member, issue.Id), version))
            {
                _pushedIssues?.Add(issue.Id);
                index.Upsert(issue);
            }
        }
    }

    /// <summary>
    /// A pushed change: the issue is removed by its municipality's change <paramref name="version"/>; dropped when not
    /// newer than the last applied, or when the municipality is not registered with this replica's network.
    /// </summary>
    public void Remove(string? network, MemberCode member, IssueId id, long version)
    {
        if (network != Network)
        {
            return;
        }

        lock (_gate)
        {
            if (IsNewer(_issueVersions, (member, id), version))
            {
                _pushedIssues?.Add(id);
                index.Remove(id);
            }
        }
    }

    /// <summary>
    /// A pushed change: the organisation as stored by the network's change <paramref name="version"/> (without expertise it
    /// is not matched); dropped when not newer than the last applied, or when of another network.
    /// </summary>
    public void Upsert(string network, Member organisation, long version)
    {
        if (network != Network || organisation.Id.Organisation is not { } id)
        {
            return;
        }

        lock (_gate)
        {
            if (!IsNewer(_organisationVersions, id, version))
            {
                return;
            }

            _pushedOrganisations?.Add(id);
            if (organisation.Expertise is null)
            {
                index.RemoveOrganisation(id);
            }
            else
            {
                index.UpsertOrganisation(organisation);
            }
        }
    }

    /// <summary>Starts a load from the grains: pushes from now on are remembered, so the load does not undo them.</summary>
    public void BeginLoad()
    {
        lock (_gate)
        {
            _pushedIssues = [];
            _pushedOrganisations = [];
        }
    }

    /// <summary>The issues in the index now, by member: what a load compares with what it reads.</summary>
    public ILookup<MemberCode, IssueId> IssuesByMember() => index.GetIssues().ToLookup(issue => issue.Member, issue => issue.Id);

    /// <summary>Load: removes those of <paramref name="indexed"/> that the load did not read, unless pushed since the load began.</summary>
    public void RemoveMissing(IEnumerable<IssueId> indexed, IReadOnlySet<IssueId> read)
    {
        lock (_gate)
        {
            foreach (var id in indexed)
            {
                if (!read.Contains(id) && _pushedIssues?.Contains(id) != true)
                {
                    index.Remove(id);
                }
            }
        }
    }

    /// <summary>Load: an issue read from its municipality, unless a push (as new or newer) came first.</summary>
    public void Restore(LocalIssue issue)
    {
        lock (_gate)
        {
            if ((_pushedIssues is null || !_pushedIssues.Contains(issue.Id))
                && !(index.TryGet(issue.Id, out var current) && current.Equals(issue)))
            {
                index.Upsert(issue);
            }
        }
    }

    /// <summary>Load: an organisation read from the network with expertise, unless a push came first (<see cref="RemoveMissingOrganisations"/> removes the others).</summary>
    public void Restore(Member organisation)
    {
        if (organisation.Id.Organisation is not { } id || organisation.Expertise is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_pushedOrganisations is null || !_pushedOrganisations.Contains(id))
            {
                index.UpsertOrganisation(organisation);
            }
        }
    }

    /// <summary>
    /// Load: removes the organisations in the index that the load did not read with expertise (saved without it since,
    /// or no longer in the network), unless pushed since the load began.
    /// </summary>
    public void RemoveMissingOrganisations(IReadOnlySet<OrganisationId> read)
    {
        lock (_gate)
        {
            foreach (var organisation in index.GetOrganisations())
            {
                var id = organisation.Id.Organisation!.Value;
                if (!read.Contains(id) && _pushedOrganisations?.Contains(id) != true)
                {
                    index.RemoveOrganisation(id);
                }
            }
        }
    }

    // Whether a push of this version is newer than the last applied for the key; if so, it is the last applied now.
    // Removals keep their version too, so an upsert pushed before a removal cannot bring the issue back.
    private static bool IsNewer<TKey>(Dictionary<TKey, long> versions, TKey key, long version)
        where TKey : notnull
    {
        if (versions.TryGetValue(key, out var applied) && applied >= version)
        {
            return false;
        }

        versions[key] = version;
        return true;
    }

    /// <summary>Ends a load.</summary>
    public void EndLoad()
    {
        lock (_gate)
        {
            _pushedIssues = null;
            _pushedOrganisations = null;
        }
    }

    /// <summary>After the first complete load: reads are answered from now on.</summary>
    public void MarkReady() => _ready.TrySetResult();
}
