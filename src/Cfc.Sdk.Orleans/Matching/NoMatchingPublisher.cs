using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>The <see cref="IMatchingPublisher"/> of a silo without matching: changes go nowhere and no issue id is held.</summary>
internal sealed class NoMatchingPublisher : IMatchingPublisher
{
    /// <summary>The one instance.</summary>
    public static readonly NoMatchingPublisher Instance = new();

    /// <inheritdoc/>
    public Task PublishAsync(Func<IMatchingReplicaService, Task> change) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task<MemberCode?> HolderOfAsync(string? network, IssueId id) => Task.FromResult<MemberCode?>(null);
}
