using Cfc.Sdk.DependencyInjection;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Recognition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sdk.Tests.DependencyInjection;

/// <summary>The readiness rules in force are chosen in configuration or in code, and checked when the host starts.</summary>
public sealed class ReadinessRulesRegistrationTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("Cfc:" + s.Key, s.Value))).Build().GetSection("Cfc");

    private static ServiceProvider Start(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    private static ReadinessRules RulesFrom(params (string Key, string Value)[] settings)
    {
        using var provider = Start(s => s.AddCfcSdk(Configuration(settings)));
        return provider.GetRequiredService<ReadinessRules>();
    }

    private static string StartFails(params (string Key, string Value)[] settings) =>
        Assert.Throws<OptionsValidationException>(() => Start(s => s.AddCfcSdk(Configuration(settings)))).Message;

    [Fact]
    public void The_Dutch_rules_are_the_default() => Assert.Same(ReadinessRules.Netherlands, RulesFrom());

    [Fact]
    public void A_preset_is_chosen_by_name() => Assert.Equal("UNICEF UK", RulesFrom(("ReadinessRules", "unitedKingdom")).NationalCommittee);

    [Fact]
    public void Custom_rules_are_read_from_configuration()
    {
        var rules = RulesFrom(
            ("ReadinessRules", "Custom"),
            ("CustomReadinessRules:NationalCommittee", "UNICEF Danmark"),
            ("CustomReadinessRules:ResultsGoalAreas", "4"),
            ("CustomReadinessRules:RequiredGroups:0", "in-care"),
            ("CustomReadinessRules:MinimumGroupsReached", "3"),
            ("CustomReadinessRules:FeedbackWithin", "P6W"),
            ("CustomReadinessRules:GapThreshold", "0.3"),
            ("CustomReadinessRules:RecognitionNeedsReadyDossier", "false"));

        Assert.Equal(new ReadinessRules("UNICEF Danmark", 4, [ReachedGroup.InCare], 3, Period.FromWeeks(6), 0.3, recognitionNeedsReadyDossier: false), rules);
    }

    [Fact]
    public void Rules_set_in_code_are_registered()
    {
        var own = new ReadinessRules("UNICEF Danmark", resultsGoalAreas: 5);
        using var provider = Start(s => s.AddCfcSdk(o => o.ReadinessRules = own));

        Assert.Same(own, provider.GetRequiredService<ReadinessRules>());
    }

    [Fact]
    public void An_unknown_preset_fails_at_start_naming_the_setting() =>
        Assert.Contains("CfcSdkOptions.ReadinessRules: 'Atlantis' is not a preset", StartFails(("ReadinessRules", "Atlantis")), StringComparison.Ordinal);

    [Fact]
    public void Bad_custom_values_fail_at_start_naming_each_setting()
    {
        var message = StartFails(
            ("ReadinessRules", "Custom"),
            ("CustomReadinessRules:FeedbackWithin", "three months"),
            ("CustomReadinessRules:RequiredGroups:0", "In Care!"));

        Assert.Contains("CfcSdkOptions.CustomReadinessRules.NationalCommittee is required", message, StringComparison.Ordinal);
        Assert.Contains("CfcSdkOptions.CustomReadinessRules.FeedbackWithin: 'three months'", message, StringComparison.Ordinal);
        Assert.Contains("CfcSdkOptions.CustomReadinessRules.RequiredGroups[0]: 'In Care!'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_number_out_of_range_fails_at_start() =>
        Assert.Contains(
            "CfcSdkOptions.CustomReadinessRules: Results are needed in 1 to 5 goal areas",
            StartFails(("ReadinessRules", "Custom"), ("CustomReadinessRules:NationalCommittee", "X"), ("CustomReadinessRules:ResultsGoalAreas", "9")),
            StringComparison.Ordinal);

    [Fact]
    public void Custom_rules_without_Custom_and_Custom_without_rules_fail_at_start()
    {
        Assert.Contains("set ReadinessRules to Custom", StartFails(("CustomReadinessRules:NationalCommittee", "X")), StringComparison.Ordinal);
        Assert.Contains("CfcSdkOptions.CustomReadinessRules is not set", StartFails(("ReadinessRules", "Custom")), StringComparison.Ordinal);
    }
}
