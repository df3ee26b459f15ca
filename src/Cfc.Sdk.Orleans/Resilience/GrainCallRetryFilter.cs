using System.Collections.Concurrent;
using System.Reflection;
using Orleans.Concurrency;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;
using Polly;
using Polly.Registry;

namespace Cfc.Sdk.Orleans.Resilience;

/// <summary>
/// Repeats an idempotent grain call (<see cref="ReadOnlyAttribute"/> or <see cref="IdempotentAttribute"/>) through the
/// retry pipeline <see cref="PipelineKey"/> when it failed because a silo or gateway could not be reached; every other
/// call passes through once.
/// </summary>
internal sealed class GrainCallRetryFilter(ResiliencePipelineProvider<string> pipelines) : IOutgoingGrainCallFilter
{
    /// <summary>The key of the retry pipeline in the <see cref="ResiliencePipelineProvider{TKey}"/>.</summary>
    public const string PipelineKey = "cfc-grain-calls";

    private static readonly ConcurrentDictionary<MethodInfo, bool> s_idempotent = new();

    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(PipelineKey);

    /// <summary>Whether a failure is one a repeat can cure: the target silo or the gateway was unreachable, or the call timed out.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is OrleansMessageRejectionException or ConnectionFailedException or GatewayTooBusyException or TimeoutException;

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        if (!s_idempotent.GetOrAdd(context.InterfaceMethod, IsIdempotent))
        {
            return context.Invoke();
        }

        return _pipeline.ExecuteAsync(static async (call, _) => await call.Invoke().ConfigureAwait(false), context).AsTask();
    }

    private static bool IsIdempotent(MethodInfo method) =>
        method.IsDefined(typeof(ReadOnlyAttribute), inherit: true) || method.IsDefined(typeof(IdempotentAttribute), inherit: true);
}
