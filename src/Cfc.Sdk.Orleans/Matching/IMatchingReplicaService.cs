using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Orleans.Services;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>
/// The grain service on each silo that applies pushed changes to that silo's <see cref="MatchingReplica"/>. A change
/// carries the version its grain gave it (the municipality's <c>IssueVersion</c>, the network's
/// <c>OrganisationVersion</c>): one no newer than the last applied for the same issue or organisation is dropped.
/// </summary>
[Alias("cfc.IMatchingReplicaService")]
internal interface IMatchingReplicaService : IGrainService
{
    /// <summary>The issue as its municipality stores it now.</summary>
    [Alias("UpsertIssueAsync")]
    Task UpsertIssueAsync(LocalIssue issue, long version);

    /// <summary>The member's issue is removed.</summary>
    [Alias("RemoveIssueAsync")]
    Task RemoveIssueAsync(MemberCode member, IssueId id, long version);

    /// <summary>The organisation as the network stores it now.</summary>
    [Alias("UpsertOrganisationAsync")]
    Task UpsertOrganisationAsync(Member organisation, long version);
}
