using Cfc.Sdk.Matching;
using Cfc.Sdk.Matching.Analysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the matcher of Cfc.Sdk.Matching.</summary>
public static class MatchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MatchingOptions"/> (validated at start, every problem reported at once, relative thesaurus file
    /// paths resolved against <see cref="AppContext.BaseDirectory"/>), a singleton <see cref="TextAnalyzer"/>
    /// built from the options' concept and language settings and a singleton <see cref="IssueIndex"/>. A second call adds
    /// nothing but its configuration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCfcMatching(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddCore(services);
        return services;
    }

    /// <summary>Registers the matcher as <see cref="AddCfcMatching(IServiceCollection)"/> does, with options configured by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options, e.g. adds thesaurus files.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCfcMatching(this IServiceCollection services, Action<MatchingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services).Configure(configure);
        return services;
    }

    /// <summary>Registers the matcher as <see cref="AddCfcMatching(IServiceCollection)"/> does, with options bound from configuration.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <see cref="MatchingOptions"/>, e.g. <c>configuration.GetSection("Cfc:Matching")</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCfcMatching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services).Bind(configuration);
        return services;
    }

    private static OptionsBuilder<MatchingOptions> AddCore(IServiceCollection services)
    {
        var options = services.AddOptions<MatchingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MatchingOptions>, MatchingOptionsValidator>());
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<MatchingOptions>>().Value;
            return settings.CreateAnalyzer();
        });
        services.TryAddSingleton(provider => new IssueIndex(
            provider.GetRequiredService<IOptions<MatchingOptions>>().Value,
            provider.GetRequiredService<TextAnalyzer>()));
        return options;
    }

    private sealed class MatchingOptionsValidator : IValidateOptions<MatchingOptions>
    {
        // MatchingOptions.Validate lists every problem at once, thesaurus files and entries included.
        public ValidateOptionsResult Validate(string? name, MatchingOptions options)
        {
            var errors = options.Validate();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
