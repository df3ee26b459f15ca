using System.Collections.Immutable;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;

namespace Cfc.Sdk.Benchmarks.Grains;

/// <summary>
/// The comparison for the throughput command: matching served by one ordinary grain (one activation on one silo, one
/// call at a time) instead of the SDK's stateless worker on every silo. Use key 0.
/// </summary>
[Alias("bench.ISingleMatchingGrain")]
public interface ISingleMatchingGrain : IGrainWithIntegerKey
{
    /// <summary>As <c>IMatchingGrain.MatchAsync</c>, from the replica of the silo the activation lives on.</summary>
    [Alias("MatchAsync")]
    Task<ImmutableArray<IssueMatch>> MatchAsync(IssueId id, int k);
}
