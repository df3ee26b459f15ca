using Cfc.Sample.Host.Hosting;

namespace Cfc.Sample.Host.Newsletters.Sending;

/// <summary>
/// The newsletter's sending: its settings and the names of time zones it writes (<see cref="ZoneNames"/>), checked at
/// start, and the <see cref="NewsletterSender"/> when an SMTP server is set.
/// </summary>
internal static class NewsletterSending
{
    /// <summary>
    /// Reads and checks <c>Cfc:Newsletter</c> (with <c>Cfc:Newsletter:ZoneNames</c>) and <c>Cfc:PublicUrl</c>, and adds the sender when
    /// <c>Cfc:Newsletter:Smtp:Host</c> is set.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's settings.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="InvalidOperationException">A setting cannot be used; the message names it.</exception>
    public static IServiceCollection AddNewsletterSending(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = NewsletterSendingSettings.Read(configuration);
        var zoneNames = ZoneNames.Read(configuration);
        var publicUrl = PublicUrl.Read(configuration);
        if (settings.Enabled && publicUrl?.Scheme != Uri.UriSchemeHttps)
        {
            // Sent mail cannot be called back: an unsubscribe link to a listening address (127.0.0.1) or over plain http
            // would reach every subscriber broken, and RFC 8058's one-click link must be https.
            throw new InvalidOperationException(
                $"Invalid Cfc settings: {PublicUrl.Setting} must be set to the host's public https address (such as https://cfc.example.org) when Cfc:Newsletter:Smtp:Host is set: the newsletter's unsubscribe links point there.");
        }

        services.AddSingleton(settings);
        services.AddSingleton(zoneNames);
        services.AddSingleton<NewsletterWakeUp>();
        if (settings.Enabled)
        {
            services.AddHostedService<NewsletterSender>();
        }

        return services;
    }
}
