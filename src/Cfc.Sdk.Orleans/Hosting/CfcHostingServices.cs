using Cfc.Sdk.Orleans.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Serialization;

namespace Cfc.Sdk.Orleans.Hosting;

/// <summary>What a silo and a client of <c>AddCfc(configuration)</c> both register.</summary>
internal static class CfcHostingServices
{
    /// <summary>
    /// Reads and checks the settings, and registers them, the SDK's types on the wire and the retries of idempotent
    /// grain calls (the retry pipeline and its outgoing call filter).
    /// </summary>
    /// <exception cref="InvalidOperationException">A setting cannot be used; the message names it.</exception>
    public static CfcHostingOptions AddCfcHosting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = CfcHostingOptions.Read(configuration);
        services.AddSingleton(Options.Create(options));
        services.AddSerializer(s => s.AddCfcSdkTypes());
        services.AddCfcGrainCallRetries(options.Retry);
        services.AddSingleton<IOutgoingGrainCallFilter, GrainCallRetryFilter>();
        return options;
    }
}
