using Cfc.Sample.Host.Problems;
using Cfc.Sdk.Exchange;

namespace Cfc.Sample.Host.Exchange;

/// <summary>The exchange formats' services: the SDMX dataflow of the <c>Cfc:Sdmx</c> settings.</summary>
internal static class ExchangeRegistration
{
    /// <summary>The settings' section.</summary>
    public const string SectionName = "Cfc:Sdmx";

    /// <summary>Registers the SDMX dataflow of the <c>Cfc:Sdmx</c> settings (<see cref="SdmxOptions"/>), checked here.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="InvalidOperationException">A setting is not a valid SDMX id or version; the message names each.</exception>
    public static IServiceCollection AddExchange(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new SdmxOptions();
        configuration.GetSection(SectionName).Bind(options);
        try
        {
            services.AddSingleton(new SdmxDataflow(options));
        }
        catch (ArgumentException e)
        {
            // The SDK names its options' properties; the host's reader knows them as settings.
            throw new InvalidOperationException(
                $"Invalid Cfc settings: {ValidationErrors.MessageOf(e).Replace($"{nameof(SdmxOptions)}.", $"{SectionName}:", StringComparison.Ordinal)}", e);
        }

        return services;
    }
}
