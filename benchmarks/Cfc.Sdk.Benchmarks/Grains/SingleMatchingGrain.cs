using System.Collections.Immutable;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;

namespace Cfc.Sdk.Benchmarks.Grains;

/// <summary>The <see cref="ISingleMatchingGrain"/>: the same work as the SDK's matching grain, in a single activation.</summary>
internal sealed class SingleMatchingGrain(IssueIndex replica) : Grain, ISingleMatchingGrain
{
    /// <inheritdoc/>
    public Task<ImmutableArray<IssueMatch>> MatchAsync(IssueId id, int k) => Task.FromResult<ImmutableArray<IssueMatch>>([.. replica.Match(id, k)]);
}
