using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Resilience;
using Cfc.Sdk.Orleans.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Services;
using Polly;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>Pushes a change to the replica of every active silo and waits for all of them.</summary>
internal sealed partial class MatchingReplicaPublisher(
    IServiceProvider services,
    IClusterMembershipService membership,
    MatchingReplica replica,
    CfcInstruments instruments,
    ILogger<MatchingReplicaPublisher> logger) : GrainServiceClient<IMatchingReplicaService>(services), IMatchingPublisher
{
    // A push is idempotent (an upsert or a removal), so it is repeated while its silo is unreachable but still active:
    // until the silo answers, or membership declares it dead and its replica no longer counts.
    private readonly ResiliencePipeline _retry = GrainCallRetryServiceCollectionExtensions.CreatePipeline(
        services.GetService<IOptions<CfcHostingOptions>>()?.Value.Retry ?? new GrainCallRetryOptions());

    private readonly TimeSpan _pushWait = services.GetRequiredService<IOptions<CfcMatchingHostOptions>>().Value.PushWait;

    /// <summary>
    /// Applies <paramref name="change"/> on every active silo and waits for them, up to
    /// <see cref="CfcMatchingHostOptions.PushWait"/>. A silo that cannot be reached is tried again until it answers or
    /// is no longer active; when that outlasts the wait (a silo that died and is not yet declared dead), the call
    /// returns and the push goes on in the background, so a write never waits on a dead silo's replica. A push that fails
    /// on a silo that stays active is logged as an error and repaired by the next resync: the change is stored when it is
    /// pushed, so the call that made it must not fail.
    /// </summary>
    public async Task PublishAsync(Func<IMatchingReplicaService, Task> change)
    {
        var silos = membership.CurrentSnapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Active)
            .Select(m => m.SiloAddress)
            .ToList();

        // Outside the calling grain's scheduler, so that a push that goes on in the background never runs in its turns.
        // A push logs its failure instead of throwing it, so the pushes never fault, awaited or in the background.
        var pushes = Task.Run(() => Task.WhenAll(silos.Select(silo => PushAsync(silo, change))));
        if (await Task.WhenAny(pushes, Task.Delay(_pushWait)).ConfigureAwait(false) != pushes)
        {
            LogStillPushing(_pushWait);
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The matching index knows an issue by its id alone, so an id another member's issue has would replace that issue
    /// in every replica. A ready replica knows every stored issue (a change reaches it before the call that made it
    /// returns); two members adding one id at the same moment are not caught. A replica that is not ready (a starting
    /// or stopping silo) or that holds another network knows no member.
    /// </remarks>
    public async Task<MemberCode?> HolderOfAsync(string? network, IssueId id)
    {
        if (!replica.IsReady || replica.Network != network)
        {
            return null;
        }

        try
        {
            return (await replica.ReadyAsync().ConfigureAwait(false)).TryGet(id, out var held) ? held.Member : null;
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }

    private async Task PushAsync(SiloAddress silo, Func<IMatchingReplicaService, Task> change)
    {
        var delivered = false;
        try
        {
            await _retry.ExecuteAsync(async _ =>
            {
                if (IsActive(silo))
                {
                    await change(GetGrainService(silo)).ConfigureAwait(false);
                    delivered = true;
                }
            }).ConfigureAwait(false);
            instruments.Pushed(delivered ? CfcInstruments.Delivered : CfcInstruments.SiloGone);
        }
        catch (Exception e) when (!IsActive(silo))
        {
            instruments.Pushed(CfcInstruments.SiloGone);
            LogGone(e, silo);
        }
        catch (Exception e)
        {
            instruments.Pushed(CfcInstruments.Failed);
            LogPushFailed(e, silo);
        }
    }

    private bool IsActive(SiloAddress silo) => membership.CurrentSnapshot.GetSiloStatus(silo) == SiloStatus.Active;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A matching change did not reach silo {Silo}, which is no longer active.")]
    private partial void LogGone(Exception exception, SiloAddress silo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A matching change has not reached every silo after {Wait}; the call returns and the push goes on.")]
    private partial void LogStillPushing(TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Error, Message = "A matching change failed on silo {Silo}, which is still active; its replica is repaired by the next resync.")]
    private partial void LogPushFailed(Exception exception, SiloAddress silo);
}
