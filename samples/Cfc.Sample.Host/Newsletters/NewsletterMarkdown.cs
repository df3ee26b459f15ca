using System.Globalization;
using System.Text;
using Cfc.Sample.Host.Matching;
using Cfc.Sample.Host.Texts;
using Cfc.Sdk.Bottlenecks;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Newsletters;

/// <summary>The draft of an edition as a Markdown document: a title, then a section per kind of news.</summary>
/// <remarks>
/// The edition goes to every subscriber under the network's name, and its values are written by members: every value
/// (titles, names, notes, zone names) is written through <see cref="Escape"/>, so that none can start a block, a link,
/// an image, an autolink, HTML or an extension's syntax of its own. The edition has no links.
/// </remarks>
internal static class NewsletterMarkdown
{
    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly LocalDatePattern s_date = LocalDatePattern.Iso;
    private static readonly LocalDatePattern s_day = LocalDatePattern.Create("d MMMM uuuu", s_dutch);
    private static readonly LocalDatePattern s_weekday = LocalDatePattern.Create("dddd d MMMM uuuu", s_dutch);
    // Dutch writes a time of day with a full stop ("15.00 uur"), which nl-NL's own time pattern does not.
    private static readonly LocalTimePattern s_clock = LocalTimePattern.Create("HH'.'mm", s_dutch);

    /// <summary>The newsletter's name, which starts each edition's title.</summary>
    public const string Name = "Nieuwsbrief Kindvriendelijke Gemeenten";

    /// <summary>The edition's title: its document's heading and its e-mail's subject.</summary>
    /// <param name="edition">The edition's date.</param>
    /// <returns>The title, such as <c>Nieuwsbrief Kindvriendelijke Gemeenten, 2026-03-05</c>.</returns>
    public static string Title(LocalDate edition) => $"{Name}, {s_date.Format(edition)}";

    /// <summary>The document for <paramref name="draft"/>.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="zoneNames">The names of the meetings' time zones.</param>
    /// <returns>The Markdown text.</returns>
    /// <remarks>
    /// Members are named, never given by code; dates are in words; a meeting's time is given once per time zone of its
    /// participants, its day written out once and again only for a zone where the meeting falls on another day.
    /// </remarks>
    public static string Write(NewsletterDraft draft, ZoneNames zoneNames)
    {
        var text = new StringBuilder();
        Line(text, $"# {Title(draft.Edition)}");
        Line(text);
        Line(text, draft.Since < draft.Edition
            ? $"Nieuws van {Day(draft.Since)} tot en met {Day(draft.Edition.PlusDays(-1))}; bijeenkomsten van {Day(draft.Edition)} tot en met {Day(draft.Until.PlusDays(-1))}."
            : $"Dit is de eerste editie: het nieuws begint bij de volgende. Bijeenkomsten van {Day(draft.Edition)} tot en met {Day(draft.Until.PlusDays(-1))}.");

        Section(text, "Bijeenkomsten", draft.Meetings, meeting =>
        {
            Line(text, $"### {Escape(meeting.Title)}");
            Line(text);
            Line(text, $"{DutchNames.Of(meeting.Kind)}, {Lower(DutchNames.Of(meeting.Format))}.");
            Line(text);
            Line(text, $"{Times(meeting, zoneNames)}.");
            if (meeting.LocalTimes.Where(t => t.Name.Length > 0).Select(t => Escape(t.Name)).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } names)
            {
                Line(text);
                Line(text, $"Met {Enumeration(names)}.");
            }
        });

        Section(text, "Goede praktijken", draft.Practices, practice =>
            Line(text, $"- **{Escape(practice.Title)}**, {Escape(practice.Name)}, gedeeld op {Day(practice.SharedOn)}"));

        Section(text, "Knelpunten gesignaleerd of opgeschaald", draft.Bottlenecks, bottleneck =>
            Line(text, $"- **{Escape(bottleneck.Title)}**, {Escape(bottleneck.Name)}: {string.Join("; ", bottleneck.Steps.Select(Step))}{(bottleneck.Status == BottleneckStatus.Resolved ? "; inmiddels opgelost" : string.Empty)}"));

