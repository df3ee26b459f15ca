using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;

namespace Cfc.Sdk.Indicators;

/// <summary>
/// The definition of a children's-rights indicator: what is measured, in which unit, which direction
/// is better, per which kinds of period, for which goal area and CRC articles, and which breakdowns
/// its figures may have.
/// </summary>
/// <remarks>
/// <para>
/// An indicator is identified by its <see cref="Id"/>: two definitions are equal when their ids are
/// equal, and a catalogue holds one definition per id.
/// </para>
/// <para>
/// JSON writes every property (<c>id</c>, <c>name</c>, <c>englishName</c>, <c>unit</c>, <c>polarity</c>,
/// <c>periodKinds</c>, <c>goalArea</c>, <c>concern</c>, <c>articles</c>, <c>disaggregations</c>,
/// <c>source</c>) and reads them back through the constructor, so an invalid definition is a
/// <see cref="JsonException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class Indicator : IEquatable<Indicator>
{
    private readonly ImmutableArray<CrcArticle> _articles;

    /// <summary>Creates an indicator definition reported for one kind of period.</summary>
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
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="englishName"/> or <paramref name="articles"/> is <see langword="null"/>.</exception>
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
        : this(id, name, englishName, unit, polarity, [periodKind], goalArea, concern, articles, disaggregations, source)
    {
    }

    /// <summary>Creates an indicator definition reported for one or more kinds of period, such as per half-year and per year.</summary>
    /// <param name="id">The stable identifier.</param>
    /// <param name="name">The name in Dutch, as Dutch sources publish it.</param>
    /// <param name="englishName">The name in English.</param>
    /// <param name="unit">What the values measure.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="periodKinds">The kinds of period figures are reported for; at least one.</param>
    /// <param name="goalArea">The CFCI goal area the indicator informs.</param>
    /// <param name="concern">The network concern the indicator belongs to.</param>
    /// <param name="articles">The CRC articles the indicator relates to; at least one.</param>
    /// <param name="disaggregations">The breakdowns figures may have; none when omitted.</param>
    /// <param name="source">Who publishes the figures, e.g. <c>CBS</c>; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="englishName"/>, <paramref name="periodKinds"/> or <paramref name="articles"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is missing, blank or undefined; the message names it.</exception>
    public Indicator(
        IndicatorId id,
        string name,
        string englishName,
        IndicatorUnit unit,
        Polarity polarity,
        IEnumerable<PeriodKind> periodKinds,
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
        ArgumentNullException.ThrowIfNull(periodKinds);
        ArgumentNullException.ThrowIfNull(articles);
        if (!Enum.IsDefined(polarity))
        {
            throw new ArgumentException($"'{polarity}' is not a defined {nameof(Polarity)}.", nameof(polarity));
        }

        if (!Enum.IsDefined(concern))
        {
            throw new ArgumentException($"'{concern}' is not a defined {nameof(Concern)}.", nameof(concern));
        }

        if (!GoalAreas.IsDefined(goalArea))
        {
            throw new ArgumentException($"'{goalArea}' is not a CFCI goal area.", nameof(goalArea));
        }

        var articleList = ArticleList.Normalise(articles, nameof(articles));
        if (articleList.Count == 0)
        {
            throw new ArgumentException("An indicator relates to at least one CRC article.", nameof(articles));
        }

        Id = id;
        Name = name;
        EnglishName = englishName;
        Rules = new IndicatorRules(unit, periodKinds, disaggregations);
        Polarity = polarity;
        GoalArea = goalArea;
        Concern = concern;
        _articles = [.. articleList];
        Source = string.IsNullOrWhiteSpace(source) ? null : source;
    }

    /// <summary>The stable identifier, e.g. <c>poverty.low-income-minors</c>.</summary>
    public IndicatorId Id { get; }

    /// <summary>The name in Dutch.</summary>
    public string Name { get; }

    /// <summary>The name in English.</summary>
    public string EnglishName { get; }

    /// <summary>What makes a figure valid for this indicator: unit, period kinds and breakdowns.</summary>
    public IndicatorRules Rules { get; }

    /// <summary>What the values measure.</summary>
    public IndicatorUnit Unit => Rules.Unit;

    /// <summary>Which direction is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>The kinds of period figures are reported for, in enum order; an observation's period must be of one of them.</summary>
    public IReadOnlyList<PeriodKind> PeriodKinds => Rules.PeriodKinds;

    /// <summary>The CFCI goal area the indicator informs.</summary>
    public GoalArea GoalArea { get; }

    /// <summary>The network concern the indicator belongs to.</summary>
    public Concern Concern { get; }

    /// <summary>The CRC articles the indicator relates to, in article order.</summary>
    public IReadOnlyList<CrcArticle> Articles => _articles;

    /// <summary>The breakdowns figures may have, besides the total, in enum order.</summary>
    public IReadOnlyList<DisaggregationDimension> Disaggregations => Rules.Disaggregations;

    /// <summary>Who publishes the figures, or <see langword="null"/> when not stated.</summary>
    public string? Source { get; }

    /// <summary>Whether <paramref name="value"/> is a valid value in this indicator's <see cref="Unit"/>.</summary>
    /// <param name="value">The value to check.</param>
    /// <returns><see langword="true"/> when the value is valid.</returns>
    public bool Accepts(double value) => Rules.Accepts(value);

    /// <summary>Whether figures of this indicator may be reported for <paramref name="period"/>.</summary>
    /// <param name="period">The period to check.</param>
    /// <returns><see langword="true"/> when the period's kind is one of <see cref="PeriodKinds"/>.</returns>
    public bool Accepts(ReportingPeriod period) => Rules.Accepts(period);

    /// <summary>Throws when <paramref name="value"/> is not valid in this indicator's unit.</summary>
    /// <exception cref="ArgumentException">The value is invalid; the message says why.</exception>
    internal void CheckValue(double value, string paramName) => Rules.CheckValue(Id, value, paramName);

    /// <summary>Brings a projected value within the unit's range.</summary>
    internal double Clamp(double value) => Rules.Clamp(value);

    /// <inheritdoc />
    public bool Equals(Indicator? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Indicator);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>The indicator's id.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Id.ToString();

    private sealed record Stored(
        IndicatorId Id,
        string? Name,
        string? EnglishName,
        IndicatorUnit Unit,
        Polarity Polarity,
        ImmutableArray<PeriodKind>? PeriodKinds,
        GoalArea GoalArea,
        Concern Concern,
        ImmutableArray<CrcArticle>? Articles,
        ImmutableArray<DisaggregationDimension>? Disaggregations,
        string? Source);

    private sealed class Converter : StoredFormJsonConverter<Indicator, Stored>
    {
        protected override Stored ToStored(Indicator value) =>
            new(value.Id, value.Name, value.EnglishName, value.Unit, value.Polarity, [.. value.PeriodKinds], value.GoalArea, value.Concern,
                value._articles, [.. value.Disaggregations], value.Source);

        protected override Indicator FromStored(Stored stored) =>
            new(stored.Id, stored.Name!, stored.EnglishName!, stored.Unit, stored.Polarity, stored.PeriodKinds ?? [], stored.GoalArea, stored.Concern,
                stored.Articles ?? [], stored.Disaggregations ?? [], stored.Source);
    }
}
