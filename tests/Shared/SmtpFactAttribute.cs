namespace Cfc.Testing;

/// <summary>
/// A fact that needs the SMTP server CI starts (Debian's <c>python3-aiosmtpd</c> with its Maildir handler): skipped, with
/// the reason shown, when <c>CFC_SMTP</c> is not set outside CI (<c>CI=true</c>).
/// </summary>
public sealed class SmtpFactAttribute : FactAttribute
{
    /// <summary>The environment variable with the server's <c>host:port</c> (CI starts one on 127.0.0.1:2526).</summary>
    public const string Variable = "CFC_SMTP";

    /// <summary>The environment variable with the Maildir where the server puts every message it receives.</summary>
    public const string MailboxVariable = "CFC_SMTP_MAILBOX";

    public SmtpFactAttribute()
    {
        // In CI a missing server is a failure of the set-up, not a reason to skip: the test then fails on CFC_SMTP.
        if (Server is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "No SMTP server: start `python3 -m aiosmtpd -n -l 127.0.0.1:2526 -c aiosmtpd.handlers.Mailbox DIR` " +
                "and set CFC_SMTP=127.0.0.1:2526 and CFC_SMTP_MAILBOX=DIR (CI does)";
        }
    }

    /// <summary>The test server's <c>host:port</c>, or <see langword="null"/>.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>The server's Maildir, or <see langword="null"/>.</summary>
    public static string? Mailbox =>
        Environment.GetEnvironmentVariable(MailboxVariable) is { Length: > 0 } value ? value : null;
}
