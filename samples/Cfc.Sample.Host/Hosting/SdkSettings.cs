using Cfc.Sdk.DependencyInjection;
using Cfc.Sdk.Orleans.Hosting;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// Checks the SDK's settings under <c>Cfc</c> (<c>Disclosure</c>, <c>Forecast</c>, <c>Peers</c>, <c>ProgrammeRules</c>…)
/// before anything starts, as the host's own settings are checked: a bad one then stops the host with its message alone,
/// where the options' check at start would first have the generic host log its failure with a stack trace.
/// </summary>
internal static class SdkSettings
{
    /// <summary>Checks the settings the SDK's services are registered with.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <exception cref="InvalidOperationException">A setting is invalid; the message names each.</exception>
    public static void Check(IConfiguration configuration)
    {
        using var services = new ServiceCollection().AddCfcSdk(configuration.GetSection(CfcHostingOptions.SectionName)).BuildServiceProvider();
        try
        {
            _ = services.GetRequiredService<IOptions<CfcSdkOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            throw new InvalidOperationException($"Invalid Cfc settings: {string.Join(" ", e.Failures)}", e);
        }
    }
}
