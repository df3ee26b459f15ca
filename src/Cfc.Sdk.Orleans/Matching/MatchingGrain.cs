using System.Collections.Immutable;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>The <see cref="IMatchingGrain"/>: reads the calling silo's <see cref="MatchingReplica"/>.</summary>
[StatelessWorker]
internal sealed class MatchingGrain(MatchingReplica replica) : Grain, IMatchingGrain
{
    /// <inheritdoc/>
    public async Task<ImmutableArray<IssueMatch>> MatchAsync(IssueId id, int k = 10)
    {
        var index = await replica.ReadyAsync();
        return [.. index.Match(id, k)];
    }

    /// <inheritdoc/>
    public async Task<ImmutableArray<IssueMatch>> MatchDraftAsync(LocalIssue draft, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var index = await replica.ReadyAsync();
        return [.. index.Match(draft, k)];
    }

    /// <inheritdoc/>
    public async Task<ImmutableArray<OrganisationMatch>> MatchOrganisationsAsync(IssueId id, int k = 10)
    {
        var index = await replica.ReadyAsync();
        return [.. index.MatchOrganisations(id, k)];
    }

    /// <inheritdoc/>
    public async Task<ImmutableArray<OrganisationMatch>> MatchOrganisationsDraftAsync(LocalIssue draft, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var index = await replica.ReadyAsync();
        return [.. index.MatchOrganisations(draft, k)];
    }
}
