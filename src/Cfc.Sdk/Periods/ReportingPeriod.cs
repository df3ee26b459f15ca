using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Periods;

/// <summary>
/// The period a figure is reported for: a calendar year, a school year (1 August to 31 July),
/// a half-year, a snapshot date, a survey wave or an education year (1 October to 30 September),
/// as a NodaTime <see cref="DateInterval"/>.
/// </summary>
/// <remarks>
/// <para>
/// Text forms, which <see cref="ToString"/> writes and <see cref="Parse"/> reads back:
/// <c>2023</c>, <c>2023/2024</c>, <c>2023-H1</c>, <c>2023-12-31</c>, <c>2023-wave</c>, <c>2023-10/2024-09</c>.
/// <see cref="Parse"/> also reads the school-year forms <c>2023/'24</c> (as CBS writes it) and <c>2023/24</c>.
/// Years run from 1000 to 9998.
/// </para>
/// <para>
/// Two periods are equal when they have the same kind and the same dates. Periods order by start
/// date, then end date, then kind. The default value is not a valid period: its <see cref="Kind"/> is 0,
/// its dates are <see cref="LocalDate"/>'s default and its text is the empty string.
/// JSON writes the text form; JSON reads the empty string back as the default value (which every type
/// that holds a period then refuses), so the default round-trips too.
/// </para>
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<ReportingPeriod>))]
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IParsable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    /// <summary>The earliest year a period may fall in.</summary>
    public const int MinYear = 1000;

    /// <summary>The latest year a period may start in.</summary>
    public const int MaxYear = 9998;

    private ReportingPeriod(PeriodKind kind, LocalDate start, LocalDate end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    /// <summary>The kind of period.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the period (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>The period's days as a NodaTime interval, both ends inclusive.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>The middle day of the period (the earlier of two for an even number of days).</summary>
    public LocalDate Midpoint => Start.PlusDays((Period.DaysBetween(Start, End)) / 2);

    /// <summary>The calendar year <paramref name="year"/>, 1 January to 31 December.</summary>
    /// <param name="year">The year, 1000 to 9998.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ReportingPeriod CalendarYear(int year)
    {
        CheckYear(year);
        return new(PeriodKind.CalendarYear, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>The school year that starts on 1 August of <paramref name="startYear"/> and ends on 31 July of the next year.</summary>
    /// <param name="startYear">The year the school year starts, 1000 to 9998.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is out of range.</exception>
    public static ReportingPeriod SchoolYear(int startYear)
    {
        CheckYear(startYear, nameof(startYear));
        return new(PeriodKind.SchoolYear, new LocalDate(startYear, 8, 1), new LocalDate(startYear + 1, 7, 31));
    }

    /// <summary>The school year that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The school year from 1 August to 31 July around <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The school year would be out of range.</exception>
    public static ReportingPeriod SchoolYearContaining(LocalDate date) =>
        SchoolYear(date.Month >= 8 ? date.Year : date.Year - 1);

    /// <summary>The first (January–June) or second (July–December) half of <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1000 to 9998.</param>
    /// <param name="half">1 or 2.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="half"/> is out of range.</exception>
    public static ReportingPeriod HalfYear(int year, int half)
    {
        CheckYear(year);
        return half switch
        {
            1 => new(PeriodKind.HalfYear, new LocalDate(year, 1, 1), new LocalDate(year, 6, 30)),
            2 => new(PeriodKind.HalfYear, new LocalDate(year, 7, 1), new LocalDate(year, 12, 31)),
            _ => throw new ArgumentOutOfRangeException(nameof(half), half, "A half-year is 1 (January–June) or 2 (July–December)."),
        };
    }

    /// <summary>A snapshot on <paramref name="date"/>, such as a count on 31 December.</summary>
    /// <param name="date">The date of the snapshot.</param>
    /// <returns>The one-day period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is out of range.</exception>
    public static ReportingPeriod Snapshot(LocalDate date)
    {
        if (date.Year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"A reporting period must fall in the years {MinYear} to {MaxYear}.");
        }

        return new(PeriodKind.Snapshot, date, date);
    }

    /// <summary>The survey wave whose fieldwork took place in <paramref name="year"/>, covering its fieldwork window of 1 October to 30 November.</summary>
    /// <param name="year">The fieldwork year, 1000 to 9998.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ReportingPeriod SurveyWave(int year)
    {
        CheckYear(year);
        return new(PeriodKind.SurveyWave, new LocalDate(year, 10, 1), new LocalDate(year, 11, 30));
    }

    /// <summary>
    /// The education year that starts on 1 October of <paramref name="startYear"/> (the registers' count date)
    /// and ends on 30 September of the next year.
    /// </summary>
    /// <param name="startYear">The year the education year starts, 1000 to 9998.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is out of range.</exception>
    public static ReportingPeriod EducationYear(int startYear)
    {
        CheckYear(startYear, nameof(startYear));
        return new(PeriodKind.EducationYear, new LocalDate(startYear, 10, 1), new LocalDate(startYear + 1, 9, 30));
    }

    /// <summary>The education year (1 October to 30 September) that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The education year around <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The education year would be out of range.</exception>
    public static ReportingPeriod EducationYearContaining(LocalDate date) =>
        EducationYear(date.Month >= 10 ? date.Year : date.Year - 1);

    /// <summary>Parses a period in one of the text forms (see the type's remarks).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is no period; the message names the forms accepted.</exception>
    public static ReportingPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, out var period, out var error) ? period : throw new FormatException(error);
    }

    /// <summary>Tries to parse a period in one of the text forms (see the type's remarks).</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="period">The period, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportingPeriod period) => TryParseCore(text, out period, out _);

    private static bool TryParseCore(string? text, out ReportingPeriod period, [NotNullWhen(false)] out string? error)
    {
        period = default;
        error = null;
        if (text is null || text.Length < 4 || !TryYear(text.AsSpan(0, 4), out var year))
        {
            error = Malformed(text);
            return false;
        }

        var rest = text.AsSpan(4);
        if (rest.IsEmpty)
        {
            period = CalendarYear(year);
            return true;
        }

        if (rest[0] == '/')
        {
            return TryParseSchoolYear(text, year, rest[1..], out period, out error);
        }

        if (rest is "-H1" or "-H2")
        {
            period = HalfYear(year, rest[2] - '0');
            return true;
        }

        if (rest is "-wave")
        {
            period = SurveyWave(year);
            return true;
        }

        if (rest.StartsWith("-10/"))
        {
            return TryParseEducationYear(text, year, rest[4..], out period, out error);
        }

        var date = LocalDatePattern.Iso.Parse(text);
        if (rest.Length == 6 && date.Success)
        {
            period = Snapshot(date.Value);
            return true;
        }

        error = Malformed(text);
        return false;
    }

    private static bool TryParseSchoolYear(string text, int year, ReadOnlySpan<char> end, out ReportingPeriod period, [NotNullWhen(false)] out string? error)
    {
        period = default;
        error = null;
        var next = year + 1;
        bool matches = end.Length switch
        {
            4 => TryEndYear(end, out var full) && full == next,
            3 => end[0] == '\'' && TryTwoDigits(end[1..], out var shortYear) && shortYear == next % 100,
            2 => TryTwoDigits(end, out var shortYear) && shortYear == next % 100,
            _ => false,
        };
        if (!matches)
        {
            error = $"'{text}' is not a school year: a school year runs from 1 August to 31 July of the next year, written '{year}/{next}' (or '{year}/'{next % 100:D2}').";
            return false;
        }

        period = SchoolYear(year);
        return true;
    }

    private static bool TryParseEducationYear(string text, int year, ReadOnlySpan<char> end, out ReportingPeriod period, [NotNullWhen(false)] out string? error)
    {
        period = default;
        error = null;
        var next = year + 1;
        if (end.Length != 7 || !end.EndsWith("-09") || !TryEndYear(end[..4], out var endYear) || endYear != next)
        {
            error = $"'{text}' is not an education year: an education year runs from 1 October to 30 September of the next year, written '{year}-10/{next}-09'.";
            return false;
        }

        period = EducationYear(year);
        return true;
    }

    private static bool TryYear(ReadOnlySpan<char> digits, out int year) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= MinYear and <= MaxYear;

    /// <summary>The year a school or education year ends in: up to one past <see cref="MaxYear"/>, as <c>9998/9999</c> is valid.</summary>
    private static bool TryEndYear(ReadOnlySpan<char> digits, out int year) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is > MinYear and <= MaxYear + 1;

    private static bool TryTwoDigits(ReadOnlySpan<char> digits, out int value) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value) && digits.Length == 2;

    private static string Malformed(string? text) =>
        $"'{text}' is not a reporting period: expected a calendar year '2023', a school year '2023/2024' or '2023/'24', a half-year '2023-H1', a snapshot date '2023-12-31', a survey wave '2023-wave' or an education year '2023-10/2024-09'.";

    private static void CheckYear(int year, string paramName = "year")
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(paramName, year, $"A reporting period must fall in the years {MinYear} to {MaxYear}.");
        }
    }

    /// <summary>Whether <paramref name="date"/> falls within the period.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <inheritdoc />
    static ReportingPeriod IParsable<ReportingPeriod>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<ReportingPeriod>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportingPeriod result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => Kind == other.Kind && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Start, End);

    /// <summary>Orders by start date, then end date, then kind.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>Negative, zero or positive as this period sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ReportingPeriod other)
    {
        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : Kind.CompareTo(other.Kind);
    }

    /// <summary>The period's canonical text form, e.g. <c>2023/2024</c>; an empty string for the default value.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => Kind switch
    {
        PeriodKind.CalendarYear => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodKind.SchoolYear => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}/{End.Year:D4}"),
        PeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-H{(Start.Month == 1 ? 1 : 2)}"),
        PeriodKind.Snapshot => LocalDatePattern.Iso.Format(Start),
        PeriodKind.SurveyWave => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-wave"),
        PeriodKind.EducationYear => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-10/{End.Year:D4}-09"),
        _ => string.Empty,
    };

    /// <summary>Whether two periods are equal.</summary>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;
}
