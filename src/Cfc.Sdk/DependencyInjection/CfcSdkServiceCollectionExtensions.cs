using Cfc.Sdk.Checklists;
using Cfc.Sdk.DependencyInjection;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Peers;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Targets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Cfc.Sdk domain services.</summary>
public static class CfcSdkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Cfc.Sdk services with default settings: an <see cref="IClock"/> over the registered
    /// <see cref="TimeProvider"/> (the system's unless replaced), the TZDB <see cref="IDateTimeZoneProvider"/>,
    /// the merged <see cref="IndicatorCatalogue"/> and <see cref="ConcernCatalogue"/>, <see cref="DisclosureControl"/> and the national committee's
    /// <see cref="MemberProgrammeRules"/> (and <see cref="ProgrammeRules"/>, when they are the same for every member) and
    /// <see cref="Cfc.Sdk.Recognition.ReadinessRules"/>, the <see cref="ForecastOptions"/>,
    /// <see cref="PeerOptions"/> and the <see cref="SizeClasses"/> they select, and the <see cref="Checklist"/> members
    /// answer. Services already
    /// registered are kept, so a second call is harmless and tests can register a fake clock first.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCfcSdk(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddCore(services);
        return services;
    }

    /// <summary>Registers the Cfc.Sdk services (see <see cref="AddCfcSdk(IServiceCollection)"/>) and configures their settings.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the settings; validated when the host starts.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddCfcSdk(this IServiceCollection services, Action<CfcSdkOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services).Configure(configure);
        return services;
    }

    /// <summary>Registers the Cfc.Sdk services (see <see cref="AddCfcSdk(IServiceCollection)"/>) with settings bound from configuration.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section holding <see cref="CfcSdkOptions"/>, e.g. <c>configuration.GetSection("Cfc")</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddCfcSdk(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services).Bind(configuration);
        return services;
    }

    /// <summary>Adds an application's own indicators to the registered <see cref="IndicatorCatalogue"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="catalogue">The indicators to add; their ids must not collide with others, which is checked when the host starts.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddIndicatorCatalogue(this IServiceCollection services, IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(catalogue);
        AddCore(services).Configure(options => options.IndicatorCatalogues.Add(catalogue));
        return services;
    }

    /// <summary>Adds an application's own concerns, with their names per language, to the registered <see cref="ConcernCatalogue"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="concerns">The concerns to add; each may be defined once among all catalogues, which is checked when the host starts.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddConcernCatalogue(this IServiceCollection services, ConcernCatalogue concerns)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(concerns);
        AddCore(services).Configure(options => options.ConcernCatalogues.Add(concerns));
        return services;
    }

    /// <summary>
    /// Registers a format of member codes abroad (<see cref="NationalCodeFormats.Register"/>) at once, so that codes of its
    /// country read everywhere in the process from now on, also before any service is built (a seed, a client, a
    /// configuration binder), and lists it in <see cref="CfcSdkOptions.NationalCodeFormats"/>. Calling it again with an
    /// equal format changes nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="format">The format.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Another format is registered for the same country (a built-in one included).</exception>
    public static IServiceCollection AddNationalCodeFormat(this IServiceCollection services, NationalCodeFormat format)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(format);
        NationalCodeFormats.Register(format);
        AddCore(services).Configure(options =>
        {
            if (!options.NationalCodeFormats.Contains(format))
            {
                options.NationalCodeFormats.Add(format);
            }
        });
        return services;
    }

    private static OptionsBuilder<CfcSdkOptions> AddCore(IServiceCollection services)
    {
        var options = services.AddOptions<CfcSdkOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CfcSdkOptions>, CfcSdkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IClock, TimeProviderClock>();
        services.TryAddSingleton(DateTimeZoneProviders.Tzdb);
        services.TryAddSingleton(static provider =>
        {
            var settings = provider.GetRequiredService<IOptions<CfcSdkOptions>>().Value;
            var catalogue = settings.BuildCatalogue();
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger<IndicatorCatalogue>() ?? NullLogger<IndicatorCatalogue>.Instance;
            Log.CatalogueReady(logger, catalogue.Count, settings.IncludeDutchIndicators);
            return catalogue;
        });
        services.TryAddSingleton(static provider => provider.GetRequiredService<IOptions<CfcSdkOptions>>().Value.BuildConcerns());
        services.TryAddSingleton(static provider =>
            new DisclosureControl(provider.GetRequiredService<IOptions<CfcSdkOptions>>().Value.Disclosure));
        services.TryAddSingleton(static provider => provider.GetRequiredService<IOptions<CfcSdkOptions>>().Value.BuildProgrammeRules());
        services.TryAddSingleton(static provider => provider.GetRequiredService<MemberProgrammeRules>().Rules
            ?? throw new InvalidOperationException(
                $"The {provider.GetRequiredService<MemberProgrammeRules>()} programme rules depend on each member's population: ask MemberProgrammeRules.For(member) instead of ProgrammeRules."));
        services.TryAddSingleton(static provider => provider.GetRequiredService<IOptions<CfcSdkOptions>>().Value.Forecast);
        services.TryAddSingleton(static provider => provider.GetRequiredService<IOptions<CfcSdkOptions>>().Value.Peers);
        services.TryAddSingleton(static provider => provider.GetRequiredService<IOptions<CfcSdkOptions>>().Value.Peers.BuildSizeClasses());
        services.TryAddSingleton(static provider => provider.GetRequiredService<IOptions<CfcSdkOptions>>().Value.BuildReadinessRules());
        services.TryAddSingleton(static provider => provider.GetRequiredService<IOptions<CfcSdkOptions>>().Value.BuildChecklist());
        return options;
    }
}
