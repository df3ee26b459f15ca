using System.Net;
using System.Security.Cryptography;
using System.Text;
using Cfc.Sdk.Orleans.Newsletters;
using MimeKit;
using MimeKit.Text;
using NodaTime.Text;

namespace Cfc.Sample.Host.Newsletters.Sending;

/// <summary>
/// The e-mail of an edition to one subscriber: <c>multipart/alternative</c> of the plain text (the edition's Markdown)
/// and the HTML, each with the subscriber's unsubscribe link, the headers of RFC 8058's one-click unsubscribe
/// (<c>List-Unsubscribe</c>, <c>List-Unsubscribe-Post</c>) and a <c>Message-Id</c> that is the same every time this
/// edition is sent to this address, so that a receiver can drop the copy a resend after a crash makes.
/// </summary>
/// <remarks>Nothing in it is random or read from the clock: the same edition, address and link make the same message.</remarks>
internal static class EditionMessage
{
    /// <summary>The path of the unsubscribe page and of the one-click unsubscribe.</summary>
    public const string UnsubscribePath = "/newsletter/unsubscribe";

    /// <summary>The message to <paramref name="address"/>.</summary>
    /// <param name="network">The network whose edition it is (<c>Cfc:NetworkId</c>).</param>
    /// <param name="edition">The published edition.</param>
    /// <param name="from">The sender (<c>Cfc:Newsletter:Smtp:From</c>).</param>
    /// <param name="address">The subscriber's address.</param>
    /// <param name="unsubscribe">The subscriber's unsubscribe link (<see cref="UnsubscribeUrl"/>).</param>
    /// <returns>The message.</returns>
    public static MimeMessage Create(string network, NewsletterEdition edition, MailboxAddress from, string address, string unsubscribe)
    {
        var date = LocalDatePattern.Iso.Format(edition.Date);
        var message = new MimeMessage
        {
            Subject = edition.Subject,
            Date = edition.Published.ToDateTimeOffset(),
            MessageId = MessageId(network, edition, address, from.Domain),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(address));
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        var text = new TextPart(TextFormat.Plain)
        {
            Text = $"{edition.Markdown.TrimEnd('\n')}\n\n-- \nAfmelden / unsubscribe: {unsubscribe}\n",
            ContentTransferEncoding = ContentEncoding.QuotedPrintable,
        };
        var html = new TextPart(TextFormat.Html)
        {
            Text = $"""
                <!DOCTYPE html>
                <html lang="nl">
                <head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(edition.Subject)}</title></head>
                <body>
                {edition.Html.TrimEnd('\n')}
                <hr>
                <p><a href="{WebUtility.HtmlEncode(unsubscribe)}">Afmelden / unsubscribe</a></p>
                </body>
                </html>

                """.ReplaceLineEndings("\n"),
            ContentTransferEncoding = ContentEncoding.QuotedPrintable,
        };
        text.ContentType.Charset = "utf-8";
        html.ContentType.Charset = "utf-8";
        // A fixed boundary keeps the message the same each time; the parts are quoted-printable, whose lines never
        // start with "--=_", so it cannot occur in them.
        message.Body = new MultipartAlternative { text, html };
        ((Multipart)message.Body).Boundary = $"=_cfc-newsletter-{date}";
        return message;
    }

    /// <summary>The subscriber's unsubscribe link: <c>{base}/newsletter/unsubscribe?token=…</c>.</summary>
    /// <param name="publicUrl">The host's public base address (<c>Cfc:PublicUrl</c>), without a trailing slash.</param>
    /// <param name="token">The subscriber's unsubscribe token (<see cref="INewsletterGrain.GetUnsubscribeTokenAsync"/>).</param>
    /// <returns>The absolute link; it names the subscriber by the token alone, never by the address.</returns>
    public static string UnsubscribeUrl(string publicUrl, string token) =>
        $"{publicUrl}{UnsubscribePath}?token={Uri.EscapeDataString(token)}";

    // <newsletter.{network}.{date}.{hash}@{domain}>: the hash of the lower-cased address names the recipient without
    // showing it; the network keeps apart two networks' editions of one date sent from one domain.
    private static string MessageId(string network, NewsletterEdition edition, string address, string domain)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address.Trim().ToLowerInvariant())))[..32];
        return $"newsletter.{network}.{LocalDatePattern.Iso.Format(edition.Date)}.{hash}@{domain}";
    }
}
