using System.Globalization;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using CsvHelper;

namespace Cfc.Sdk.Exchange;

/// <summary>
/// One indicator's figures as an Open SDG data file: the columns <c>Year</c>, one per breakdown dimension of the
/// indicator (<c>Age</c>, <c>Sex</c>), <c>Units</c>, <c>GeoCode</c> (the member code) and <c>Value</c>; a total's
/// breakdown columns are empty, as Open SDG marks its headline series.
/// </summary>
/// <remarks>
/// <c>Year</c> is the period's text (<c>2023</c>, <c>2023/2024</c>, <c>2023-H1</c>, <c>2023-12-31</c>, as
/// <see cref="ReportingPeriod.Parse"/> reads it). <c>Units</c> is the unit's name (<c>Count</c>, <c>Percent</c>, …). A
/// figure without a shown value (suppressed by disclosure control or missing at source) is left out: Open SDG has no
/// mark for it, and an empty value would chart as a gap anyway.
/// </remarks>
public static class OpenSdgCsv
{
    /// <summary>The media type of the file.</summary>
    public const string MediaType = "text/csv; charset=utf-8";

    /// <summary>Writes the figures of <paramref name="indicator"/> (RFC 4180, CRLF line ends, invariant numbers) in the given order.</summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="indicator">The indicator, whose breakdown dimensions make the columns.</param>
    /// <param name="figures">Its figures, as <see cref="PublishedFigure.Of(Disclosure.DisclosureControl, Indicator, IEnumerable{Observation})"/> makes them.</param>
    /// <exception cref="ArgumentNullException">An argument (or one of the figures) is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A figure is of another indicator.</exception>
    public static void Write(TextWriter writer, Indicator indicator, IEnumerable<PublishedFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(figures);
        var dimensions = indicator.Disaggregations.Order().ToArray();
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(["Year", .. dimensions.Select(ColumnOf), "Units", "GeoCode", "Value"]);
        foreach (var figure in figures)
        {
            ArgumentNullException.ThrowIfNull(figure, nameof(figures));
            if (figure.Indicator != indicator.Id)
            {
                throw new ArgumentException($"The figures are of indicator '{indicator.Id}', not '{figure.Indicator}'.", nameof(figures));
            }

            if (figure.Value.Value is not { } value)
            {
                continue;
            }

            csv.WriteRecord(
            [
                figure.Period.ToString(),
                .. dimensions.Select(d => (d == DisaggregationDimension.AgeBand ? figure.Disaggregation.AgeBand : figure.Disaggregation.Sex) ?? string.Empty),
                figure.Unit.ToString(),
                figure.Member.ToString(),
                value.ToString("R", CultureInfo.InvariantCulture),
            ]);
        }
    }

    private static string ColumnOf(DisaggregationDimension dimension) => dimension == DisaggregationDimension.AgeBand ? "Age" : "Sex";
}
