using System.Globalization;
using System.Text;
using Cfc.Sample.Host.Matching;
using Cfc.Sample.Host.Texts;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Newsletters;

/// <summary>The draft of an edition as a Markdown document: a title, then a section per kind of news.</summary>
/// <remarks>
/// The edition goes to every subscriber under the network's name, and its values are written by members: every value
/// (titles, names, codes, ids, zones) is written through <see cref="Escape"/> or <see cref="Code"/>, so that none can
/// start a block, a link, an image, an autolink, HTML or an extension's syntax of its own. The edition has no links.
/// </remarks>
internal static class NewsletterMarkdown
{
    private static readonly LocalDatePattern s_date = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern s_time = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");
    private static readonly OffsetPattern s_offset = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    /// <summary>The newsletter's name, which starts each edition's title.</summary>
    public const string Name = "Nieuwsbrief Kindvriendelijke Gemeenten";

    /// <summary>The edition's title: its document's heading and its e-mail's subject.</summary>
    /// <param name="edition">The edition's date.</param>
    /// <returns>The title, such as <c>Nieuwsbrief Kindvriendelijke Gemeenten, 2026-03-05</c>.</returns>
    public static string Title(LocalDate edition) => $"{Name}, {s_date.Format(edition)}";

    /// <summary>The document for <paramref name="draft"/>.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>The Markdown text.</returns>
    public static string Write(NewsletterDraft draft)
    {
        var text = new StringBuilder();
        Line(text, $"# {Title(draft.Edition)}");
        Line(text);
        Line(text, $"Nieuws van {s_date.Format(draft.Since)} tot {s_date.Format(draft.Edition)}; bijeenkomsten tot {s_date.Format(draft.Until)}.");

        Section(text, "Bijeenkomsten", draft.Meetings, meeting =>
        {
            Line(text, $"### {Escape(meeting.Title)}");
            Line(text);
            Line(text, $"{DutchNames.Of(meeting.Kind)}, {Lower(DutchNames.Of(meeting.Format))}.");
            Line(text);
            foreach (var time in meeting.LocalTimes)
            {
                Line(text, $"- {Escape(time.Name)} ({Escape(time.Member)}): {Format(time.Start)} – {Format(time.End)} {Escape(time.TimeZone)} (UTC{s_offset.Format(time.Start.Offset)})");
            }
        });

        Section(text, "Goede praktijken", draft.Practices, practice =>
            Line(text, $"- **{Escape(practice.Title)}**, {Escape(practice.Name)} ({Escape(practice.Member)}), gedeeld op {s_date.Format(practice.SharedOn)}"));

        Section(text, "Knelpunten op de landelijke agenda", draft.NationalBottlenecks, bottleneck =>
            Line(text, $"- **{Escape(bottleneck.Title)}**, {Escape(bottleneck.Name)} ({Escape(bottleneck.SignalledBy)}), gesignaleerd op {s_date.Format(bottleneck.SignalledOn)}, landelijk sinds {s_date.Format(bottleneck.NationalOn)}{(bottleneck.Note is { } note ? $": {Escape(note)}" : string.Empty)}{(bottleneck.Status == Cfc.Sdk.Bottlenecks.BottleneckStatus.Resolved ? ", inmiddels opgelost" : string.Empty)}"));

        Section(text, "Nieuwe lokale vraagstukken", draft.Issues, issue =>
        {
            Line(text, $"### {Escape(issue.Title)}");
            Line(text);
            Line(text, $"{Escape(issue.Name)} ({Escape(issue.Member)}), geopend op {s_date.Format(issue.Opened)}. Id {Code(issue.Id)}.");
            Line(text);
            Line(text, issue.Matches.Count == 0 ? "Vergelijkbaar bij: nog geen andere gemeente." : "Vergelijkbaar bij:");
            foreach (var match in issue.Matches)
            {
                Line(text, $"- {Escape(match.Member)}: {Escape(match.Title)}{(RelevanceWording.Dutch(match.Relevance) is { } words ? $" ({words})" : string.Empty)}");
            }

            Line(text);
            Line(text, issue.Experts.Count == 0 ? "Expertise: nog geen organisatie." : "Expertise:");
            foreach (var expert in issue.Experts)
            {
                Line(text, $"- {Escape(expert.Name)} ({Escape(expert.Organisation)}{(RelevanceWording.Dutch(expert.Relevance) is { } words ? $", {words}" : string.Empty)})");
            }
        });

        Section(text, "Termijnen", draft.Deadlines, deadline =>
            Line(text, $"- {Escape(deadline.Name)} ({Escape(deadline.Member)}{Phase(deadline.Phase)}): {Lower(DutchNames.Of(deadline.Kind))} uiterlijk {s_date.Format(deadline.On)}{(deadline.Overdue ? ", verlopen" : string.Empty)}"));

        Section(text, "Thema's om op te stemmen", draft.OpenThemes, theme =>
            Line(text, $"- **{Escape(theme.Title)}**, voorgesteld door {(theme.ProposedBy is { } member ? $"{Escape(theme.Name ?? member)} ({Escape(member)})" : "de coördinator")} op {s_date.Format(theme.ProposedOn)}: {theme.Votes.ToString(CultureInfo.InvariantCulture)} {(theme.Votes == 1 ? "stem" : "stemmen")} tot nu toe"));

        return text.ToString();
    }

