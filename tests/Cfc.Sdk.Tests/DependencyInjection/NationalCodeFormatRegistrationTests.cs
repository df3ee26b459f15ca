using Cfc.Sdk.Network;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cfc.Sdk.Tests.DependencyInjection;

/// <summary>A host registers its countries' formats of member codes in code, through <c>AddCfcSdk</c>; they are registered when it starts.</summary>
public sealed class NationalCodeFormatRegistrationTests
{
    private static ServiceProvider Start(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    [Fact]
    public void A_format_in_the_options_is_registered_when_the_host_starts()
    {
        var belgium = new NationalCodeFormat("BE", "[1-9][0-9]{4}", "NIS code, 5 digits", "21004", "Europe/Brussels");

        using var provider = Start(s => s.AddCfcSdk(o => o.NationalCodeFormats.Add(belgium)));

        Assert.Equal("Europe/Brussels", MemberCode.Parse("BE-21004").DefaultTimeZoneId);
        Assert.Contains(belgium, NationalCodeFormats.All);
    }

    [Fact]
    public void A_format_that_contradicts_a_registered_one_fails_the_start()
    {
        var postcodes = new NationalCodeFormat("DE", "[0-9]{5}", "Postleitzahl, 5 digits", "50667", "Europe/Berlin");

        var error = Assert.Throws<OptionsValidationException>(() => Start(s => s.AddCfcSdk(o => o.NationalCodeFormats.Add(postcodes))));

        Assert.Contains("CfcSdkOptions.NationalCodeFormats: A different national code format is registered for DE", error.Message, StringComparison.Ordinal);
        Assert.Same(NationalCodeFormat.Germany, MemberCode.Parse("DE-05315000").Format);
    }
}
