using System.Net;
using Cfc.Sample.Host.Newsletters.Sending;
using Cfc.Sdk.Orleans.Newsletters;
using Cfc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using NodaTime;

namespace Cfc.Sample.Host.Tests.Newsletters;

/// <summary>
/// The newsletter sent by the host to the real SMTP server CI starts on loopback, read back from its Maildir with
/// MimeKit's parser. Each test runs its own host on its own data and sends to addresses no other test uses.
/// </summary>
public sealed class NewsletterSendingTests
{
    // The host's fake clock says 1 March 2026, 12:00 UTC: today is 2026-03-01 in Amsterdam.
    private static readonly LocalDate Today = new(2026, 3, 1);

    [SmtpFact]
    public async Task A_due_edition_is_sent_once_to_every_subscriber_with_both_bodies_and_the_one_click_unsubscribe_headers()
    {
        using var host = new SendingHost();
        var addresses = Addresses("due", 3);
        await host.ScheduleAndSubscribeAsync(addresses);

        // Storing a schedule that makes today an edition's date wakes the sender.
        (await host.Client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-03-01", "cadence": "P6W"}""")).EnsureSuccessStatusCode();
        var messages = await Mailbox.WaitForAsync(addresses, 3);
        await host.WaitUntilCompleteAsync();
        // Another round, as at the next check or a restart, finds nothing left to send.
        await host.Sender().SendDueAsync(CancellationToken.None);

        messages = Mailbox.Read(addresses);
        Assert.Equal(addresses.Order(StringComparer.Ordinal), messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        foreach (var message in messages)
        {
            Assert.Equal("Nieuwsbrief Kindvriendelijke Gemeenten, 2026-03-01", message.Subject);
            Assert.Equal("nieuwsbrief@cfc.example", message.From.Mailboxes.Single().Address);
            var alternative = Assert.IsType<MultipartAlternative>(message.Body);
            Assert.Contains("# Nieuwsbrief Kindvriendelijke Gemeenten, 2026-03-01", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("<h1", message.HtmlBody, StringComparison.Ordinal);
            Assert.Equal(2, alternative.Count);
            Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
            var link = message.Headers["List-Unsubscribe"]!;
            Assert.StartsWith("<https://cfc.example/newsletter/unsubscribe?token=", link, StringComparison.Ordinal);
            Assert.DoesNotContain("@", link, StringComparison.Ordinal);
            Assert.Contains(link.Trim('<', '>'), message.TextBody, StringComparison.Ordinal);
            Assert.EndsWith("@cfc.example", message.MessageId, StringComparison.Ordinal);
        }

        Assert.Equal(new EditionDelivery(3, 3, 0, 0), await host.Edition().GetDeliveryAsync());
        Assert.Equal(3, messages.Select(m => m.MessageId).Distinct().Count());
    }

    [SmtpFact]
    public async Task The_one_click_unsubscribe_of_a_received_message_unsubscribes_its_address_and_a_wrong_token_changes_nothing()
    {
        using var host = new SendingHost();
        var addresses = Addresses("one-click", 2);
        await host.ScheduleAndSubscribeAsync(addresses);
        (await host.Client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-03-01", "cadence": "P6W"}""")).EnsureSuccessStatusCode();
        var message = (await Mailbox.WaitForAsync(addresses, 2)).Single(m => m.To.Mailboxes.Single().Address == addresses[0]);
        var link = new Uri(message.Headers["List-Unsubscribe"]!.Trim('<', '>'));

        // As a mail client does it (RFC 8058): a POST to the link, the form's only field the one-click one.
        using var wrong = await host.Anonymous.PostAsync(new Uri(link.PathAndQuery[..^2] + "xx", UriKind.Relative), OneClick());
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(2, (await host.Client.GetJsonAsync("/api/newsletters/subscribers")).AsArray().Count);
        using var right = await host.Anonymous.PostAsync(new Uri(link.PathAndQuery, UriKind.Relative), OneClick());

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal([addresses[1]], (await host.Client.GetJsonAsync("/api/newsletters/subscribers")).AsArray().Select(s => (string)s!["address"]!));
    }

    [SmtpFact]
    public async Task Two_senders_on_one_cluster_at_once_send_every_address_once()
    {
        using var host = new SendingHost(sending: false);
        var addresses = Addresses("two-senders", 45);
        await host.ScheduleAndSubscribeAsync(addresses);
        (await host.Client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-03-01", "cadence": "P6W"}""")).EnsureSuccessStatusCode();

        // Two senders of their own run each, as two hosts of a cluster have, on the host's silo at once.
        var editions = await Task.WhenAll(host.Sender().SendDueAsync(CancellationToken.None), host.Sender().SendDueAsync(CancellationToken.None));

