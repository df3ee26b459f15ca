using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>
/// One per silo: applies pushed changes to the silo's replica, and rebuilds the replica from the network and
/// municipality grains when the silo starts, then resyncs it periodically.
/// </summary>
internal sealed partial class MatchingReplicaService(
    GrainId id,
    Silo silo,
    ILoggerFactory loggerFactory,
    MatchingReplica replica,
    MatchingReplicaLoader loader,
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

    // The first load retries until it succeeds, since queries wait for it; then a resync every ResyncInterval
    // repairs what a push missed (a silo briefly unreachable, or one that joined while a change was being pushed).
    private async Task RebuildAsync()
    {
        var token = StoppedCancellationTokenSource.Token;
        for (var attempt = 1; !token.IsCancellationRequested; attempt++)
        {
            try
            {
                var municipalities = await loader.LoadAsync();
                if (!replica.IsReady)
                {
                    replica.MarkReady();
                    LogRebuilt(municipalities);
                }

                attempt = 0;
                await Task.Delay(options.Value.ResyncInterval, token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogRetry(e, attempt);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 30)), token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The matching replica is rebuilt from {Municipalities} municipalities.")]
    private partial void LogRebuilt(int municipalities);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading the matching replica from the grains failed (attempt {Attempt}); retrying.")]
    private partial void LogRetry(Exception exception, int attempt);
}