        Section(text, "Nieuwe lokale vraagstukken", draft.Issues, issue =>
        {
            Line(text, $"### {Escape(issue.Title)}");
            Line(text);
            Line(text, $"{Escape(issue.Name)}, geopend op {Day(issue.Opened)}.");
            Line(text);
            Line(text, issue.Matches.Count == 0 ? "Vergelijkbaar bij: nog geen andere gemeente." : "Vergelijkbaar bij:");
            foreach (var match in issue.Matches)
            {
                Line(text, $"- {Escape(draft.Names.TryGetValue(match.Member, out var name) ? name : match.Member)}: {Escape(match.Title)}{(RelevanceWording.Dutch(match.Relevance) is { } words ? $" ({words})" : string.Empty)}");
            }

            Line(text);
            Line(text, issue.Experts.Count == 0 ? "Expertise: nog geen organisatie." : "Expertise:");
            foreach (var expert in issue.Experts)
            {
                Line(text, RelevanceWording.Dutch(expert.Relevance) is { } words ? $"- {Escape(expert.Name)} ({words})" : $"- {Escape(expert.Name)}");
            }
        });

        Section(text, "Termijnen", draft.Deadlines, deadline =>
            Line(text, $"- {Escape(deadline.Name)}{Phase(deadline.Phase)}: {Lower(DutchNames.Of(deadline.Kind))} uiterlijk {Day(deadline.On)}{(deadline.Overdue ? ", verlopen" : string.Empty)}"));

        Section(text, "Thema's om op te stemmen", draft.OpenThemes, theme =>
            Line(text, $"- **{Escape(theme.Title)}**, voorgesteld door {(theme.ProposedBy is { } member ? Escape(theme.Name ?? member) : "de coördinator")} op {Day(theme.ProposedOn)}: {theme.Votes.ToString(CultureInfo.InvariantCulture)} {(theme.Votes == 1 ? "stem" : "stemmen")} tot nu toe"));

        return text.ToString();
    }

    // The meeting's day in the first participant's zone (the organiser's), then per zone, in the participants' order,
    // its times and the zone's name; a zone where the meeting starts or ends on another day says which.
    private static string Times(DraftMeeting meeting, ZoneNames zoneNames)
    {
        var first = meeting.LocalTimes[0].Start.Date;
        var zones = meeting.LocalTimes.DistinctBy(t => t.TimeZone, StringComparer.Ordinal).Select(t =>
        {
            var start = t.Start.Date == first ? string.Empty : $"{s_weekday.Format(t.Start.Date)}, ";
            var end = t.End.Date == t.Start.Date ? string.Empty : $"{s_weekday.Format(t.End.Date)} ";
            return $"{start}{s_clock.Format(t.Start.TimeOfDay)}–{end}{s_clock.Format(t.End.TimeOfDay)} uur ({Escape(zoneNames.Of(t.TimeZone))})";
        });
        return $"{s_weekday.Format(first)}, {string.Join(", ", zones)}";
    }

    private static string Step(DraftBottleneckStep step)
    {
        var what = step.Level switch
        {
            EscalationLevel.Local => "gesignaleerd",
            EscalationLevel.Regional => "op de regionale agenda gezet",
            _ => "op de landelijke agenda gezet",
        };
        return $"{what} op {Day(step.On)}{(step.Note is { } note ? $" ({Escape(note)})" : string.Empty)}";
    }

    // "a, b en c".
    private static string Enumeration(List<string> items) => items.Count == 1 ? items[0] : $"{string.Join(", ", items[..^1])} en {items[^1]}";

    private static string Day(LocalDate date) => s_day.Format(date);

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

    private static string Phase(Cfc.Sdk.Programmes.ProgrammePhase? phase) => phase is { } known ? $" (fase {Lower(DutchNames.Of(known))})" : string.Empty;

    // The names start with a capital, for lists and headings; here they stand mid-sentence.
    private static string Lower(string name) => string.Concat(name[..1].ToLowerInvariant(), name[1..]);

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
