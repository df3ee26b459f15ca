using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cfc.Sdk.Tests.DependencyInjection;

public sealed class DisclosureSettingsValidationTests
{
    private static OptionsValidationException StartFails(Action<Cfc.Sdk.DependencyInjection.CfcSdkOptions> configure, IndicatorCatalogue? extra = null)
    {
        var services = new ServiceCollection().AddCfcSdk(configure);
        if (extra is not null)
        {
            services.AddIndicatorCatalogue(extra);
        }

        using var provider = services.BuildServiceProvider();
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void Settings_that_pin_a_true_value_fail_at_start_naming_the_settings()
    {
        var error = StartFails(o => o.Disclosure = new DisclosureOptions { SuppressBelow = 7, RoundTo = 5 });

        Assert.Contains("CfcSdkOptions.Disclosure.SuppressBelow=7 with CfcSdkOptions.Disclosure.RoundTo=5 pins a true value", error.Message, StringComparison.Ordinal);
        Assert.Contains("the lowest shown count, 5, can only be a true 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = StartFails(
            o => o.Disclosure = new DisclosureOptions { SuppressBelow = -1, RoundTo = 0 },
            new IndicatorCatalogue([DutchIndicators.HomeSitters]));

        Assert.Contains("SuppressBelow must be 0 or more", error.Message, StringComparison.Ordinal);
        Assert.Contains("RoundTo must be 1 or more", error.Message, StringComparison.Ordinal);
        Assert.Contains("'school.home-sitters' is defined twice", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Failures.Count());
    }

    [Fact]
    public void Suppressing_only_zero_fails_at_start() =>
        Assert.Contains("SuppressBelow=1 suppresses only 0", StartFails(o => o.Disclosure.SuppressBelow = 1).Message, StringComparison.Ordinal);

    [Fact]
    public void Missing_disclosure_settings_fail_at_start() =>
        Assert.Contains("CfcSdkOptions.Disclosure is required", StartFails(o => o.Disclosure = null!).Message, StringComparison.Ordinal);
}
