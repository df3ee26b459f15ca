using Cfc.Sample.Host.Newsletters.Sending;
using Cfc.Sdk.Orleans.Newsletters;
using Cfc.Testing;
using MimeKit;
using NodaTime;

namespace Cfc.Sample.Host.Tests.Newsletters;

/// <summary>The e-mail of an edition to one subscriber, as the SMTP server receives it.</summary>
public sealed class EditionMessageTests
{
    private static readonly NewsletterEdition Edition = new(
        new LocalDate(2026, 3, 5),
        "Nieuwsbrief Kindvriendelijke Gemeenten, 2026-03-05",
        "# Nieuwsbrief Kindvriendelijke Gemeenten, 2026-03-05\n\nNieuws van 2026-01-22 tot 2026-03-05; bijeenkomsten tot 2026-04-16.\n\n## Goede praktijken\n\n- Kinderraad in 's\\-Gravenhage — één jaar later\n",
        "<h1>Nieuwsbrief Kindvriendelijke Gemeenten, 2026-03-05</h1>\n<p>Nieuws van 2026-01-22 tot 2026-03-05; bijeenkomsten tot 2026-04-16.</p>\n<h2>Goede praktijken</h2>\n<ul>\n<li>Kinderraad in 's-Gravenhage — één jaar later</li>\n</ul>\n",
        Instant.FromUtc(2026, 3, 5, 5, 0),
        2);

    private static readonly MailboxAddress From = MailboxAddress.Parse("Kindvriendelijke Gemeenten <nieuwsbrief@cfc.example>");

    private const string Link = "https://cfc.example/newsletter/unsubscribe?token=q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA";

    [Fact]
    public void The_message_is_approved_and_the_same_each_time()
    {
        var written = Write(EditionMessage.Create("nl", Edition, From, "jeugd@gooisemeren.nl", Link));

        Assert.Equal(written, Write(EditionMessage.Create("nl", Edition, From, "jeugd@gooisemeren.nl", Link)));
        Approvals.VerifyText(written);
    }

    [Fact]
    public void The_message_id_is_stable_per_network_edition_and_address_and_shows_no_address()
    {
        var id = EditionMessage.Create("nl", Edition, From, "jeugd@gooisemeren.nl", Link).MessageId;

        Assert.Equal(id, EditionMessage.Create("nl", Edition, From, "JEUGD@GooiseMeren.nl", Link).MessageId);
        Assert.NotEqual(id, EditionMessage.Create("nl", Edition, From, "raad@statia.example", Link).MessageId);
        Assert.NotEqual(id, EditionMessage.Create("de", Edition, From, "jeugd@gooisemeren.nl", Link).MessageId);
        Assert.NotEqual(id, EditionMessage.Create("nl", Edition with { Date = new LocalDate(2026, 4, 16) }, From, "jeugd@gooisemeren.nl", Link).MessageId);
        Assert.DoesNotContain("jeugd", id, StringComparison.OrdinalIgnoreCase);
    }

    [PythonModuleFact("email")]
    public async Task Python_s_email_parser_reads_both_bodies_and_the_one_click_headers()
    {
        const string Script = """
            import sys, email, email.policy
            m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
            print(m.get_content_type())
            print(m['Subject'])
            # A long header is folded onto its next line; unfolded, the value starts after the white space.
            print(m['List-Unsubscribe'].strip())
            print(m['List-Unsubscribe-Post'])
            print(m.get_body(('plain',)).get_content().splitlines()[6])
            print('Gravenhage — één jaar later</li>' in m.get_body(('html',)).get_content())
            """;

        var output = await PythonModuleFactAttribute.RunAsync(Script, Write(EditionMessage.Create("nl", Edition, From, "jeugd@gooisemeren.nl", Link)));

        Assert.Equal(
            [
                "multipart/alternative",
                Edition.Subject,
                $"<{Link}>",
                "List-Unsubscribe=One-Click",
                "- Kinderraad in 's\\-Gravenhage — één jaar later",
                "True",
            ],
            output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    private static string Write(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(FormatOptions.Default, stream);
        return System.Text.Encoding.ASCII.GetString(stream.ToArray());
    }
}