        Assert.Equal(editions[0], editions[1]);
        var messages = await Mailbox.WaitForAsync(addresses, 45);
        Assert.Equal(45, messages.Count);
        Assert.Equal(45, messages.Select(m => m.To.Mailboxes.Single().Address).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(new EditionDelivery(45, 45, 0, 0), await host.Edition().GetDeliveryAsync());
    }

    [SmtpFact]
    public async Task An_edition_left_half_sent_is_finished_when_its_date_is_no_longer_the_next_one()
    {
        using var host = new SendingHost(sending: false);
        var addresses = Addresses("unfinished", 3);
        await host.ScheduleAndSubscribeAsync(addresses);
        // Today's edition is published (its recipients snapshot taken) by a host that stopped before sending any of it...
        (await host.Client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-03-01", "cadence": "P6W"}""")).EnsureSuccessStatusCode();
        await host.Edition().PublishAsync(new EditionContent("Nieuwsbrief", "# Nieuwsbrief\n", "<h1>Nieuwsbrief</h1>\n"));
        // ...and then the schedule moves on, as midnight would.
        (await host.Client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-03-02", "cadence": "P6W"}""")).EnsureSuccessStatusCode();

        var edition = await host.Sender().SendDueAsync(CancellationToken.None);

        Assert.Equal(Today, edition?.Date);
        var messages = await Mailbox.WaitForAsync(addresses, 3);
        Assert.Equal(addresses.Order(StringComparer.Ordinal), messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.Equal(new EditionDelivery(3, 3, 0, 0), await host.Edition().GetDeliveryAsync());
    }

    private static FormUrlEncodedContent OneClick() => new([new("List-Unsubscribe", "One-Click")]);

    // Addresses no other run uses: the server's Maildir keeps every message it ever received.
    private static string[] Addresses(string test, int count)
    {
        var run = Guid.NewGuid().ToString("N")[..12];
        return [.. Enumerable.Range(0, count).Select(i => $"lezer{i}-{test}-{run}@ontvanger.example")];
    }

    /// <summary>A host that sends to the test SMTP server (or, with <c>sending: false</c>, a host whose senders the test runs).</summary>
    private sealed class SendingHost : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("cfc-sample-host-newsletter-").FullName;
        private readonly HostFactory _factory;

        public SendingHost(bool sending = true)
        {
            var (smtpHost, smtpPort) = Mailbox.Server();
            var settings = new Dictionary<string, string>
            {
                ["Cfc:PublicUrl"] = "https://cfc.example",
                ["Cfc:Newsletter:Smtp:Port"] = smtpPort,
                ["Cfc:Newsletter:Smtp:From"] = "Kindvriendelijke Gemeenten <nieuwsbrief@cfc.example>",
                ["Cfc:Newsletter:Smtp:Security"] = "None",
            };
            if (sending)
            {
                settings["Cfc:Newsletter:Smtp:Host"] = smtpHost;
            }

            _factory = new HostFactory(_directory, settings: settings, services: sending ? null : services => services.AddSingleton(SenderSettings(smtpHost, smtpPort)));
            Client = _factory.CreateClient();
            Client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.Coordinator());
            Anonymous = _factory.CreateClient();
        }

        public HttpClient Client { get; }

        public HttpClient Anonymous { get; }

        public IEditionGrain Edition() => _factory.Services.GetRequiredService<IGrainFactory>().GetEdition("nl", Today);

        /// <summary>A sender of its own run, as another host of the cluster has.</summary>
        public NewsletterSender Sender() => ActivatorUtilities.CreateInstance<NewsletterSender>(_factory.Services);

        /// <summary>A schedule whose first edition is tomorrow, and the subscribers.</summary>
        public async Task ScheduleAndSubscribeAsync(IEnumerable<string> addresses)
        {
            (await Client.PutJsonAsync("/api/newsletters/schedule", """{"anchor": "2026-03-02", "cadence": "P6W"}""")).EnsureSuccessStatusCode();
            foreach (var address in addresses)
            {
                await (await Client.PostJsonAsync("/api/newsletters/subscribers", $$"""{"address": "{{address}}"}""")).JsonAsync(HttpStatusCode.Created);
            }
        }

        public async Task WaitUntilCompleteAsync()
        {
            for (var tries = 0; tries < 240 && (await Edition().GetDeliveryAsync()) is not { Complete: true, Recipients: > 0 }; tries++)
            {
                await Task.Delay(500);
            }
        }

        public void Dispose()
        {
            Client.Dispose();
            Anonymous.Dispose();
            _factory.Dispose();
            Directory.Delete(_directory, recursive: true);
        }

        private static NewsletterSendingSettings SenderSettings(string host, string port) =>
            NewsletterSendingSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Cfc:Newsletter:Smtp:Host"] = host,
                ["Cfc:Newsletter:Smtp:Port"] = port,
                ["Cfc:Newsletter:Smtp:From"] = "Kindvriendelijke Gemeenten <nieuwsbrief@cfc.example>",
                ["Cfc:Newsletter:Smtp:Security"] = "None",
            }).Build());
    }
}
