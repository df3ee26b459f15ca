using System.Globalization;
using System.Text;
using Cfc.Sample.Host.Texts;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Newsletters;

/// <summary>The draft of an edition as a Markdown document: a title, then a section per kind of news.</summary>
internal static class NewsletterMarkdown
{
    private static readonly LocalDatePattern s_date = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern s_time = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");
    private static readonly OffsetPattern s_offset = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    /// <summary>The document for <paramref name="draft"/>.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>The Markdown text.</returns>
    public static string Write(NewsletterDraft draft)
    {
        var text = new StringBuilder();
        Line(text, $"# Nieuwsbrief Kindvriendelijke Gemeenten, {s_date.Format(draft.Edition)}");
        Line(text);
        Line(text, $"Nieuws van {s_date.Format(draft.Since)} tot {s_date.Format(draft.Edition)}; bijeenkomsten tot {s_date.Format(draft.Until)}.");

        Section(text, "Bijeenkomsten", draft.Meetings, meeting =>
        {
            Line(text, $"### {meeting.Title}");
            Line(text);
            Line(text, $"{DutchNames.Of(meeting.Kind)}, {Lower(DutchNames.Of(meeting.Format))}.");
            Line(text);
            foreach (var time in meeting.LocalTimes)
            {
                Line(text, $"- {Escape(time.Name)} ({time.Member}): {Format(time.Start)} – {Format(time.End)} {time.TimeZone} (UTC{s_offset.Format(time.Start.Offset)})");
            }
        });

        Section(text, "Goede praktijken", draft.Practices, practice =>
            Line(text, $"- **{Escape(practice.Title)}**, {Escape(practice.Name)} ({practice.Member}), gedeeld op {s_date.Format(practice.SharedOn)}"));

        Section(text, "Nieuwe lokale vraagstukken", draft.Issues, issue =>
        {
            Line(text, $"### {Escape(issue.Title)}");
            Line(text);
            Line(text, $"{Escape(issue.Name)} ({issue.Member}), geopend op {s_date.Format(issue.Opened)}. Id `{issue.Id}`.");
            Line(text);
            Line(text, issue.Matches.Count == 0 ? "Vergelijkbaar bij: nog geen andere gemeente." : "Vergelijkbaar bij:");
            foreach (var match in issue.Matches)
            {
                Line(text, $"- {match.Member}: {Escape(match.Title)} ({Score(match.Score)})");
            }

            Line(text);
            Line(text, issue.Experts.Count == 0 ? "Expertise: nog geen organisatie." : "Expertise:");
            foreach (var expert in issue.Experts)
            {
                Line(text, $"- {Escape(expert.Name)} ({expert.Organisation}, {Score(expert.Score)})");
            }
        });

        Section(text, "Termijnen", draft.Deadlines, deadline =>
            Line(text, $"- {Escape(deadline.Name)} ({deadline.Member}{Phase(deadline.Phase)}): {Lower(DutchNames.Of(deadline.Kind))} uiterlijk {s_date.Format(deadline.On)}{(deadline.Overdue ? ", verlopen" : string.Empty)}"));

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

    private static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    // Keeps a title from starting a heading, list or emphasis of its own.
    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace("#", "\\#", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
