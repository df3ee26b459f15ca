using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Indicators;

/// <summary>
/// The definition of a children's-rights indicator: what is measured, in which unit, which direction
/// is better, per which kind of period, for which goal area and CRC articles, and which breakdowns
/// its figures may have.
/// </summary>
/// <remarks>
/// An indicator is identified by its <see cref="Id"/>: two definitions are equal when their ids are
/// equal, and a catalogue holds one definition per id.
/// </remarks>
public sealed class Indicator : IEquatable<Indicator>
{
    /// <summary>Creates an indicator definition.</summary>
    /// <param name="id">The stable identifier.</param>
    /// <param name="name">The name in Dutch, as Dutch sources publish it.</param>
    /// <param name="englishName">The name in English.</param>
    /// <param name="unit">What the values measure.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="periodKind">The kind of period figures are reported for.</param>
    /// <param name="goalArea">The CFCI goal area the indicator informs.</param>
    /// <param name="concern">The network concern the indicator belongs to.</param>
    /// <param name="articles">The CRC articles the indicator relates to; at least one.</param>
    /// <param name="disaggregations">The breakdowns figures may have; none when omitted.</param>
    /// <param name="source">Who publishes the figures, e.g. <c>CBS</c>; optional.</param>
    /// <exception cref="ArgumentException">An argument is missing, blank or undefined; the message names it.</exception>
    public Indicator(
        IndicatorId id,
        string name,
        string englishName,
        IndicatorUnit unit,
        Polarity polarity,
        PeriodKind periodKind,
        GoalArea goalArea,
        Concern concern,
        IEnumerable<CrcArticle> articles,
        IEnumerable<DisaggregationDimension>? disaggregations = null,
        string? source = null)
    {
        if (id == default)
        {
            throw new ArgumentException("An indicator needs an id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        ArgumentNullException.ThrowIfNull(articles);
        CheckDefined(unit, nameof(unit));
        CheckDefined(polarity, nameof(polarity));
        CheckDefined(periodKind, nameof(periodKind));
        CheckDefined(concern, nameof(concern));
        if (!GoalAreas.IsDefined(goalArea))
        {
            throw new ArgumentException($"'{goalArea}' is not a CFCI goal area.", nameof(goalArea));
        }

        var articleList = ArticleList.Normalise(articles, nameof(articles));
        if (articleList.Count == 0)
        {
            throw new ArgumentException("An indicator relates to at least one CRC article.", nameof(articles));
        }

        var dimensionList = (disaggregations ?? []).Distinct().Order().ToArray();
        foreach (var dimension in dimensionList)
        {
            CheckDefined(dimension, nameof(disaggregations));
        }

        Id = id;
        Name = name;
        EnglishName = englishName;
        Unit = unit;
        Polarity = polarity;
        PeriodKind = periodKind;
        GoalArea = goalArea;
        Concern = concern;
        Articles = articleList;
        Disaggregations = dimensionList;
        Source = string.IsNullOrWhiteSpace(source) ? null : source;
    }

    /// <summary>The stable identifier, e.g. <c>poverty.low-income-minors</c>.</summary>
    public IndicatorId Id { get; }

    /// <summary>The name in Dutch.</summary>
    public string Name { get; }

    /// <summary>The name in English.</summary>
    public string EnglishName { get; }

    /// <summary>What the values measure.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>Which direction is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>The kind of period figures are reported for; an observation's period must be of this kind.</summary>
    public PeriodKind PeriodKind { get; }

    /// <summary>The CFCI goal area the indicator informs.</summary>
    public GoalArea GoalArea { get; }

    /// <summary>The network concern the indicator belongs to.</summary>
    public Concern Concern { get; }

    /// <summary>The CRC articles the indicator relates to, in article order.</summary>
    public IReadOnlyList<CrcArticle> Articles { get; }

    /// <summary>The breakdowns figures may have, besides the total.</summary>
    public IReadOnlyList<DisaggregationDimension> Disaggregations { get; }

    /// <summary>Who publishes the figures, or <see langword="null"/> when not stated.</summary>
    public string? Source { get; }

    /// <summary>Whether <paramref name="value"/> is a valid value in this indicator's <see cref="Unit"/>.</summary>
    /// <param name="value">The value to check.</param>
    /// <returns><see langword="true"/> when the value is valid.</returns>
    public bool Accepts(double value) => ValueProblem(value) is null;

    /// <summary>Throws when <paramref name="value"/> is not valid in this indicator's unit.</summary>
    /// <exception cref="ArgumentException">The value is invalid; the message says why.</exception>
    internal void CheckValue(double value, string paramName)
    {
        if (ValueProblem(value) is { } problem)
        {
            throw new ArgumentException(problem, paramName);
        }
    }

    /// <summary>Brings a projected value within the unit's range (0–100 for a percentage, 0–1 for yes/no, at least 0 otherwise).</summary>
    internal double Clamp(double value) => Unit switch
    {
        IndicatorUnit.Percent => Math.Clamp(value, 0, 100),
        IndicatorUnit.YesNo => Math.Clamp(value, 0, 1),
        _ => Math.Max(value, 0),
    };

    private string? ValueProblem(double value)
    {
        if (!double.IsFinite(value))
        {
            return $"A value of indicator '{Id}' must be a finite number, not {value}.";
        }

        return Unit switch
        {
            IndicatorUnit.Percent when value is < 0 or > 100 => $"Indicator '{Id}' is a percentage: the value must be from 0 to 100, not {value}.",
            IndicatorUnit.Count when value < 0 || value != Math.Floor(value) => $"Indicator '{Id}' is a count: the value must be a whole number of at least 0, not {value}.",
            IndicatorUnit.Rate when value < 0 => $"Indicator '{Id}' is a rate: the value must be at least 0, not {value}.",
            IndicatorUnit.YesNo when value is not (0 or 1) => $"Indicator '{Id}' is yes/no: the value must be 1 (yes) or 0 (no), not {value}.",
            _ => null,
        };
    }

    /// <inheritdoc />
    public bool Equals(Indicator? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Indicator);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>The indicator's id.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Id.ToString();

    private static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentException($"'{value}' is not a defined {typeof(TEnum).Name}.", paramName);
        }
    }
}
