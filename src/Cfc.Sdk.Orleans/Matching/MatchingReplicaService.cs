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
    public Task UpsertIssueAsync(string? network, LocalIssue issue, long version)
    {
        replica.Upsert(network, issue, version);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task RemoveIssueAsync(string? network, MemberCode member, IssueId id, long version)
    {
        replica.Remove(network, member, id, version);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task UpsertOrganisationAsync(string network, Member organisation, long version)
    {
        replica.Upsert(network, organisation, version);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    protected override Task StartInBackground()
    {
        _ = RebuildAsync();
        return base.StartInBackground();
    }

    // The first load retries until it succeeds, since queries wait for it. The first resync follows after CatchUpDelay:
    // a change pushed while this silo was joining (before the writing grain saw it active) may have been stored after
    // the load read its municipality. Then a resync every ResyncInterval repairs what a push missed (a silo briefly
    // unreachable).
    private async Task RebuildAsync()
    {
        var token = StoppedCancellationTokenSource.Token;
        for (var attempt = 1; !token.IsCancellationRequested; attempt++)
        {
            try
            {
                var municipalities = await loader.LoadAsync();
                var first = !replica.IsReady;
                if (first)
                {
                    replica.MarkReady();
                    LogRebuilt(municipalities);
                }

                attempt = 0;
                var resync = options.Value.ResyncInterval;
                await Task.Delay(first && resync != Timeout.InfiniteTimeSpan ? options.Value.CatchUpDelay : resync, token);
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
