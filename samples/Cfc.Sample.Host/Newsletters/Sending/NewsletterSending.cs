using Cfc.Sample.Host.Hosting;

namespace Cfc.Sample.Host.Newsletters.Sending;

/// <summary>The newsletter's sending: its settings, checked at start, and the <see cref="NewsletterSender"/> when an SMTP server is set.</summary>
internal static class NewsletterSending
{
    /// <summary>
    /// Reads and checks <c>Cfc:Newsletter</c> and <c>Cfc:PublicUrl</c>, and adds the sender when
    /// <c>Cfc:Newsletter:Smtp:Host</c> is set.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's settings.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="InvalidOperationException">A setting cannot be used; the message names it.</exception>
    public static IServiceCollection AddNewsletterSending(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = NewsletterSendingSettings.Read(configuration);
        PublicUrl.Read(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<NewsletterWakeUp>();
        if (settings.Enabled)
        {
            services.AddHostedService<NewsletterSender>();
        }

        return services;
    }
}
