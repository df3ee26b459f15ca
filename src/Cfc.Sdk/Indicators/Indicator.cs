using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Languages;
using Cfc.Sdk.Periods;
using Cfc.Sdk.Rights;
using Cfc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

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
/// JSON writes every property (<c>id</c>, <c>names</c> as an object of language to name, <c>unit</c>,
/// <c>polarity</c>, <c>periodKinds</c>, <c>goalArea</c>, <c>concern</c>, <c>articles</c>, <c>disaggregations</c>,
/// <c>source</c>, and <c>snapshotDay</c> as <c>MM-dd</c> when there is one) and reads them back through the
/// constructor, so an invalid definition is a <see cref="JsonException"/>. It also reads the <c>name</c> (Dutch) and
/// <c>englishName</c> that releases before names per language wrote instead of <c>names</c>.
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
        : this(id, DutchAndEnglish(name, englishName), unit, polarity, [periodKind], goalArea, concern, articles, disaggregations, source)
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
        : this(id, DutchAndEnglish(name, englishName), unit, polarity, periodKinds, goalArea, concern, articles, disaggregations, source)
    {
    }

    /// <summary>Creates an indicator definition with its names per language, reported for one or more kinds of period.</summary>
    /// <param name="id">The stable identifier.</param>
    /// <param name="names">The names per language; <see cref="Name"/> is the one in their default language.</param>
    /// <param name="unit">What the values measure.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="periodKinds">The kinds of period figures are reported for; at least one.</param>
    /// <param name="goalArea">The CFCI goal area the indicator informs.</param>
    /// <param name="concern">The network concern the indicator belongs to: a built-in one, or one an application defines in its <see cref="ConcernCatalogue"/>.</param>
    /// <param name="articles">The CRC articles the indicator relates to; at least one.</param>
    /// <param name="disaggregations">The breakdowns figures may have; none when omitted.</param>
    /// <param name="source">Who publishes the figures, e.g. <c>CBS</c>; optional.</param>
    /// <param name="snapshotDay">
    /// The day of the year a snapshot is taken on, such as 1 January for a population count; only with
    /// <see cref="PeriodKind.Snapshot"/> among <paramref name="periodKinds"/>, and not 29 February, which most years lack.
    /// None when omitted: then a snapshot may be of any day.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/>, <paramref name="periodKinds"/> or <paramref name="articles"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is missing, blank or undefined, or the snapshot day does not fit the period kinds; the message names it.</exception>
    public Indicator(
        IndicatorId id,
        LocalizedText names,
        IndicatorUnit unit,
        Polarity polarity,
        IEnumerable<PeriodKind> periodKinds,
        GoalArea goalArea,
        Concern concern,
        IEnumerable<CrcArticle> articles,
        IEnumerable<DisaggregationDimension>? disaggregations = null,
        string? source = null,
        AnnualDate? snapshotDay = null)
    {
        if (id == default)
        {
            throw new ArgumentException("An indicator needs an id.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(periodKinds);
        ArgumentNullException.ThrowIfNull(articles);
        if (!Enum.IsDefined(polarity))
        {
            throw new ArgumentException($"'{polarity}' is not a defined {nameof(Polarity)}.", nameof(polarity));
        }

        if (concern == default)
        {
            throw new ArgumentException("An indicator belongs to a concern.", nameof(concern));
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

        var rules = new IndicatorRules(unit, periodKinds, disaggregations);
        if (snapshotDay is { } day)
        {
            if (!rules.PeriodKinds.Contains(PeriodKind.Snapshot))
            {
                throw new ArgumentException($"Indicator '{id}' has a snapshot day ({AnnualDatePattern.Iso.Format(day)}) but no {nameof(PeriodKind.Snapshot)} among its period kinds.", nameof(snapshotDay));
            }

            if (day is { Month: 2, Day: 29 })
            {
                throw new ArgumentException($"Indicator '{id}' cannot be measured on 29 February: most years have no such day.", nameof(snapshotDay));
            }
        }

        Id = id;
        Names = names;
        Rules = rules;
        SnapshotDay = snapshotDay;
        Polarity = polarity;
        GoalArea = goalArea;
        Concern = concern;
        _articles = [.. articleList];
        Source = string.IsNullOrWhiteSpace(source) ? null : source;
    }

    /// <summary>The stable identifier, e.g. <c>poverty.low-income-minors</c>.</summary>
    public IndicatorId Id { get; }

    /// <summary>The names per language.</summary>
    public LocalizedText Names { get; }

    /// <summary>The name in the default language of <see cref="Names"/>: Dutch for the built-in catalogue and for an indicator made with a Dutch and an English name.</summary>
    public string Name => Names.Default;

    /// <summary>The name in English: <see cref="Names"/> for <c>en</c>, which falls back to the default language when there is no English name.</summary>
    public string EnglishName => Names.For("en");

    /// <summary>
    /// The day of the year a snapshot of this indicator is taken on, such as 1 January for a population count, or
    /// <see langword="null"/> when a snapshot may be of any day (or the indicator has no snapshots).
    /// </summary>
    public AnnualDate? SnapshotDay { get; }

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
    /// <returns><see langword="true"/> when the period's kind is one of <see cref="PeriodKinds"/> and a snapshot is of the <see cref="SnapshotDay"/>, when there is one.</returns>
    public bool Accepts(ReportingPeriod period) => Rules.Accepts(period) && IsOnSnapshotDay(period);

    /// <summary>Throws when <paramref name="period"/> is a snapshot of another day than <see cref="SnapshotDay"/>.</summary>
    /// <exception cref="ArgumentException">The snapshot is of another day; the message names the day it should be.</exception>
    internal void CheckSnapshotDay(ReportingPeriod period, string paramName)
    {
        if (!IsOnSnapshotDay(period))
        {
            throw new ArgumentException($"Indicator '{Id}' is measured on {SnapshotDayText(SnapshotDay!.Value)} of each year; the snapshot '{period}' is of another day.", paramName);
        }
    }

    private bool IsOnSnapshotDay(ReportingPeriod period) =>
        period.Kind != PeriodKind.Snapshot || SnapshotDay is not { } day || day.InYear(period.Start.Year) == period.Start;

    private static string SnapshotDayText(AnnualDate day) =>
        new LocalDate(2001, day.Month, day.Day).ToString("d MMMM", System.Globalization.CultureInfo.InvariantCulture);

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

    private static LocalizedText DutchAndEnglish(string name, string englishName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        return new LocalizedText("nl", name).With("en", englishName);
    }

    private sealed record Stored(
        IndicatorId Id,
        LocalizedText? Names,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EnglishName,
        IndicatorUnit Unit,
        Polarity Polarity,
        ImmutableArray<PeriodKind>? PeriodKinds,
        GoalArea GoalArea,
        Concern Concern,
        ImmutableArray<CrcArticle>? Articles,
        ImmutableArray<DisaggregationDimension>? Disaggregations,
        string? Source,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SnapshotDay);

    private sealed class Converter : StoredFormJsonConverter<Indicator, Stored>
    {
        protected override Stored ToStored(Indicator value) =>
            new(value.Id, value.Names, null, null, value.Unit, value.Polarity, [.. value.PeriodKinds], value.GoalArea, value.Concern,
                value._articles, [.. value.Disaggregations], value.Source, value.SnapshotDay is { } day ? AnnualDatePattern.Iso.Format(day) : null);

        protected override Indicator FromStored(Stored stored) =>
            new(stored.Id, NamesOf(stored), stored.Unit, stored.Polarity, stored.PeriodKinds ?? [], stored.GoalArea, stored.Concern,
                stored.Articles ?? [], stored.Disaggregations ?? [], stored.Source, SnapshotDayOf(stored.SnapshotDay));

        private static LocalizedText NamesOf(Stored stored) => stored switch
        {
            { Names: { } names, Name: null, EnglishName: null } => names,
            { Names: null } => DutchAndEnglish(stored.Name!, stored.EnglishName!),
            _ => throw new ArgumentException("An indicator gives its names per language in 'names', or the Dutch 'name' and 'englishName' of earlier releases, not both."),
        };

        private static AnnualDate? SnapshotDayOf(string? text) =>
            text is null ? null
            : AnnualDatePattern.Iso.Parse(text) is { Success: true } day ? day.Value
            : throw new FormatException($"The snapshot day '{text}' is not a day of the year written as MM-dd, such as '01-01' or '12-31'.");
    }
}
