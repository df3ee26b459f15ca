using Microsoft.Extensions.Logging;
using Orleans.Runtime.Services;

namespace Cfc.Sdk.Orleans.Matching;

/// <summary>Pushes a change to the replica of every active silo and waits for all of them.</summary>
internal sealed partial class MatchingReplicaPublisher(
    IServiceProvider services,
    IClusterMembershipService membership,
    ILogger<MatchingReplicaPublisher> logger) : GrainServiceClient<IMatchingReplicaService>(services)
{
    /// <summary>Applies <paramref name="change"/> on every active silo; a silo that fails is logged, not retried.</summary>
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
                await change(GetGrainService(silo));
            }
            catch (Exception e) when (membership.CurrentSnapshot.GetSiloStatus(silo) != SiloStatus.Active)
            {
                LogGone(e, silo);
            }
        }));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A matching change did not reach silo {Silo}, which is no longer active.")]
    private partial void LogGone(Exception exception, SiloAddress silo);
}
