using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Network;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>
/// One per silo: applies pushed changes to the silo's replica, and rebuilds the replica from the network and
/// municipality grains when the silo starts.
/// </summary>
internal sealed partial class MatchingReplicaService(
    GrainId id,
    Silo silo,
    ILoggerFactory loggerFactory,
    MatchingReplica replica,
    IGrainFactory grains,
    IOptions<CfcMatchingHostOptions> options) : GrainService(id, silo, loggerFactory), IMatchingReplicaService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<MatchingReplicaService>();

    /// <inheritdoc/>
    public Task UpsertIssueAsync(LocalIssue issue)
    {
        replica.Upsert(issue);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task RemoveIssueAsync(IssueId id)
    {
        replica.Remove(id);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task UpsertOrganisationAsync(Member organisation)
    {
        replica.Upsert(organisation);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    protected override Task StartInBackground()
    {
        _ = RebuildAsync();
        return base.StartInBackground();
    }

    private async Task RebuildAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var network = grains.GetGrain<INetworkGrain>(options.Value.NetworkId);
                foreach (var member in await network.GetMembersAsync())
                {
                    replica.Restore(member);
                }

                var municipalities = await network.GetMunicipalitiesAsync();
                foreach (var municipality in municipalities)
                {
                    foreach (var issue in await grains.GetGrain<IMunicipalityGrain>(municipality.Id.ToString()).GetIssuesAsync())
                    {
                        replica.Restore(issue);
                    }
                }

                replica.MarkReady();
                LogRebuilt(municipalities.Length);
                return;
            }
            catch (Exception e) when (attempt < 10)
            {
                LogRetry(e, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The matching replica is rebuilt from {Municipalities} municipalities.")]
    private partial void LogRebuilt(int municipalities);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilding the matching replica failed (attempt {Attempt}); retrying.")]
    private partial void LogRetry(Exception exception, int attempt);
}
