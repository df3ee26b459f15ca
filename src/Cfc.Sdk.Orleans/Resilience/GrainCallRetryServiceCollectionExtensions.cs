using Cfc.Sdk.Orleans.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Polly;
using Polly.Retry;

namespace Cfc.Sdk.Orleans.Resilience;

/// <summary>Registers the retry pipeline of <see cref="GrainCallRetryFilter"/>.</summary>
internal static class GrainCallRetryServiceCollectionExtensions
{
    /// <summary>Registers the pipeline <see cref="GrainCallRetryFilter.PipelineKey"/>: exponential backoff with jitter on transient Orleans failures.</summary>
    public static IServiceCollection AddCfcGrainCallRetries(this IServiceCollection services, GrainCallRetryOptions options)
    {
        services.AddResiliencePipeline(GrainCallRetryFilter.PipelineKey, pipeline =>
        {
            if (options.MaxRetryAttempts > 0)
            {
                pipeline.AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<Exception>(GrainCallRetryFilter.IsTransient),
                    MaxRetryAttempts = options.MaxRetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.Delay,
                    MaxDelay = options.MaxDelay,
                });
            }
        });
        return services;
    }
}
