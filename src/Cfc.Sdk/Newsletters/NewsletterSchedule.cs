using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Newsletters;

/// <summary>
/// When the network's newsletter appears: on an anchor date and then every <see cref="Cadence"/> (by default six weeks).
/// </summary>
/// <remarks>
/// <para>
/// Issue <c>n</c> (from 0) appears on the anchor plus <c>n</c> times the cadence, computed from the anchor each time, so a
/// monthly cadence from 31 January gives 29 February (in a leap year), 31 March, 30 April and so on without drifting.
/// There are no issues before the anchor.
/// </para>
/// <para>
/// A schedule always works: the cadence is at most <see cref="MaxCadence"/> (a year: the newsletter appears at least
/// yearly) and the anchor is at most <see cref="MaxAnchor"/>, so the issue after the anchor is in the calendar; the issue
/// after a later date falls beyond it only when that date is within about a year of the calendar's end (9999-12-31).
/// </para>
/// <para>
/// Immutable. Two schedules are equal when anchor and cadence are equal. JSON writes <c>{"anchor", "cadence"}</c> (an ISO date and
/// an ISO period such as <c>P6W</c>) and reads it back through this validation.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class NewsletterSchedule : IEquatable<NewsletterSchedule>
{
    /// <summary>Creates a schedule.</summary>
    /// <param name="anchor">The date of the first issue, at most <see cref="MaxAnchor"/>.</param>
    /// <param name="cadence">
    /// The time between issues, in years, months, weeks and days, at most <see cref="MaxCadence"/>; <see langword="null"/> for six weeks.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="anchor"/> is after <see cref="MaxAnchor"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="cadence"/> is zero, has a time component or a negative part, or is longer than <see cref="MaxCadence"/>
    /// from the anchor (the second issue would be more than a year after the first).
    /// </exception>
    public NewsletterSchedule(LocalDate anchor, Period? cadence = null)
    {
        cadence ??= DefaultCadence;
        if (cadence.HasTimeComponent || cadence.Years < 0 || cadence.Months < 0 || cadence.Weeks < 0 || cadence.Days < 0 || cadence.Equals(Period.Zero))
        {
            throw new ArgumentException($"The cadence {PeriodPattern.Roundtrip.Format(cadence)} is not a positive period of years, months, weeks and days.", nameof(cadence));
        }

        if (anchor > MaxAnchor)
        {
            throw new ArgumentOutOfRangeException(nameof(anchor), LocalDatePattern.Iso.Format(anchor), $"The first issue is at most {LocalDatePattern.Iso.Format(MaxAnchor)}, so that the issues after it are in the calendar.");
        }

        // A cadence whose shortest length is over 366 days is longer than any year; checked first, it keeps the dates compared
        // after it (at most about 400 days after the anchor) in the calendar.
        var shortestDays = (cadence.Years * 365L) + (cadence.Months * 28L) + (cadence.Weeks * 7L) + cadence.Days;
        if (shortestDays > 366 || anchor.Plus(cadence) > anchor.Plus(MaxCadence))
        {
            throw new ArgumentException($"The cadence {PeriodPattern.Roundtrip.Format(cadence)} is longer than a year: the newsletter appears at least yearly.", nameof(cadence));
        }

        Anchor = anchor;
        Cadence = cadence;
    }

    /// <summary>The default cadence: six weeks.</summary>
    public static Period DefaultCadence { get; } = Period.FromWeeks(6);

    /// <summary>The longest cadence: one year, measured from the anchor (so <c>P12M</c> and <c>P52W</c> are within it, <c>P1Y1D</c> is not).</summary>
    public static Period MaxCadence { get; } = Period.FromYears(1);

    /// <summary>The latest anchor: 31 December 9997, two years before the end of the calendar, leaving room for the issue after it.</summary>
    public static LocalDate MaxAnchor { get; } = new(9997, 12, 31);

    /// <summary>The date of the first issue.</summary>
    public LocalDate Anchor { get; }

    /// <summary>The time between issues.</summary>
    public Period Cadence { get; }

    /// <summary>The date of issue <paramref name="number"/>, counting the anchor as issue 0.</summary>
    /// <param name="number">The issue number, from 0.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is negative, or the date is beyond the calendar.</exception>
    public LocalDate IssueDate(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        return IssueDateInCalendar(number)
            ?? throw new ArgumentOutOfRangeException(nameof(number), number, string.Create(CultureInfo.InvariantCulture, $"Issue {number} falls beyond the calendar."));
    }

    /// <summary>The first issue date after <paramref name="date"/> (strictly later).</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The next issue date; the anchor for any date before it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The next issue falls beyond the calendar.</exception>
    public LocalDate NextIssueAfter(LocalDate date)
    {
        var number = FirstIssueNotBefore(date.PlusDays(1));
        return IssueDate(number);
    }

    /// <summary>The last issue date before <paramref name="date"/> (strictly earlier).</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The previous issue date; <see langword="null"/> for the anchor and any date before it.</returns>
    /// <remarks>Computed from the issue numbers, without going through the issues since the anchor.</remarks>
    public LocalDate? PreviousIssueBefore(LocalDate date) => date <= Anchor ? null : IssueDate(FirstIssueNotBefore(date) - 1);

    /// <summary>The issue dates from <paramref name="from"/> to <paramref name="to"/>, both inclusive, in order.</summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date.</param>
    /// <returns>The issue dates in the range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<LocalDate> IssuesBetween(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), LocalDatePattern.Iso.Format(to), $"The range ends before it starts ({LocalDatePattern.Iso.Format(from)}).");
        }

        var dates = ImmutableArray.CreateBuilder<LocalDate>();
        for (var number = FirstIssueNotBefore(from); ; number++)
        {
            if (IssueDateInCalendar(number) is not { } issue || issue > to)
            {
                return dates.ToImmutable();
            }

            dates.Add(issue);
        }
    }

    /// <summary>Whether an issue appears on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> on an issue date.</returns>
    public bool IsIssueDate(LocalDate date) => date >= Anchor && IssueDateInCalendar(FirstIssueNotBefore(date)) == date;

    /// <inheritdoc />
    public bool Equals(NewsletterSchedule? other) => other is not null && Anchor == other.Anchor && Cadence == other.Cadence;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NewsletterSchedule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Anchor, Cadence);

    /// <summary>The schedule as ISO-8601 repeating-interval text: <c>R/2024-01-10/P6W</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"R/{LocalDatePattern.Iso.Format(Anchor)}/{PeriodPattern.Roundtrip.Format(Cadence)}";

    /// <summary>Whether two schedules are equal.</summary>
    public static bool operator ==(NewsletterSchedule? left, NewsletterSchedule? right) => Equals(left, right);

    /// <summary>Whether two schedules differ.</summary>
    public static bool operator !=(NewsletterSchedule? left, NewsletterSchedule? right) => !Equals(left, right);

    private sealed class Converter : StoredFormJsonConverter<NewsletterSchedule, Stored>
    {
        protected override Stored ToStored(NewsletterSchedule value) => new() { Anchor = value.Anchor, Cadence = value.Cadence };

        protected override NewsletterSchedule FromStored(Stored stored) =>
            new(stored.Anchor, stored.Cadence ?? throw new JsonException("A stored newsletter schedule has a cadence."));
    }

    private sealed class Stored
    {
        public required LocalDate Anchor { get; init; }

        public required Period Cadence { get; init; }
    }

    /// <summary>The date of issue <paramref name="number"/> (not negative), or <see langword="null"/> when it falls beyond the calendar.</summary>
    private LocalDate? IssueDateInCalendar(int number)
    {
        try
        {
            var builder = Cadence.ToBuilder();
            builder.Years = checked(Cadence.Years * number);
            builder.Months = checked(Cadence.Months * number);
            builder.Weeks = checked(Cadence.Weeks * number);
            builder.Days = checked(Cadence.Days * number);
            return Anchor.Plus(builder.Build());
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The number of the first issue on or after <paramref name="date"/> (whose date may fall beyond the calendar).</summary>
    private int FirstIssueNotBefore(LocalDate date)
    {
        if (date <= Anchor)
        {
            return 0;
        }

        // Estimate a number that never overshoots (dividing by the longest a cadence of months and years can be), then step up.
        var shortestDays = (Cadence.Years * 365) + (Cadence.Months * 28) + (Cadence.Weeks * 7) + Cadence.Days;
        var number = Cadence.Years == 0 && Cadence.Months == 0
            ? (int)(Period.DaysBetween(Anchor, date) / shortestDays)
            : Math.Max(0, (int)(Period.DaysBetween(Anchor, date) / (shortestDays + (Cadence.Years * 2) + (Cadence.Months * 3))) - 1);
        while (IssueDateInCalendar(number) is { } issue && issue < date)
        {
            number++;
        }

        return number;
    }
}
