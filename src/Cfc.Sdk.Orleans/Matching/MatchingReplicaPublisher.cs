using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Resilience;
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
    ILogger<MatchingReplicaPublisher> logger) : GrainServiceClient<IMatchingReplicaService>(services)
{
    // A push is idempotent (an upsert or a removal), so it is repeated while its silo is unreachable but still active:
    // until the silo answers, or membership declares it dead and its replica no longer counts.
    private readonly ResiliencePipeline _retry = GrainCallRetryServiceCollectionExtensions.CreatePipeline(
        services.GetService<IOptions<CfcHostingOptions>>()?.Value.Retry ?? new GrainCallRetryOptions());

    /// <summary>
    /// Applies <paramref name="change"/> on every active silo. A silo that cannot be reached is tried again until it
    /// answers or is no longer active; only a silo that stays active and keeps failing fails the call.
    /// </summary>
    public async Task PublishAsync(Func<IMatchingReplicaService, Task> change)
    {
        var silos = membership.CurrentSnapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Active)
            .Select(m => m.SiloAddress)
            .ToList();
        await Task.WhenAll(silos.Select(async silo =>
        {
            try
            {
                await _retry.ExecuteAsync(async _ =>
                {
                    if (IsActive(silo))
                    {
                        await change(GetGrainService(silo)).ConfigureAwait(false);
                    }
                });
            }
            catch (Exception e) when (!IsActive(silo))
            {
                LogGone(e, silo);
            }
        }));
    }

    private bool IsActive(SiloAddress silo) => membership.CurrentSnapshot.GetSiloStatus(silo) == SiloStatus.Active;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A matching change did not reach silo {Silo}, which is no longer active.")]
    private partial void LogGone(Exception exception, SiloAddress silo);
}
