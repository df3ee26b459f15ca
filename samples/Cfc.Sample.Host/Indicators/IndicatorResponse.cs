using Cfc.Sdk.Indicators;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;

namespace Cfc.Sample.Host.Indicators;

/// <summary>
/// An indicator of the catalogue: <c>{"id","name","unit","polarity","periodKind","goalArea","articles"}</c>, and, added
/// to the contract, <c>englishName</c> and <c>periodKinds</c> (every kind it accepts; <c>periodKind</c> is the first).
/// </summary>
/// <param name="Id">The stable id, such as <c>poverty.low-income-minors</c>.</param>
/// <param name="Name">The Dutch name.</param>
/// <param name="EnglishName">The English name.</param>
/// <param name="Unit">The unit of its values.</param>
/// <param name="Polarity">Whether higher values are better or worse.</param>
/// <param name="PeriodKind">The kind of period it is reported for (the first of <paramref name="PeriodKinds"/>).</param>
/// <param name="PeriodKinds">Every kind of period it accepts.</param>
/// <param name="GoalArea">The goal area it belongs to.</param>
/// <param name="Articles">The CRC articles it concerns, by number.</param>
internal sealed record IndicatorResponse(
    string Id,
    string Name,
    string EnglishName,
    IndicatorUnit Unit,
    Polarity Polarity,
    PeriodKind PeriodKind,
    IReadOnlyList<PeriodKind> PeriodKinds,
    GoalArea GoalArea,
    IReadOnlyList<CrcArticle> Articles)
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
        indicator.Articles);
}
