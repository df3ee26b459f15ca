using Cfc.Sdk.DependencyInjection;
using Cfc.Sdk.Network;
using Cfc.Sdk.Programmes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cfc.Sdk.Tests.DependencyInjection;

/// <summary>The programme rules in force are chosen in configuration or in code, and checked when the host starts.</summary>
public sealed class ProgrammeRulesRegistrationTests
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

    private static ProgrammeRules RulesFrom(params (string Key, string Value)[] settings)
    {
        using var provider = Start(s => s.AddCfcSdk(Configuration(settings)));
        return provider.GetRequiredService<ProgrammeRules>();
    }

    private static string StartFails(params (string Key, string Value)[] settings) =>
        Assert.Throws<OptionsValidationException>(() => Start(s => s.AddCfcSdk(Configuration(settings)))).Message;

    [Theory]
    [InlineData("Netherlands")]
    [InlineData("UnitedKingdom")]
    [InlineData("Spain")]
    [InlineData("spain")]
    public void A_preset_is_chosen_by_name_in_configuration(string name) =>
        Assert.Same(ProgrammeRules.Preset(name), RulesFrom(("ProgrammeRules", name)));

    [Fact]
    public void Without_a_setting_the_netherlands_are_in_force() =>
        Assert.Same(ProgrammeRules.Netherlands, RulesFrom(("Disclosure:RoundTo", "5")));

    [Fact]
    public void Germany_by_name_works_each_members_duration_out_from_its_own_population()
    {
        using var provider = Start(s => s.AddCfcSdk(Configuration(("ProgrammeRules", "Germany"))));
        var zones = DateTimeZoneProviders.Tzdb;
        var rules = provider.GetRequiredService<MemberProgrammeRules>();

        Assert.Same(MemberProgrammeRules.Germany, rules);
        Assert.Equal("P4Y", rules.For(Member.Municipality(MemberCode.Parse("DE-08336091"), "Weil am Rhein", zones).WithPopulation(30_000)).MaximumDuration.ToString());
        Assert.Equal("P5Y", rules.For(Member.Municipality(MemberCode.Parse("DE-05315000"), "Köln", zones).WithPopulation(1_000_000)).MaximumDuration.ToString());
        var one = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ProgrammeRules>());
        Assert.Contains("The Germany programme rules depend on each member's population: ask MemberProgrammeRules.For(member)", one.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_name_fails_at_start_naming_the_setting()
    {
        var message = StartFails(("ProgrammeRules", "Spian"));

        Assert.Contains("CfcSdkOptions.ProgrammeRules: 'Spian' is not a preset of programme rules; the presets are Netherlands, UnitedKingdom, Germany, Spain. Or set it to Custom", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_name_fails_when_the_options_are_resolved_too()
    {
        var services = new ServiceCollection().AddCfcSdk(Configuration(("ProgrammeRules", "Belgium")));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CfcSdkOptions>>().Value);

        Assert.Contains("'Belgium' is not a preset", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Germany", "40000")]
    [InlineData("Spain", "10000")]
    [InlineData("Germany", "0")]
    public void A_host_wide_population_fails_at_start_saying_where_population_lives_now(string preset, string population) =>
        Assert.Contains(
            "CfcSdkOptions.Population (Cfc:Population) is no longer a setting: a population is data on each member (Member.WithPopulation; in the sample host PUT /api/municipalities/{code} with \"population\")",
            StartFails(("ProgrammeRules", preset), ("Population", population)),
            StringComparison.Ordinal);

    [Fact]
    public void A_custom_definition_in_configuration_is_in_force()
    {
        var rules = RulesFrom(
            ("ProgrammeRules", "Custom"),
            ("CustomProgrammeRules:NationalCommittee", "UNICEF Danmark"),
            ("CustomProgrammeRules:Steps:0:Phase", "Applied"),
            ("CustomProgrammeRules:Steps:1:Phase", "Agreement"),
            ("CustomProgrammeRules:Steps:2:Phase", "ActionPlan"),
            ("CustomProgrammeRules:Steps:2:Name", "Handleplan"),
            ("CustomProgrammeRules:Steps:3:Phase", "Recognised"),
            ("CustomProgrammeRules:Steps:3:Name", "Anerkendelse"),
            ("CustomProgrammeRules:Steps:4:Phase", "Evaluation"),
            ("CustomProgrammeRules:MinimumToRecognition", "P0D"),
            ("CustomProgrammeRules:MaximumDuration", "P4Y"),
            ("CustomProgrammeRules:RecognitionValidity", "P2Y"),
            ("CustomProgrammeRules:RenewalWindow", "P3M"),
            ("CustomProgrammeRules:RequiredCriteria:0", "Participation"),
            ("CustomProgrammeRules:ApplicationMayBeSkipped", "false"));

        Assert.Equal(
            new ProgrammeRules(
                "UNICEF Danmark", Period.Zero, Period.FromYears(4), Period.FromYears(2), [MinimumCriterion.Participation], applicationMayBeSkipped: false, Period.FromMonths(3),
                [new(ProgrammePhase.Applied), new(ProgrammePhase.Agreement), new(ProgrammePhase.ActionPlan, "Handleplan"), new(ProgrammePhase.Recognised, "Anerkendelse"), new(ProgrammePhase.Evaluation)]),
            rules);
    }

    [Fact]
    public void A_custom_definition_without_steps_or_criteria_takes_the_common_cycle_and_all_criteria()
    {
        var rules = RulesFrom(
            ("ProgrammeRules", "Custom"),
            ("CustomProgrammeRules:NationalCommittee", "UNICEF Danmark"),
            ("CustomProgrammeRules:MinimumToRecognition", "P2Y"),
            ("CustomProgrammeRules:MaximumDuration", "P4Y"),
            ("CustomProgrammeRules:RecognitionValidity", "P3Y"));

        Assert.Equal<ProgrammeStep>(ProgrammeRules.CommonSteps, rules.Steps);
        Assert.Equal<MinimumCriterion>(ProgrammeRules.AllCriteria, rules.RequiredCriteria);
        Assert.True(rules.ApplicationMayBeSkipped);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var message = StartFails(
            ("ProgrammeRules", "Custom"),
            ("CustomProgrammeRules:MinimumToRecognition", "3 years"),
            ("CustomProgrammeRules:RecognitionValidity", "P3Y"),
            ("Disclosure:RoundTo", "0"));

        Assert.Contains("CfcSdkOptions.CustomProgrammeRules.NationalCommittee is required.", message, StringComparison.Ordinal);
        Assert.Contains("CfcSdkOptions.CustomProgrammeRules.MinimumToRecognition: '3 years' is not an ISO period such as P3Y.", message, StringComparison.Ordinal);
        Assert.Contains("CfcSdkOptions.CustomProgrammeRules.MaximumDuration is required", message, StringComparison.Ordinal);
        Assert.Contains("RoundTo must be 1 or more", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_definition_the_rules_refuse_fails_at_start() =>
        Assert.Contains(
            "CfcSdkOptions.CustomProgrammeRules: The steps Applied → Agreement → Recognised are not a programme",
            StartFails(
                ("ProgrammeRules", "Custom"),
                ("CustomProgrammeRules:NationalCommittee", "X"),
                ("CustomProgrammeRules:Steps:0:Phase", "Applied"),
                ("CustomProgrammeRules:Steps:1:Phase", "Agreement"),
                ("CustomProgrammeRules:Steps:2:Phase", "Recognised"),
                ("CustomProgrammeRules:MinimumToRecognition", "P0D"),
                ("CustomProgrammeRules:MaximumDuration", "P4Y"),
                ("CustomProgrammeRules:RecognitionValidity", "P3Y")),
            StringComparison.Ordinal);

    [Fact]
    public void Custom_without_a_definition_and_a_definition_without_custom_fail_at_start()
    {
        Assert.Contains("CfcSdkOptions.ProgrammeRules is Custom but CfcSdkOptions.CustomProgrammeRules is not set.", StartFails(("ProgrammeRules", "Custom")), StringComparison.Ordinal);
        Assert.Contains(
            "CfcSdkOptions.CustomProgrammeRules is set but CfcSdkOptions.ProgrammeRules is 'Spain'",
            StartFails(("ProgrammeRules", "Spain"), ("CustomProgrammeRules:NationalCommittee", "X")),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_built_in_code_are_in_force()
    {
        using var provider = Start(s => s.AddCfcSdk(o => o.ProgrammeRules = ProgrammeRules.Germany(40_000)));

        Assert.Equal(ProgrammeRules.Germany(40_000), provider.GetRequiredService<ProgrammeRules>());
    }

    [Fact]
    public void Rules_per_member_can_be_given_in_code()
    {
        using var provider = Start(s => s.AddCfcSdk(o => o.ProgrammeRules = MemberProgrammeRules.Germany));

        Assert.Same(MemberProgrammeRules.Germany, provider.GetRequiredService<MemberProgrammeRules>());
    }

    [Fact]
    public void A_population_beside_rules_built_in_code_fails_at_start() =>
        Assert.Contains(
            "CfcSdkOptions.Population (Cfc:Population) is no longer a setting",
            Assert.Throws<OptionsValidationException>(() => Start(s => s.AddCfcSdk(o =>
            {
                o.ProgrammeRules = ProgrammeRules.Spain;
                o.Population = 10;
            }))).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Settings_are_equal_by_name_or_rules_and_null_arguments_are_rejected()
    {
        Assert.Equal(ProgrammeRulesSetting.Named("Spain"), ProgrammeRulesSetting.Named(" spain "));
        Assert.Equal(ProgrammeRulesSetting.FromProgrammeRules(ProgrammeRules.Spain), (ProgrammeRulesSetting)ProgrammeRules.Spain);
        Assert.NotEqual(ProgrammeRulesSetting.Named("Spain"), ProgrammeRulesSetting.FromProgrammeRules(ProgrammeRules.Spain));
        Assert.Equal("Netherlands", ProgrammeRulesSetting.Default.ToString());
        Assert.Equal("UNICEF UK", ((ProgrammeRulesSetting)ProgrammeRules.UnitedKingdom).ToString());
        Assert.Throws<ArgumentNullException>(() => ProgrammeRulesSetting.Named(null!));
        Assert.Throws<ArgumentException>(() => ProgrammeRulesSetting.Named(" "));
        Assert.Throws<ArgumentNullException>(() => ProgrammeRulesSetting.FromProgrammeRules(null!));
    }
}
