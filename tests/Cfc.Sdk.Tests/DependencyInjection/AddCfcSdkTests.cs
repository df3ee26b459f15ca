using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Languages;
using Cfc.Sdk.Peers;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Targets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Cfc.Sdk.Tests.DependencyInjection;

public sealed class AddCfcSdkTests
{
    private static readonly Indicator s_own = new(IndicatorId.Parse("own.sport-club-members"), "Jeugdleden sportclubs", "Youth members of sports clubs",
        IndicatorUnit.Percent, Polarity.HigherIsBetter, PeriodKind.CalendarYear, GoalArea.FamilyPlayLeisure, Concern.Play, [CrcArticle.PlayAndLeisure]);

    private static ServiceProvider Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    [Fact]
    public void Defaults_register_clock_zones_catalogue_and_disclosure()
    {
        using var provider = Build(s => s.AddCfcSdk());
        Assert.Same(DateTimeZoneProviders.Tzdb, provider.GetRequiredService<IDateTimeZoneProvider>());
        Assert.Equal(DutchIndicators.Catalogue.Count, provider.GetRequiredService<IndicatorCatalogue>().Count);
        Assert.Equal(10, provider.GetRequiredService<DisclosureControl>().SuppressBelow);
        Assert.Same(ProgrammeRules.Netherlands, provider.GetRequiredService<ProgrammeRules>());
        var now = provider.GetRequiredService<IClock>().GetCurrentInstant();
        Assert.InRange(now, Instant.FromUtc(2020, 1, 1, 0, 0), Instant.FromUtc(2100, 1, 1, 0, 0));
    }

