using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>
/// Where a grain sends a stored change that matching must see: to every silo's replica on a silo with
/// <c>AddCfcSdkMatching</c> (<see cref="MatchingReplicaPublisher"/>), nowhere without it (<see cref="NoMatchingPublisher"/>).
/// </summary>
internal interface IMatchingPublisher
{
    /// <summary>Applies <paramref name="change"/> to the replicas; completes when they have it or the push goes on in the background.</summary>
    /// <param name="change">The change, applied to one silo's replica service.</param>
    /// <returns>A task that completes when the change is published.</returns>
    Task PublishAsync(Func<IMatchingReplicaService, Task> change);

    /// <summary>
    /// The member of <paramref name="network"/> whose issue has <paramref name="id"/>, as this silo's replica knows it;
    /// <see langword="null"/> when none is known, the replica is not ready, or it holds another network.
    /// </summary>
    /// <param name="network">The network of the member asking; <see langword="null"/> before it registers.</param>
    /// <param name="id">The issue id.</param>
    /// <returns>The member's code, or <see langword="null"/>.</returns>
    Task<MemberCode?> HolderOfAsync(string? network, IssueId id);
}
