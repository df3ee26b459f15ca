using Cfc.Sdk.Orleans.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Polly;
using Polly.Retry;

namespace Cfc.Sdk.Orleans.Resilience;

/// <summary>The retry pipeline of idempotent grain calls: exponential backoff with jitter on transient Orleans failures.</summary>
internal static class GrainCallRetryServiceCollectionExtensions
{
    /// <summary>Registers the pipeline <see cref="GrainCallRetryFilter.PipelineKey"/> that <see cref="GrainCallRetryFilter"/> uses.</summary>
    public static IServiceCollection AddCfcGrainCallRetries(this IServiceCollection services, GrainCallRetryOptions options)
    {
        services.AddResiliencePipeline(GrainCallRetryFilter.PipelineKey, pipeline => AddRetry(pipeline, options));
        return services;
    }

    /// <summary>A pipeline of its own with the retries of <paramref name="options"/>.</summary>
    public static ResiliencePipeline CreatePipeline(GrainCallRetryOptions options) =>
        AddRetry(new ResiliencePipelineBuilder(), options).Build();

    private static ResiliencePipelineBuilder AddRetry(ResiliencePipelineBuilder pipeline, GrainCallRetryOptions options) =>
        options.MaxRetryAttempts == 0 ? pipeline : pipeline.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(GrainCallRetryFilter.IsTransient),
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.Delay,
            MaxDelay = options.MaxDelay,
        });
}
