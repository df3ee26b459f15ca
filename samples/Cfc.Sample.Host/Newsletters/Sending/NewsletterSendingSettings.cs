using System.Globalization;
using MimeKit;

namespace Cfc.Sample.Host.Newsletters.Sending;

/// <summary>How the host sends the newsletter, <c>Cfc:Newsletter</c>: off unless <c>Cfc:Newsletter:Smtp:Host</c> is set.</summary>
internal sealed class NewsletterSendingSettings
{
    /// <summary>The settings' section.</summary>
    public const string SectionName = "Cfc:Newsletter";

    /// <summary>
    /// How often the host looks whether today is an edition's date and sends what is left of it: 30 seconds by default,
    /// so that an edition due today goes out within a minute of the host starting (it looks at once) and a lease left by
    /// a stopped sender is taken up soon after it ends. Storing a schedule on this host makes it look at once too.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The SMTP server.</summary>
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Whether the host sends the newsletter: an SMTP server is set.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Smtp.Host);

    /// <summary>The setting's full name, for messages: <c>Cfc:Newsletter:Smtp:Host</c>.</summary>
    /// <param name="path">The name below the section, such as <c>Smtp:Host</c>.</param>
    /// <returns>The setting's name.</returns>
    public static string Setting(string path) => $"{SectionName}:{path}";

    /// <summary>Reads and checks the settings.</summary>
    /// <param name="configuration">The host's settings.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="InvalidOperationException">A value cannot be used; the message names each such setting.</exception>
    public static NewsletterSendingSettings Read(IConfiguration configuration)
    {
        var settings = new NewsletterSendingSettings();
        try
        {
            configuration.GetSection(SectionName).Bind(settings);
        }
        catch (InvalidOperationException e)
        {
            // The binder names the value and the type it could not convert to, not the setting.
            throw new InvalidOperationException($"Invalid Cfc settings: a {SectionName} value cannot be read ({e.InnerException?.Message ?? e.Message}); {Setting("Smtp:Security")} is Auto, None, StartTls or SslOnConnect, {Setting("CheckInterval")} a time such as 00:00:30.", e);
        }

        var failures = settings.Check();
        return failures.Count == 0 ? settings : throw new InvalidOperationException($"Invalid Cfc settings: {string.Join(" ", failures)}");
    }

    private List<string> Check()
    {
        var failures = new List<string>();
        if (CheckInterval <= TimeSpan.Zero || CheckInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"{Setting(nameof(CheckInterval))} must be more than 0 and at most 01:00:00 (it is {CheckInterval.ToString("c", CultureInfo.InvariantCulture)}).");
        }

        if (!Enabled)
        {
            return failures;
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            failures.Add($"{Setting("Smtp:Port")} must be from 1 to 65535 (it is {Smtp.Port.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (string.IsNullOrWhiteSpace(Smtp.From))
        {
            failures.Add($"{Setting("Smtp:From")} is required when {Setting("Smtp:Host")} is set: the sender's address, such as \"Kindvriendelijke Gemeenten <nieuwsbrief@cfc.example.org>\".");
        }
        else if (!MailboxAddress.TryParse(Smtp.From, out var from) || string.IsNullOrEmpty(from.Domain))
        {
            failures.Add($"{Setting("Smtp:From")} '{Smtp.From}' is not one e-mail address, such as \"Kindvriendelijke Gemeenten <nieuwsbrief@cfc.example.org>\".");
        }

        if (!string.IsNullOrEmpty(Smtp.Password) && string.IsNullOrWhiteSpace(Smtp.UserName))
        {
            failures.Add($"{Setting("Smtp:Password")} is set without {Setting("Smtp:UserName")}.");
        }

        if (!Enum.IsDefined(Smtp.Security))
        {
            failures.Add($"{Setting("Smtp:Security")} must be Auto, None, StartTls or SslOnConnect.");
        }
        else if (!string.IsNullOrWhiteSpace(Smtp.UserName) && Smtp.Security is SmtpSecurity.None or SmtpSecurity.Auto)
        {
            // Auto falls back to plain text when the server offers no STARTTLS, which anyone on the path can arrange.
            failures.Add($"{Setting("Smtp:UserName")} needs {Setting("Smtp:Security")} StartTls or SslOnConnect, so that the password never crosses in plain text (it is {Smtp.Security}).");
        }

        return failures;
    }

    /// <summary>The SMTP server's settings, <c>Cfc:Newsletter:Smtp</c>.</summary>
    internal sealed class SmtpSettings
    {
        /// <summary>The server's host name or address; none by default, and then the host sends nothing.</summary>
        public string? Host { get; set; }

        /// <summary>The server's port: 25 by default (a relay's; 587 for submission with a user name, 465 for TLS on connect).</summary>
        public int Port { get; set; } = 25;

        /// <summary>The sender, <c>From</c>: an address, with a name or without; required with <see cref="Host"/>.</summary>
        public string? From { get; set; }

        /// <summary>The user name to authenticate with; none by default (no authentication).</summary>
        public string? UserName { get; set; }

        /// <summary>The password of <see cref="UserName"/>.</summary>
        public string? Password { get; set; }

        /// <summary>How the connection is protected: <see cref="SmtpSecurity.Auto"/> by default.</summary>
        public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
    }
}

/// <summary>How the connection to the SMTP server is protected.</summary>
internal enum SmtpSecurity
{
    /// <summary>TLS on connect on port 465, else STARTTLS when the server offers it, else none.</summary>
    Auto,

    /// <summary>No TLS: only for a server on this machine or a trusted network.</summary>
    None,

    /// <summary>STARTTLS, required: the host does not send when the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}
