using Cfc.Testing;
using MimeKit;

namespace Cfc.Sample.Host.Tests.Newsletters;

/// <summary>
/// The messages the test SMTP server (aiosmtpd with its Maildir handler) received, read back with MimeKit's parser,
/// only those to the test's own addresses: other tests and engineers send to the same server.
/// </summary>
internal static class Mailbox
{
    /// <summary>The messages to any of <paramref name="addresses"/>, read from the Maildir's <c>new/</c>.</summary>
    public static List<MimeMessage> Read(IReadOnlyCollection<string> addresses)
    {
        var folder = Path.Combine(SmtpFactAttribute.Mailbox ?? throw new InvalidOperationException($"{SmtpFactAttribute.MailboxVariable} is not set"), "new");
        var messages = new List<MimeMessage>();
        if (!Directory.Exists(folder))
        {
            return messages;
        }

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            MimeMessage message;
            try
            {
                message = MimeMessage.Load(file);
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                // Another sender's message being moved or written; not one of ours.
                continue;
            }

            if (message.To.Mailboxes.Any(m => addresses.Contains(m.Address, StringComparer.OrdinalIgnoreCase)))
            {
                messages.Add(message);
            }
            else
            {
                message.Dispose();
            }
        }

        return messages;
    }

    /// <summary>Waits until <paramref name="count"/> messages to <paramref name="addresses"/> arrived (at most two minutes), then reads them.</summary>
    public static async Task<List<MimeMessage>> WaitForAsync(IReadOnlyCollection<string> addresses, int count)
    {
        for (var tries = 0; tries < 240; tries++)
        {
            var messages = Read(addresses);
            if (messages.Count >= count)
            {
                return messages;
            }

            await Task.Delay(500);
        }

        return Read(addresses);
    }

    /// <summary>The host and port of the test server, from <c>CFC_SMTP</c>.</summary>
    public static (string Host, string Port) Server()
    {
        var server = SmtpFactAttribute.Server ?? throw new InvalidOperationException($"{SmtpFactAttribute.Variable} is not set");
        var colon = server.LastIndexOf(':');
        return (server[..colon], server[(colon + 1)..]);
    }
}
