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
/// Immutable. Two schedules are equal when anchor and cadence are equal. JSON writes <c>{"anchor", "cadence"}</c> (an ISO date and
/// an ISO period such as <c>P6W</c>) and reads it back through this validation.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class NewsletterSchedule : IEquatable<NewsletterSchedule>
{
    /// <summary>Creates a schedule.</summary>
    /// <param name="anchor">The date of the first issue.</param>
    /// <param name="cadence">The time between issues, in years, months, weeks and days; <see langword="null"/> for six weeks.</param>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is zero, has a time component or a negative part.</exception>
    public NewsletterSchedule(LocalDate anchor, Period? cadence = null)
    {
        cadence ??= DefaultCadence;
        if (cadence.HasTimeComponent || cadence.Years < 0 || cadence.Months < 0 || cadence.Weeks < 0 || cadence.Days < 0 || cadence.Equals(Period.Zero))
        {
            throw new ArgumentException($"The cadence {PeriodPattern.Roundtrip.Format(cadence)} is not a positive period of years, months, weeks and days.", nameof(cadence));
        }

        Anchor = anchor;
        Cadence = cadence;
    }

    /// <summary>The default cadence: six weeks.</summary>
    public static Period DefaultCadence { get; } = Period.FromWeeks(6);

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
            throw new ArgumentOutOfRangeException(nameof(number), number, string.Create(CultureInfo.InvariantCulture, $"Issue {number} falls beyond the calendar."));
        }
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
            var issue = IssueDate(number);
            if (issue > to)
            {
                return dates.ToImmutable();
            }

            dates.Add(issue);
        }
    }

    /// <summary>Whether an issue appears on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> on an issue date.</returns>
    public bool IsIssueDate(LocalDate date) => date >= Anchor && IssueDate(FirstIssueNotBefore(date)) == date;

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

    /// <summary>The number of the first issue on or after <paramref name="date"/>.</summary>
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
        while (IssueDate(number) < date)
        {
            number++;
        }

        return number;
    }
}
