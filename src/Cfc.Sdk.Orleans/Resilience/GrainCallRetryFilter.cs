using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
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

        // The first attempt is made outside the pipeline, so that a call that succeeds (nearly every call) costs no
        // pipeline execution, which showed in the profile of the sample host's match route; a transient failure enters
        // the pipeline as its first outcome, so the attempts and delays are the pipeline's, as before.
        var first = context.Invoke();
        return first.IsCompletedSuccessfully ? first : RetryAsync(first, context);
    }

    private async Task RetryAsync(Task first, IOutgoingGrainCallContext context)
    {
        ExceptionDispatchInfo failure;
        try
        {
            await first.ConfigureAwait(false);
            return;
        }
        catch (Exception e) when (IsTransient(e))
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }

        var attempt = new Attempt(context, failure);
        await _pipeline.ExecuteAsync(
            static async (attempt, _) =>
            {
                if (attempt.TakeFirstFailure() is { } failure)
                {
                    failure.Throw();
                }

                await attempt.Context.Invoke().ConfigureAwait(false);
            },
            attempt).ConfigureAwait(false);
    }

    private static bool IsIdempotent(MethodInfo method) =>
        method.IsDefined(typeof(ReadOnlyAttribute), inherit: true) || method.IsDefined(typeof(IdempotentAttribute), inherit: true);

    private sealed class Attempt(IOutgoingGrainCallContext context, ExceptionDispatchInfo failure)
    {
        private ExceptionDispatchInfo? _failure = failure;

        public IOutgoingGrainCallContext Context => context;

        public ExceptionDispatchInfo? TakeFirstFailure()
        {
            var taken = _failure;
            _failure = null;
            return taken;
        }
    }
}