    [Fact]
    public void A_clock_registered_first_is_kept()
    {
        var fake = new FakeClock(Instant.FromUtc(2024, 3, 1, 9, 0));
        using var provider = Build(s => s.AddSingleton<IClock>(fake).AddCfcSdk());
        Assert.Same(fake, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void The_clock_follows_a_replaced_time_provider()
    {
        using var provider = Build(s => s.AddSingleton<TimeProvider>(new FixedTimeProvider(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero))).AddCfcSdk());
        Assert.Equal(Instant.FromUtc(2024, 3, 1, 9, 0), provider.GetRequiredService<IClock>().GetCurrentInstant());
    }

    [Fact]
    public void A_second_call_is_harmless()
    {
        var services = new ServiceCollection().AddCfcSdk().AddCfcSdk();
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Single(services, d => d.ServiceType == typeof(IndicatorCatalogue));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<Cfc.Sdk.DependencyInjection.CfcSdkOptions>));
    }

    [Fact]
    public void Settings_can_be_configured_in_code()
    {
        using var provider = Build(s => s.AddCfcSdk(o =>
        {
            o.IncludeDutchIndicators = false;
            o.Disclosure.SuppressBelow = 5;
        }).AddIndicatorCatalogue(new IndicatorCatalogue([s_own])));
        Assert.Equal([s_own], provider.GetRequiredService<IndicatorCatalogue>());
        Assert.Equal(5, provider.GetRequiredService<DisclosureControl>().SuppressBelow);
    }

    [Fact]
    public void The_national_committees_rules_are_a_setting()
    {
        using var provider = Build(s => s.AddCfcSdk(o => o.ProgrammeRules = ProgrammeRules.Spain));
        Assert.Equal(Period.FromYears(4), provider.GetRequiredService<ProgrammeRules>().RecognitionValidity);
    }

    [Fact]
    public void Missing_programme_rules_fail_at_start()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Build(s => s.AddCfcSdk(o => o.ProgrammeRules = null!)));
        Assert.Contains("ProgrammeRules is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_can_be_bound_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cfc:Disclosure:SuppressBelow"] = "20",
            ["Cfc:Disclosure:RoundTo"] = "10",
        }).Build();
        using var provider = Build(s => s.AddCfcSdk(configuration.GetSection("Cfc")));
        var disclosure = provider.GetRequiredService<DisclosureControl>();
        Assert.Equal(20, disclosure.SuppressBelow);
        Assert.Equal(10, disclosure.RoundTo);
    }

    [Fact]
    public void Invalid_settings_fail_at_start_with_a_clear_message()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Build(s => s.AddCfcSdk(o => o.Disclosure.RoundTo = 0)));
        Assert.Contains("RoundTo must be 1 or more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_and_peer_settings_are_bound_from_configuration_and_checked_at_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cfc:Forecast:Confidence"] = "0.9",
            ["Cfc:Forecast:HorizonYears"] = "10",
            ["Cfc:Peers:MinimumPeers"] = "7",
            ["Cfc:Peers:SizeClassLowerBounds:0"] = "0",
            ["Cfc:Peers:SizeClassLowerBounds:1"] = "50000",
        }).Build();
        using (var provider = Build(s => s.AddCfcSdk(configuration.GetSection("Cfc"))))
        {
            Assert.Equal(0.9, provider.GetRequiredService<ForecastOptions>().Confidence);
            Assert.Equal(10, provider.GetRequiredService<ForecastOptions>().HorizonYears);
            Assert.Equal(7, provider.GetRequiredService<PeerOptions>().MinimumPeers);
            Assert.Equal(["0-50000", "50000+"], provider.GetRequiredService<SizeClasses>().Select(c => c.ToString()));
        }

        Assert.Contains("CfcSdkOptions.Forecast.Confidence", Assert.Throws<OptionsValidationException>(() => Build(s => s.AddCfcSdk(o => o.Forecast.Confidence = 1.5))).Message, StringComparison.Ordinal);
        Assert.Contains("CfcSdkOptions.Peers.MinimumPeers", Assert.Throws<OptionsValidationException>(() => Build(s => s.AddCfcSdk(o => o.Peers.MinimumPeers = 2))).Message, StringComparison.Ordinal);
        Assert.Contains("CfcSdkOptions.Peers.SizeClassLowerBounds", Assert.Throws<OptionsValidationException>(() => Build(s => s.AddCfcSdk(o => o.Peers.SizeClassLowerBounds = [5000, 1000]))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalogue_that_redefines_a_built_in_id_fails_at_start()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Build(s => s.AddCfcSdk().AddIndicatorCatalogue(new IndicatorCatalogue([DutchIndicators.HomeSitters]))));
        Assert.Contains("'school.home-sitters' is defined twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_concerns_are_registered_and_an_application_adds_its_own_in_configuration_and_in_code()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cfc:Concerns:0:Code"] = "Housing",
            ["Cfc:Concerns:0:Names:nl"] = "Wonen",
            ["Cfc:Concerns:0:Names:en"] = "Housing",
            ["Cfc:Concerns:0:DefaultLanguage"] = "en",
            ["Cfc:Concerns:1:Code"] = "Bullying",
            ["Cfc:Concerns:1:Names:de"] = "Mobbing",
        }).Build();
        var sport = new ConcernDefinition(Concern.Parse("Sport"), new LocalizedText("nl", "Sport").With("de", "Sport"));
        var sportClubs = new Indicator(IndicatorId.Parse("own.sport-clubs"), new LocalizedText("de", "Sportvereine"), IndicatorUnit.Count, Polarity.HigherIsBetter,
            [PeriodKind.CalendarYear], GoalArea.FamilyPlayLeisure, sport.Concern, [CrcArticle.PlayAndLeisure]);
        using var provider = Build(s => s.AddCfcSdk(configuration.GetSection("Cfc")).AddConcernCatalogue(new([sport])).AddIndicatorCatalogue(new([sportClubs])));

        var concerns = provider.GetRequiredService<ConcernCatalogue>();
        Assert.Equal([.. Concern.BuiltIn, Concern.Parse("Bullying"), Concern.Parse("Housing"), Concern.Parse("Sport")], concerns.Select(c => c.Concern));
        var housing = concerns[Concern.Parse("Housing")].Names;
        Assert.Equal(("en", "Wonen", "Housing"), (housing.DefaultLanguage, housing.For("nl"), housing.For("fr")));
        Assert.Equal("Mobbing", concerns[Concern.Parse("Bullying")].Names.For("en"));
        Assert.Same(sportClubs, provider.GetRequiredService<IndicatorCatalogue>()[sportClubs.Id]);
    }

    [Theory]
    [InlineData("Cfc:Concerns:0:Code", "wonen en leven", "Cfc:Concerns:0:Code: 'wonen en leven' is not a concern's code")]
    [InlineData("Cfc:Concerns:0:Code", "poverty", "Cfc:Concerns:0:Code: 'poverty' is a built-in concern")]
    [InlineData("Cfc:Concerns:0:Names:en", "", "Cfc:Concerns:0:Names: The text for 'en' is blank")]
    [InlineData("Cfc:Concerns:0:Names:en_GB", "Housing", "Cfc:Concerns:0:Names: 'en_GB' is not a BCP 47 language tag")]
    [InlineData("Cfc:Concerns:0:DefaultLanguage", "de", "Cfc:Concerns:0:DefaultLanguage: The default language 'de' is not one of the text's languages")]
    [InlineData("Cfc:Concerns:0:DefaultLanguage", "", "Cfc:Concerns:0:DefaultLanguage: with names in 2 languages, say which one")]
    public void A_concern_in_configuration_that_does_not_fit_fails_at_start_naming_the_setting(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cfc:Concerns:0:Code"] = "Housing",
            ["Cfc:Concerns:0:Names:nl"] = "Wonen",
            ["Cfc:Concerns:0:DefaultLanguage"] = "nl",
        };
        settings[key] = value;
        if (!key.EndsWith(":en_GB", StringComparison.Ordinal))
        {
            settings.TryAdd("Cfc:Concerns:0:Names:en", "Housing");
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var error = Assert.Throws<OptionsValidationException>(() => Build(s => s.AddCfcSdk(configuration.GetSection("Cfc"))));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_of_a_concern_nobody_defined_fails_at_start_naming_both()
    {
        var indicator = new Indicator(IndicatorId.Parse("own.housing"), new LocalizedText("en", "Families in temporary housing"), IndicatorUnit.Count,
            Polarity.LowerIsBetter, [PeriodKind.CalendarYear], GoalArea.EssentialServices, Concern.Parse("Housing"), [CrcArticle.StandardOfLiving]);
        var error = Assert.Throws<OptionsValidationException>(() => Build(s => s.AddCfcSdk().AddIndicatorCatalogue(new([indicator]))));
        Assert.Contains("indicator 'own.housing' belongs to the concern 'Housing', which is neither built in nor defined", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Poverty' is defined twice", Assert.Throws<OptionsValidationException>(() =>
            Build(s => s.AddCfcSdk().AddConcernCatalogue(new([ConcernCatalogue.BuiltIn[Concern.Poverty]])))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCfcSdk());
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCfcSdk((Action<Cfc.Sdk.DependencyInjection.CfcSdkOptions>)null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCfcSdk((IConfiguration)null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddIndicatorCatalogue(null!));
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
