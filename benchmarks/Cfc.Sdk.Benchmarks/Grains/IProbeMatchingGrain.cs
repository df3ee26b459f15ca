using Cfc.Sdk.Matching.Issues;

namespace Cfc.Sdk.Benchmarks.Grains;

/// <summary>
/// A probe for where the grain layer's time goes: a stateless worker that does the same match as
/// <c>IMatchingGrain.MatchAsync</c> on the calling silo's replica but answers only the number of matches, so the
/// result's serialization is left out of the call. Use key 0.
/// </summary>
[Alias("bench.IProbeMatchingGrain")]
public interface IProbeMatchingGrain : IGrainWithIntegerKey
{
    /// <summary>The number of matches <c>IMatchingGrain.MatchAsync(id, k)</c> would answer.</summary>
    [Alias("MatchCountAsync")]
    Task<int> MatchCountAsync(IssueId id, int k);
}
