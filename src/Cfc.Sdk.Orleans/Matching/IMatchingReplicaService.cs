using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Orleans.Services;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>
/// The grain service on each silo that applies pushed changes to that silo's <see cref="MatchingReplica"/>. A change
/// carries the version its grain gave it (the municipality's <c>IssueVersion</c>, the network's
/// <c>OrganisationVersion</c>): one no newer than the last applied for the same issue or organisation is dropped.
/// A change also carries its network (the municipality's, the network grain's key), and a silo applies only those of
/// its own network: silos of several networks share one cluster, and a push goes to every active silo.
/// </summary>
[Alias("cfc.IMatchingReplicaService")]
internal interface IMatchingReplicaService : IGrainService
{
    /// <summary>The issue as its municipality, registered with <paramref name="network"/> (if any), stores it now.</summary>
    [Alias("UpsertNetworkIssueAsync")]
    Task UpsertIssueAsync(string? network, LocalIssue issue, long version);

    /// <summary>The issue of the member, registered with <paramref name="network"/> (if any), is removed.</summary>
    [Alias("RemoveNetworkIssueAsync")]
    Task RemoveIssueAsync(string? network, MemberCode member, IssueId id, long version);

    /// <summary>The organisation as the network <paramref name="network"/> stores it now.</summary>
    [Alias("UpsertNetworkOrganisationAsync")]
    Task UpsertOrganisationAsync(string network, Member organisation, long version);
}
