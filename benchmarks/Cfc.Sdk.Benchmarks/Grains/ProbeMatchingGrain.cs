using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Orleans.Concurrency;

namespace Cfc.Sdk.Benchmarks.Grains;

/// <summary>The <see cref="IProbeMatchingGrain"/>.</summary>
[StatelessWorker]
internal sealed class ProbeMatchingGrain(IssueIndex replica) : Grain, IProbeMatchingGrain
{
    /// <inheritdoc/>
    public Task<int> MatchCountAsync(IssueId id, int k) => Task.FromResult(replica.Match(id, k).Count);
}
