using Cfc.Sample.Host.Hosting;
using Cfc.Sdk.Network;
using Cfc.Sdk.Orleans.Hosting;
using Cfc.Sdk.Orleans.Newsletters;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;

namespace Cfc.Sample.Host.Newsletters.Sending;

/// <summary>
/// Sends the newsletter when <c>Cfc:Newsletter:Smtp:Host</c> is set: at start, every <c>Cfc:Newsletter:CheckInterval</c>
/// and when this host stores a schedule, it looks whether today (Europe/Amsterdam, by the host's <see cref="IClock"/>)
/// is an edition's date; if so it publishes the edition (the first host to do so composes it from the draft) and sends
/// it to the recipients it claims from the edition's ledger, a batch at a time, confirming each right after the SMTP
/// server accepted it.
/// </summary>
/// <remarks>
/// A failure for one address (the server unreachable, a 4xx answer) is logged and left to the lease's end, after which
/// this or another host claims the address again; a permanent refusal of the recipient (a 5xx answer to it) is recorded
/// and not tried again. Each host claims under an id of its own run, so that a restarted host waits for its earlier
/// run's leases to end like any other host.
/// </remarks>
internal sealed partial class NewsletterSender(
    IGrainFactory grains,
    IOptions<CfcHostingOptions> hosting,
    NewsletterSendingSettings settings,
    ZoneNames zoneNames,
    NewsletterWakeUp wakeUp,
    IClock clock,
    IDateTimeZoneProvider zones,
    IConfiguration configuration,
    ILogger<NewsletterSender> logger) : BackgroundService
{
    /// <summary>How many recipients a sender claims at a time.</summary>
    public const int BatchSize = 20;

    /// <summary>
    /// How long a claim holds: long enough for a batch over a slow server (MailKit's own timeout is two minutes a
    /// command), short enough that another host takes over a stopped one's batch within minutes.
    /// </summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>How long one SMTP command may take before the message counts as not sent.</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A message is begun only while this much of its claim's lease is left (a reconnection and a send, each within
    /// <see cref="CommandTimeout"/>), so that no address is sent to after its lease ended and another host claimed it.
    /// </summary>
    public static readonly TimeSpan LeaseMargin = TimeSpan.FromMinutes(1);

    private readonly string _holder = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever failed is tried again at the next check; the edition and its ledger are stored.
                LogRoundFailed(e);
            }

            try
            {
                await wakeUp.WaitAsync(settings.CheckInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Publishes today's edition if today is an edition's date, and sends it to every recipient this host can claim now.</summary>
    /// <param name="cancellationToken">Stops between messages.</param>
    /// <returns>The edition, or <see langword="null"/> when today is no edition's date.</returns>
    internal async Task<NewsletterEdition?> SendDueAsync(CancellationToken cancellationToken)
    {
        var network = hosting.Value.NetworkId;
        var today = clock.GetCurrentInstant().InZone(zones[MemberCode.EuropeanNetherlandsZoneId]).Date;
        if (await grains.Newsletter(hosting).GetNextDateAsync() != today)
        {
            // Not an edition's date (any more): the last edition is finished if recipients are left, after midnight or
            // after a change of schedule too, so that no edition stops half sent.
            return await FinishLastEditionAsync(network, cancellationToken);
        }

        var edition = grains.GetEdition(network, today);
        var published = await edition.GetAsync();
        if (published is null)
        {
            var draft = await NewsletterDraft.BuildAsync(grains, network);
            if (draft is null || draft.Edition != today)
            {
                return null;
            }

            published = await edition.PublishAsync(EditionComposer.Compose(draft, zoneNames));
            LogPublished(published.Date, published.Recipients);
        }

        await SendAsync(edition, published, cancellationToken);
        return published;
    }

    private async Task<NewsletterEdition?> FinishLastEditionAsync(string network, CancellationToken cancellationToken)
    {
        var dates = await grains.Newsletter(hosting).GetEditionsAsync();
        if (dates.IsEmpty)
        {
            return null;
        }

        var edition = grains.GetEdition(network, dates[^1]);
        if (await edition.GetAsync() is not { } published || (await edition.GetDeliveryAsync()).Complete)
        {
            return null;
        }

        await SendAsync(edition, published, cancellationToken);
        return published;
    }

    private async Task SendAsync(IEditionGrain edition, NewsletterEdition published, CancellationToken cancellationToken)
    {
        var claimedAt = clock.GetCurrentInstant();
        var claimed = await edition.ClaimAsync(_holder, BatchSize, Lease);
        if (claimed.IsEmpty)
        {
            return;
        }

        var from = MailboxAddress.Parse(settings.Smtp.From!);
        var publicUrl = PublicUrl.Read(configuration)!.ToString().TrimEnd('/');
        using var smtp = new SmtpClient { Timeout = (int)CommandTimeout.TotalMilliseconds };
        while (!claimed.IsEmpty)
        {
            foreach (var address in claimed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (clock.GetCurrentInstant() > claimedAt + Duration.FromTimeSpan(Lease - LeaseMargin))
                {
                    // The rest of this batch goes back to the ledger when its lease ends; claim afresh.
                    break;
                }

                // Again after a broken connection; a server that cannot be reached ends the round (the leases remain).
                await ConnectAsync(smtp, cancellationToken);
                var token = await grains.Newsletter(hosting).GetUnsubscribeTokenAsync(address);
                using var message = EditionMessage.Create(hosting.Value.NetworkId, published, from, address, EditionMessage.UnsubscribeUrl(publicUrl, token));
                if (await SendAsync(smtp, message, cancellationToken) is { } accepted)
                {
                    await (accepted ? edition.ConfirmAsync(_holder, address) : edition.RejectAsync(_holder, address));
                }
            }

            claimedAt = clock.GetCurrentInstant();
            claimed = await edition.ClaimAsync(_holder, BatchSize, Lease);
        }

        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }

    private async Task ConnectAsync(SmtpClient smtp, CancellationToken cancellationToken)
    {
        if (smtp.IsConnected)
        {
            return;
        }

        var smtpSettings = settings.Smtp;
        await smtp.ConnectAsync(smtpSettings.Host!, smtpSettings.Port, smtpSettings.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        }, cancellationToken);
        if (!string.IsNullOrWhiteSpace(smtpSettings.UserName))
        {
            await smtp.AuthenticateAsync(smtpSettings.UserName, smtpSettings.Password ?? "", cancellationToken);
        }
    }

    // True: accepted; false: the recipient refused for good (5xx); null: try again after the lease (logged).
    private async Task<bool?> SendAsync(SmtpClient smtp, MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await smtp.SendAsync(message, cancellationToken);
            return true;
        }
        catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)e.StatusCode >= 500)
        {
            LogRejected(message.MessageId ?? "", (int)e.StatusCode);
            return false;
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or IOException)
        {
            // The exception's message may quote the recipient; the log says only what kind of failure it was.
            LogNotSent(message.MessageId ?? "", e is SmtpCommandException command ? $"{(int)command.StatusCode} {command.ErrorCode}" : e.GetType().Name);
            if (e is not SmtpCommandException)
            {
                // The connection is broken: the next address tries a new one.
                await smtp.DisconnectAsync(quit: false, CancellationToken.None);
            }

            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Newsletter edition {Edition} published to {Recipients} subscribers.")]
    private partial void LogPublished(LocalDate edition, int recipients);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Newsletter message {MessageId} refused for good by the SMTP server ({Status}): not sent again.")]
    private partial void LogRejected(string messageId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Newsletter message {MessageId} not sent ({Reason}); it is tried again when its lease ends.")]
    private partial void LogNotSent(string messageId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the newsletter failed; the host tries again at its next check.")]
    private partial void LogRoundFailed(Exception error);
}
