using Cfc.Sdk.Indicators;
using Cfc.Sdk.Languages;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;
using NodaTime.Text;

namespace Cfc.Sample.Host.Indicators;

/// <summary>
/// An indicator of the catalogue: <c>{"id","name","unit","polarity","periodKind","goalArea","articles"}</c>, and, added
/// to the contract, <c>englishName</c>, <c>periodKinds</c> (every kind it accepts; <c>periodKind</c> is the first),
/// <c>names</c> (every language's name), <c>concern</c> and <c>snapshotDay</c>.
/// </summary>
/// <param name="Id">The stable id, such as <c>poverty.low-income-minors</c>.</param>
/// <param name="Name">The name in the default language of its names: Dutch for the built-in catalogue.</param>
/// <param name="EnglishName">The English name (the default language's when it has none).</param>
/// <param name="Unit">The unit of its values.</param>
/// <param name="Polarity">Whether higher values are better or worse.</param>
/// <param name="PeriodKind">The kind of period it is reported for (the first of <paramref name="PeriodKinds"/>).</param>
/// <param name="PeriodKinds">Every kind of period it accepts.</param>
/// <param name="GoalArea">The goal area it belongs to.</param>
/// <param name="Articles">The CRC articles it concerns, by number.</param>
/// <param name="Names">Its name per BCP 47 language tag, the default language first: <c>{"nl": "…", "en": "…"}</c>.</param>
/// <param name="Concern">The code of the network concern it belongs to, such as <c>Poverty</c>.</param>
/// <param name="SnapshotDay">The day of the year its snapshots are of, <c>MM-dd</c> (<c>01-01</c>); <see langword="null"/> when any day.</param>
internal sealed record IndicatorResponse(
    string Id,
    string Name,
    string EnglishName,
    IndicatorUnit Unit,
    Polarity Polarity,
    PeriodKind PeriodKind,
    IReadOnlyList<PeriodKind> PeriodKinds,
    GoalArea GoalArea,
    IReadOnlyList<CrcArticle> Articles,
    IReadOnlyDictionary<string, string> Names,
    string Concern,
    string? SnapshotDay)
{
    /// <summary>The response for <paramref name="indicator"/>.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The response.</returns>
    public static IndicatorResponse From(Indicator indicator) => new(
        indicator.Id.ToString(),
        indicator.Name,
        indicator.EnglishName,
        indicator.Unit,
        indicator.Polarity,
        indicator.PeriodKinds[0],
        indicator.PeriodKinds,
        indicator.GoalArea,
        indicator.Articles,
        ByLanguage(indicator.Names),
        indicator.Concern.Code,
        SnapshotDayText(indicator));

    /// <summary>A text's languages and texts, in its order (the default language first), as a plain JSON object.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text per BCP 47 tag.</returns>
    public static IReadOnlyDictionary<string, string> ByLanguage(LocalizedText text) =>
        new OrderedDictionary<string, string>(text.Languages.Select(language => KeyValuePair.Create(language, text.For(language))), StringComparer.OrdinalIgnoreCase);

    /// <summary>The day of the year <paramref name="indicator"/>'s snapshots are of, as <c>MM-dd</c>, or <see langword="null"/>.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The text, or <see langword="null"/> when its snapshots may be of any day.</returns>
    public static string? SnapshotDayText(Indicator indicator) =>
        indicator.SnapshotDay is { } day ? AnnualDatePattern.Iso.Format(day) : null;
}
