using Microsoft.Extensions.Options;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>Checks <see cref="CfcSdkOptions"/> when the host starts, so a bad setting fails fast with a clear message.</summary>
internal sealed class CfcSdkOptionsValidator : IValidateOptions<CfcSdkOptions>
{
    public ValidateOptionsResult Validate(string? name, CfcSdkOptions options)
    {
        var failures = new List<string>();
        options.ResolveProgrammeRules(failures);

        if (options.Disclosure is null)
        {
            failures.Add("CfcSdkOptions.Disclosure is required.");
        }
        else
        {
            if (options.Disclosure.SuppressBelow < 0)
            {
                failures.Add($"CfcSdkOptions.Disclosure.SuppressBelow must be 0 or more (0 turns suppression off), not {options.Disclosure.SuppressBelow}.");
            }

            if (options.Disclosure.RoundTo < 1)
            {
                failures.Add($"CfcSdkOptions.Disclosure.RoundTo must be 1 or more (1 turns rounding off), not {options.Disclosure.RoundTo}.");
            }
        }

        try
        {
            options.BuildCatalogue();
        }
        catch (ArgumentException e)
        {
            failures.Add($"CfcSdkOptions.IndicatorCatalogues: {e.Message}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
