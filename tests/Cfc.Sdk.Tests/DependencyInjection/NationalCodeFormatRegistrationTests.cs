using Cfc.Sdk.DependencyInjection;
using Cfc.Sdk.Network;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cfc.Sdk.Tests.DependencyInjection;

/// <summary>
/// A host registers its countries' formats of member codes explicitly, with <c>AddNationalCodeFormat</c>, when it adds its
/// services; validating the options only checks them.
/// </summary>
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
    public void A_format_added_to_the_services_reads_at_once_before_any_service_is_built_and_adding_it_again_changes_nothing()
    {
        var belgium = new NationalCodeFormat("BE", "[1-9][0-9]{4}", "NIS code, 5 digits", "21004", "Europe/Brussels");
        var services = new ServiceCollection().AddCfcSdk();

        services.AddNationalCodeFormat(belgium).AddNationalCodeFormat(belgium);

        Assert.Equal("Europe/Brussels", MemberCode.Parse("BE-21004").DefaultTimeZoneId);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal([belgium], provider.GetRequiredService<IOptions<CfcSdkOptions>>().Value.NationalCodeFormats);
    }

    [Fact]
    public void A_format_that_contradicts_a_registered_one_is_refused_where_it_is_added()
    {
        var postcodes = new NationalCodeFormat("DE", "[0-9]{5}", "Postleitzahl, 5 digits", "50667", "Europe/Berlin");

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddCfcSdk().AddNationalCodeFormat(postcodes));

        Assert.Contains("A different national code format is registered for DE", error.Message, StringComparison.Ordinal);
        Assert.Same(NationalCodeFormat.Germany, MemberCode.Parse("DE-05315000").Format);
    }

    [Fact]
    public void Validating_the_options_registers_nothing_and_fails_the_start_for_a_format_only_listed_there()
    {
        var luxembourg = new NationalCodeFormat("LU", "[0-9]{4}", "Commune code, 4 digits", "0101", "Europe/Luxembourg");

        var error = Assert.Throws<OptionsValidationException>(() => Start(s => s.AddCfcSdk(o => o.NationalCodeFormats.Add(luxembourg))));

        Assert.Contains("CfcSdkOptions.NationalCodeFormats: the format for LU is not registered; register it with services.AddNationalCodeFormat(format)", error.Message, StringComparison.Ordinal);
        Assert.False(NationalCodeFormats.TryFind("LU", out _));
    }
}
