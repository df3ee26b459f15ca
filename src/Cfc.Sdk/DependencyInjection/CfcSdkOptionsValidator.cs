using Microsoft.Extensions.Options;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>Checks <see cref="CfcSdkOptions"/> when the host starts, so a bad setting fails fast with a clear message.</summary>
internal sealed class CfcSdkOptionsValidator : IValidateOptions<CfcSdkOptions>
{
    public ValidateOptionsResult Validate(string? name, CfcSdkOptions options)
    {
        var failures = new List<string>();
        options.CheckNationalCodeFormats(failures);
        options.ResolveProgrammeRules(failures);
        options.ResolveReadinessRules(failures);
        options.ResolveChecklist(failures);

        if (options.Disclosure is null)
        {
            failures.Add("CfcSdkOptions.Disclosure is required.");
        }
        else
        {
            failures.AddRange(options.Disclosure.Problems("CfcSdkOptions.Disclosure"));
        }

        failures.AddRange(options.Forecast is null ? ["CfcSdkOptions.Forecast is required."] : options.Forecast.Problems("CfcSdkOptions.Forecast"));
        failures.AddRange(options.Peers is null ? ["CfcSdkOptions.Peers is required."] : options.Peers.Problems("CfcSdkOptions.Peers"));

        var concerns = options.ResolveConcerns(failures);
        try
        {
            var catalogue = options.BuildCatalogue();
            if (concerns is not null)
            {
                failures.AddRange(catalogue.Where(i => !concerns.Contains(i.Concern)).Select(i =>
                    $"CfcSdkOptions.IndicatorCatalogues: indicator '{i.Id}' belongs to the concern '{i.Concern}', which is neither built in nor defined in Cfc:Concerns or CfcSdkOptions.ConcernCatalogues."));
            }
        }
        catch (ArgumentException e)
        {
            failures.Add($"CfcSdkOptions.IndicatorCatalogues: {e.Message}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