    private static void Section<T>(StringBuilder text, string heading, IReadOnlyList<T> items, Action<T> write)
    {
        Line(text);
        Line(text, $"## {heading}");
        Line(text);
        if (items.Count == 0)
        {
            Line(text, "Geen.");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            // Meetings and issues have sub-headings and paragraphs: a blank line between them.
            if (i > 0 && items[i] is DraftMeeting or DraftIssue)
            {
                Line(text);
            }

            write(items[i]);
        }
    }

    private static string Phase(Cfc.Sdk.Programmes.ProgrammePhase? phase) => phase is { } known ? $", fase {Lower(DutchNames.Of(known))}" : string.Empty;

    // The names start with a capital, for lists and headings; here they stand mid-sentence.
    private static string Lower(string name) => string.Concat(name[..1].ToLowerInvariant(), name[1..]);

    private static string Format(OffsetDateTime time) => s_time.Format(time.LocalDateTime);


    /// <summary>
    /// <paramref name="value"/> as literal Markdown text, wherever it stands (a heading, a list item, the start of a
    /// paragraph): its line breaks and other control characters become spaces and runs of white space one space (an
    /// indented value would start a code block); <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become character references,
    /// so that no HTML and no entity comes from data; and every other ASCII punctuation character that CommonMark or
    /// Markdig's extensions give a meaning (emphasis, links and images, autolinks such as <c>https://</c> and
    /// <c>www.</c>, list and heading markers, code, tables, attributes, maths) is escaped with a backslash. The
    /// apostrophe, comma, semicolon, question mark, slash and percent sign mean nothing there and stay as they are,
    /// so that names such as 's-Gravenhage read well in the Markdown itself.
    /// </summary>
    /// <param name="value">A value from the network's data.</param>
    /// <returns>The value as Markdown that shows it literally.</returns>
    internal static string Escape(string value)
    {
        var line = OneLine(value);
        var text = new StringBuilder(line.Length + 16);
        foreach (var c in line)
        {
            switch (c)
            {
                case '<':
                    text.Append("&lt;");
                    break;
                case '>':
                    text.Append("&gt;");
                    break;
                case '&':
                    text.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '{' or '}' or '!' or '#' or '+' or '-' or '.'
                    or ':' or '|' or '~' or '^' or '=' or '$' or '@' or '"':
                    text.Append('\\').Append(c);
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// <paramref name="value"/> as a code span: fenced by more backticks than any run of them in the value, so that
    /// none can end it early (Markdown reads nothing inside a code span), on one line.
    /// </summary>
    /// <param name="value">A value from the network's data, such as an issue's id.</param>
    /// <returns>The code span.</returns>
    internal static string Code(string value)
    {
        var line = OneLine(value);
        var longest = 0;
        for (int i = 0, run = 0; i < line.Length; i++)
        {
            run = line[i] == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        // A span whose text starts or ends with a backtick needs a space inside its fence; Markdown strips one each side.
        return line.StartsWith('`') || line.EndsWith('`') ? $"{fence} {line} {fence}" : $"{fence}{line}{fence}";
    }

    // Line breaks and other control characters as spaces, each run of white space as one space, none at either end.
    private static string OneLine(string value)
    {
        var line = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                line.Append(c);
            }
            else if (line.Length > 0 && line[^1] != ' ')
            {
                line.Append(' ');
            }
        }

        return line.ToString().TrimEnd(' ');
    }

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
