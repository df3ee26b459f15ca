using System.Globalization;
using Cfc.Sdk.Indicators;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sample.Host.Pages;

/// <summary>Dates, times and numbers as the page's culture writes them.</summary>
internal static class PageFormat
{
    /// <summary>A date in words: <c>30 november 2023</c>, <c>30 November 2023</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A day of the year in the page's language, such as <c>1 januari</c>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The day and month.</returns>
    public static string DayOfYear(AnnualDate day) => new LocalDate(2001, day.Month, day.Day).ToString("d MMMM", CultureInfo.CurrentCulture);

    /// <summary>A short date: <c>30-11-2023</c>, <c>11/30/2023</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string ShortDate(LocalDate date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The ISO form of a date, for machine-readable attributes (<c>datetime</c>, a date picker's value).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A local date and time with its zone's offset: <c>2 april 2026 15:00 (+02)</c>.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The text.</returns>
    public static string DateTime(OffsetDateTime time) =>
        string.Concat(time.ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture), " (UTC", time.Offset.ToString("m", CultureInfo.InvariantCulture), ")");

    /// <summary>A number with the decimals its size needs, in the page's culture: <c>9,8</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 100 || value == Math.Round(value) ? "N0" : "N1", CultureInfo.CurrentCulture);

    /// <summary>A number with its unit: <c>9,8%</c>, <c>15</c>; a yes/no is a word of the page's texts instead.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The indicator's unit.</param>
    /// <returns>The text.</returns>
    public static string Value(double value, IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => Number(value) + "%",
        _ => Number(value),
    };

    /// <summary>A language's name in the page's language (<c>Spaans</c>, <c>Spanish</c>); the tag itself for a language the pages have no name for.</summary>
    /// <param name="text">The pages' texts.</param>
    /// <param name="language">A BCP 47 language tag such as <c>es</c>.</param>
    /// <returns>The name.</returns>
    public static string LanguageName(IStringLocalizer<Text> text, string language) =>
        text[$"Language.{language}"] is { ResourceNotFound: false } name ? name.Value : language;

    /// <summary>Whether a text in <paramref name="language"/> is in another language than the page's.</summary>
    /// <param name="language">A BCP 47 language tag such as <c>es</c>.</param>
    /// <returns><see langword="true"/> when the page's culture is of another language.</returns>
    public static bool IsForeign(string language) =>
        !string.Equals(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, language, StringComparison.OrdinalIgnoreCase)
        && !string.Equals(CultureInfo.CurrentUICulture.ThreeLetterISOLanguageName, language, StringComparison.OrdinalIgnoreCase);
}
