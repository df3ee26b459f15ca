using System.Collections.Immutable;
using System.Diagnostics;
using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Orleans.Telemetry;
using Orleans.Concurrency;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>The <see cref="IMatchingGrain"/>: reads the calling silo's <see cref="MatchingReplica"/>, and measures each query.</summary>
[StatelessWorker]
internal sealed class MatchingGrain(MatchingReplica replica, CfcInstruments instruments) : Grain, IMatchingGrain
{
    /// <inheritdoc/>
    public async Task<ImmutableArray<IssueMatch>> MatchAsync(IssueId id, int k = 10)
    {
        var index = await replica.ReadyAsync();
        return Measure(CfcInstruments.Issues, CfcInstruments.StoredIssue, () => index.Match(id, k));
    }

    /// <inheritdoc/>
    public async Task<ImmutableArray<IssueMatch>> MatchDraftAsync(LocalIssue draft, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var index = await replica.ReadyAsync();
        return Measure(CfcInstruments.Issues, CfcInstruments.Draft, () => index.Match(draft, k));
    }

    /// <inheritdoc/>
    public async Task<ImmutableArray<OrganisationMatch>> MatchOrganisationsAsync(IssueId id, int k = 10)
    {
        var index = await replica.ReadyAsync();
        return Measure(CfcInstruments.Organisations, CfcInstruments.StoredIssue, () => index.MatchOrganisations(id, k));
    }

    /// <inheritdoc/>
    public async Task<ImmutableArray<OrganisationMatch>> MatchOrganisationsDraftAsync(LocalIssue draft, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var index = await replica.ReadyAsync();
        return Measure(CfcInstruments.Organisations, CfcInstruments.Draft, () => index.MatchOrganisations(draft, k));
    }

    public async Task<ImmutableArray<IssueMatch>> MatchAsync(IssueId id, int k, ImmutableArray<string> languages)
    {
        var index = await replica.ReadyAsync();
        return Measure(CfcInstruments.Issues, CfcInstruments.StoredIssue, () => index.Match(id, k, languages.IsDefault ? null : languages));
    }

    public async Task<ImmutableArray<IssueMatch>> MatchDraftAsync(LocalIssue draft, int k, ImmutableArray<string> languages)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var index = await replica.ReadyAsync();
        return Measure(CfcInstruments.Issues, CfcInstruments.Draft, () => index.Match(draft, k, languages.IsDefault ? null : languages));
    }

    public async Task<ImmutableArray<OrganisationMatch>> MatchOrganisationsAsync(IssueId id, int k, ImmutableArray<string> languages)
    {
        var index = await replica.ReadyAsync();
        return Measure(CfcInstruments.Organisations, CfcInstruments.StoredIssue, () => index.MatchOrganisations(id, k, languages.IsDefault ? null : languages));
    }

    public async Task<ImmutableArray<OrganisationMatch>> MatchOrganisationsDraftAsync(LocalIssue draft, int k, ImmutableArray<string> languages)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var index = await replica.ReadyAsync();
        return Measure(CfcInstruments.Organisations, CfcInstruments.Draft, () => index.MatchOrganisations(draft, k, languages.IsDefault ? null : languages));
    }

    // The query itself, once the replica is ready: the wait for a starting silo's first load is not the index's latency.
    private ImmutableArray<T> Measure<T>(string target, string query, Func<IEnumerable<T>> match)
    {
        var activity = CfcInstruments.StartMatch(target, query);
        var started = Stopwatch.GetTimestamp();
        ImmutableArray<T> matches;
        try
        {
            matches = [.. match()];
        }
        catch (Exception e)
        {
            instruments.Matched(target, query, started, e, activity);
            throw;
        }

        instruments.Matched(target, query, started, null, activity);
        return matches;
    }
}
