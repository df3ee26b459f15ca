using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Orleans.Services;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>The grain service on each silo that applies pushed changes to that silo's <see cref="MatchingReplica"/>.</summary>
[Alias("cfc.IMatchingReplicaService")]
internal interface IMatchingReplicaService : IGrainService
{
    /// <summary>The issue as its municipality stores it now.</summary>
    [Alias("UpsertIssueAsync")]
    Task UpsertIssueAsync(LocalIssue issue);

    /// <summary>The issue is removed.</summary>
    [Alias("RemoveIssueAsync")]
    Task RemoveIssueAsync(IssueId id);

    /// <summary>The organisation as the network stores it now.</summary>
    [Alias("UpsertOrganisationAsync")]
    Task UpsertOrganisationAsync(Member organisation);
}
