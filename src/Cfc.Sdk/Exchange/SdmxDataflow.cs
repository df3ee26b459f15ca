using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Languages;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.Exchange;

/// <summary>
/// The SDK's figures as an SDMX dataflow: the data as SDMX-CSV 2.0 (<see cref="WriteCsv"/>) and its structure as an
/// SDMX-JSON 2.0 structure message (<see cref="WriteStructure"/>), with the dimensions <c>REF_AREA</c> (the member
/// code), <c>INDICATOR</c>, <c>DISAGGREGATION</c> and <c>TIME_PERIOD</c>, the measure <c>OBS_VALUE</c> and the
/// attributes <c>UNIT_MEASURE</c>, <c>OBS_STATUS</c> and <c>CONF_STATUS</c>.
/// </summary>
/// <remarks>
/// <para>
/// Codes: an indicator's code is its id with <c>_</c> for each dot (SDMX ids have no dots; indicator ids have no
/// <c>_</c>, so the code reads back), see <see cref="IndicatorCode"/>. Breakdowns and periods: see
/// <see cref="DisaggregationCode"/> and <see cref="TimePeriod"/>. Units: <c>PT</c> percent, <c>NUMBER</c> count,
/// <c>RATE</c> rate, <c>YES_NO</c> yes (1) or no (0).
/// </para>
/// <para>
/// <c>OBS_STATUS</c>: <c>P</c> provisional, <c>A</c> final and also revised (SDMX's cross-domain code list has no
/// code for a revision; the value written is the latest), <c>M</c> when the source gave no value.
/// <c>CONF_STATUS</c>: <c>F</c> free, <c>C</c> for every value disclosure control suppresses, with <c>OBS_VALUE</c>
/// empty. Secondary suppression is not told apart with SDMX's <c>D</c>: a <c>C</c> would then say "below the
/// threshold" and a <c>D</c> "at least the threshold", which can pin a suppressed count (total 10, female
/// <c>C</c>, male <c>D</c>: female is 0).
/// </para>
/// </remarks>
public sealed class SdmxDataflow
{
    /// <summary>The media type of SDMX-CSV 2.0 data.</summary>
    public const string CsvMediaType = "application/vnd.sdmx.data+csv; version=2.0.0";

    /// <summary>The media type of an SDMX-JSON 2.0 structure message.</summary>
    public const string StructureMediaType = "application/vnd.sdmx.structure+json; version=2.0.0";

    /// <summary>The code of the total in <c>DISAGGREGATION</c>, as SDMX writes totals.</summary>
    public const string TotalCode = "_T";

    private const string SchemaUrl = "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/structure-message/tools/schemas/2.0.0/sdmx-json-structure-schema.json";
    private const string ConceptSchemeId = "CS_CFC";
    private static readonly string[] s_header =
        ["STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA", "INDICATOR", "DISAGGREGATION", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "CONF_STATUS"];

    /// <summary>Creates the dataflow with the given identity.</summary>
    /// <param name="options">The agency, ids and version.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A setting is not a valid SDMX id or version; the message lists every problem.</exception>
    public SdmxDataflow(SdmxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems(nameof(SdmxOptions)).ToArray();
        if (problems.Length > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        Agency = options.Agency;
        Id = options.DataflowId;
        DataStructureId = options.DataStructureId;
        Version = options.Version;
    }

    /// <summary>The maintenance agency.</summary>
    public string Agency { get; }

    /// <summary>The dataflow's id.</summary>
    public string Id { get; }

    /// <summary>The data structure definition's id.</summary>
    public string DataStructureId { get; }

    /// <summary>The version of the dataflow, its structure and its code lists.</summary>
    public string Version { get; }

    /// <summary>The dataflow's reference in SDMX-CSV's <c>STRUCTURE_ID</c>, e.g. <c>CFC:DF_CFC_INDICATORS(1.0.0)</c>.</summary>
    public string StructureId => $"{Agency}:{Id}({Version})";

    /// <summary>The code of an indicator in <c>INDICATOR</c>: its id with <c>_</c> for each dot, e.g. <c>school_home-sitters</c>.</summary>
    /// <param name="indicator">The indicator's id.</param>
    /// <returns>The code.</returns>
    public static string IndicatorCode(IndicatorId indicator) => indicator.ToString().Replace('.', '_');

    /// <summary>
    /// The code of a breakdown in <c>DISAGGREGATION</c>, in the form of SDMX's cross-domain code lists: <c>_T</c> for the
    /// total; sex <c>F</c>, <c>M</c>, <c>_O</c> (other); age band <c>Y12T17</c> (12 to 17 years), <c>Y_GE18</c> (18 and
    /// over); a breakdown by both joins them with <c>_</c>, age first (<c>Y12T17_F</c>).
    /// </summary>
    /// <param name="disaggregation">The breakdown.</param>
    /// <returns>The code.</returns>
    public static string DisaggregationCode(Disaggregation disaggregation)
    {
        if (disaggregation.IsTotal)
        {
            return TotalCode;
        }

        var age = disaggregation.AgeBand switch
        {
            null => null,
            var band when band.EndsWith('+') => $"Y_GE{band[..^1]}",
            var band => $"Y{band.Replace("-", "T", StringComparison.Ordinal)}",
        };
        var sex = disaggregation.Sex switch
        {
            null => null,
            "female" => "F",
            "male" => "M",
            _ => "_O",
        };
        return age is not null && sex is not null ? $"{age}_{sex}" : age ?? sex!;
    }

    /// <summary>
    /// A period in SDMX's <c>TIME_PERIOD</c> form: calendar year <c>2023</c>, half-year <c>2023-S1</c>, snapshot date
    /// <c>2023-12-31</c>; periods SDMX has no frequency for as an ISO 8601 range of start and duration: school year
    /// <c>2023-08-01/P1Y</c>, education year <c>2023-10-01/P1Y</c>, survey wave <c>2023-10-01/P2M</c>.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is the default value.</exception>
    public static string TimePeriod(ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.CalendarYear => period.ToString(),
        PeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{period.Start.Year:D4}-S{(period.Start.Month == 1 ? 1 : 2)}"),
        PeriodKind.Snapshot => period.ToString(),
        PeriodKind.SchoolYear or PeriodKind.EducationYear => $"{LocalDatePattern.Iso.Format(period.Start)}/P1Y",
        PeriodKind.SurveyWave => $"{LocalDatePattern.Iso.Format(period.Start)}/P2M",
        _ => throw new ArgumentException("A period is needed, not the default value.", nameof(period)),
    };

    /// <summary>The code of a unit in <c>UNIT_MEASURE</c>: <c>PT</c>, <c>NUMBER</c>, <c>RATE</c> or <c>YES_NO</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not a defined unit.</exception>
    public static string UnitCode(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "PT",
        IndicatorUnit.Count => "NUMBER",
        IndicatorUnit.Rate => "RATE",
        IndicatorUnit.YesNo => "YES_NO",
        _ => throw new ArgumentException($"'{unit}' is not a defined {nameof(IndicatorUnit)}.", nameof(unit)),
    };

    /// <summary>
    /// Writes figures as SDMX-CSV 2.0 (RFC 4180, CRLF line ends, invariant numbers): the header, then one row per
    /// figure in the given order, each <c>dataflow</c>, <see cref="StructureId"/> and action <c>I</c> (information:
    /// the receiver adds or replaces the observation).
    /// </summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="figures">The figures, as <see cref="PublishedFigure.Of(Disclosure.DisclosureControl, Indicator, IEnumerable{Observation})"/> makes them.</param>
    /// <exception cref="ArgumentNullException">An argument (or one of the figures) is <see langword="null"/>.</exception>
    public void WriteCsv(TextWriter writer, IEnumerable<PublishedFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(figures);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(s_header);
        foreach (var figure in figures)
        {
            ArgumentNullException.ThrowIfNull(figure, nameof(figures));
            csv.WriteRecord(
            [
                "dataflow",
                StructureId,
                "I",
                figure.Member.ToString(),
                IndicatorCode(figure.Indicator),
                DisaggregationCode(figure.Disaggregation),
                TimePeriod(figure.Period),
                figure.Value.Value is { } value ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty,
                UnitCode(figure.Unit),
                figure.IsMissingAtSource ? "M" : figure.Status == ObservationStatus.Provisional ? "P" : "A",
                figure.IsConfidential ? "C" : "F",
            ]);
        }
    }

    /// <summary>
    /// Writes the dataflow's structure as an SDMX-JSON 2.0 structure message: the dataflow, its data structure
    /// definition, the concept scheme <c>CS_CFC</c> and the code lists <c>CL_AREA</c> (the given areas),
    /// <c>CL_INDICATOR</c> (the catalogue, names in English and Dutch), <c>CL_UNIT_MEASURE</c>, <c>CL_OBS_STATUS</c> and
    /// <c>CL_CONF_STATUS</c>. <c>DISAGGREGATION</c> is not enumerated (age bands are open): its format is the pattern of
    /// <see cref="DisaggregationCode"/>.
    /// </summary>
    /// <param name="stream">Where to write the UTF-8 JSON; left open.</param>
    /// <param name="catalogue">The indicator catalogue.</param>
    /// <param name="areas">The members' codes with their names.</param>
    /// <param name="prepared">When the message is prepared (its <c>meta.prepared</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void WriteStructure(Stream stream, IndicatorCatalogue catalogue, IReadOnlyDictionary<MemberCode, string> areas, Instant prepared)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(areas);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartObject("meta");
        json.WriteString("schema", SchemaUrl);
        json.WriteString("id", $"{Id}-STRUCTURE");
        json.WriteBoolean("test", false);
        json.WriteString("prepared", InstantPattern.ExtendedIso.Format(prepared));
        json.WriteStartArray("contentLanguages");
        json.WriteStringValue("en");
        json.WriteStringValue("nl");
        json.WriteEndArray();
        json.WriteStartObject("sender");
        json.WriteString("id", Agency);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("data");
        json.WriteStartArray("dataflows");
        json.WriteStartObject();
        WriteMaintainable(json, Id, "Child Friendly Cities indicators", "Indicatoren Kindvriendelijke Gemeenten");
        json.WriteString("structure", $"urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure={Agency}:{DataStructureId}({Version})");
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartArray("dataStructures");
        json.WriteStartObject();
        WriteMaintainable(json, DataStructureId, "Child Friendly Cities indicators", "Indicatoren Kindvriendelijke Gemeenten");
        WriteComponents(json);
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartArray("conceptSchemes");
        json.WriteStartObject();
        WriteMaintainable(json, ConceptSchemeId, "Child Friendly Cities concepts", "Begrippen Kindvriendelijke Gemeenten");
        json.WriteStartArray("concepts");
        foreach (var (id, name) in s_concepts)
        {
            WriteItem(json, id, name, null);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartArray("codelists");
        WriteCodelist(json, "CL_AREA", "Members", "Leden", areas.OrderBy(a => a.Key).Select(a => (a.Key.ToString(), a.Value, (LocalizedText?)null)));
        WriteCodelist(json, "CL_INDICATOR", "Indicators", "Indicatoren", catalogue.OrderBy(i => i.Id).Select(i => (IndicatorCode(i.Id), i.EnglishName, (LocalizedText?)i.Names)));
        WriteCodelist(json, "CL_UNIT_MEASURE", "Units", "Eenheden", Enum.GetValues<IndicatorUnit>().Where(u => u != default).Select(u => (UnitCode(u), s_unitNames[u].En, (LocalizedText?)EnglishAndDutch(s_unitNames[u].En, s_unitNames[u].Nl))));
        WriteCodelist(json, "CL_OBS_STATUS", "Observation status", "Status van de waarneming", s_obsStatus.Select(c => (c.Item1, c.Item2, (LocalizedText?)EnglishAndDutch(c.Item2, c.Item3))));
        WriteCodelist(json, "CL_CONF_STATUS", "Confidentiality status", "Vertrouwelijkheid", s_confStatus.Select(c => (c.Item1, c.Item2, (LocalizedText?)EnglishAndDutch(c.Item2, c.Item3))));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static readonly (string Id, string Name)[] s_concepts =
    [
        ("REF_AREA", "Reference area"), ("INDICATOR", "Indicator"), ("DISAGGREGATION", "Breakdown"), ("TIME_PERIOD", "Time period"),
        ("OBS_VALUE", "Observation value"), ("UNIT_MEASURE", "Unit of measure"), ("OBS_STATUS", "Observation status"), ("CONF_STATUS", "Confidentiality status"),
    ];

    private static readonly Dictionary<IndicatorUnit, (string En, string Nl)> s_unitNames = new()
    {
        [IndicatorUnit.Percent] = ("Percent", "Procent"),
        [IndicatorUnit.Count] = ("Number", "Aantal"),
        [IndicatorUnit.Rate] = ("Rate", "Ratio"),
        [IndicatorUnit.YesNo] = ("Yes (1) or no (0)", "Ja (1) of nee (0)"),
    };

    private static readonly (string, string, string)[] s_obsStatus =
    [
        ("A", "Normal value (final, or revised: the latest value)", "Normale waarde (definitief, of herzien: de laatste waarde)"),
        ("P", "Provisional value", "Voorlopige waarde"),
        ("M", "Missing value: the source gave none", "Ontbrekende waarde: de bron gaf er geen"),
    ];

    private static readonly (string, string, string)[] s_confStatus =
    [
        ("F", "Free", "Vrij"),
        ("C", "Confidential: suppressed by disclosure control", "Vertrouwelijk: onderdrukt door onthullingscontrole"),
    ];

    private void WriteComponents(Utf8JsonWriter json)
    {
        json.WriteStartObject("dataStructureComponents");
        json.WriteStartObject("dimensionList");
        json.WriteString("id", "DimensionDescriptor");
        json.WriteStartArray("dimensions");
        WriteDimension(json, "REF_AREA", 0, "CL_AREA");
        WriteDimension(json, "INDICATOR", 1, "CL_INDICATOR");
        json.WriteStartObject();
        json.WriteString("id", "DISAGGREGATION");
        json.WriteNumber("position", 2);
        json.WriteString("conceptIdentity", ConceptUrn("DISAGGREGATION"));
        json.WriteStartObject("localRepresentation");
        json.WriteStartObject("format");
        json.WriteString("dataType", "String");
        json.WriteString("pattern", "^(_T|((Y[0-9]+T[0-9]+|Y_GE[0-9]+)(_(F|M|_O))?)|F|M|_O)$");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("timeDimension");
        json.WriteString("id", "TIME_PERIOD");
        json.WriteString("conceptIdentity", ConceptUrn("TIME_PERIOD"));
        json.WriteStartObject("localRepresentation");
        json.WriteStartObject("format");
        json.WriteString("dataType", "ObservationalTimePeriod");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("attributeList");
        json.WriteString("id", "AttributeDescriptor");
        json.WriteStartArray("attributes");
        WriteAttribute(json, "UNIT_MEASURE", "CL_UNIT_MEASURE");
        WriteAttribute(json, "OBS_STATUS", "CL_OBS_STATUS");
        WriteAttribute(json, "CONF_STATUS", "CL_CONF_STATUS");
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartObject("measureList");
        json.WriteString("id", "MeasureDescriptor");
        json.WriteStartArray("measures");
        json.WriteStartObject();
        json.WriteString("id", "OBS_VALUE");
        json.WriteString("usage", "optional");
        json.WriteString("conceptIdentity", ConceptUrn("OBS_VALUE"));
        json.WriteStartObject("localRepresentation");
        json.WriteStartObject("format");
        json.WriteString("dataType", "Double");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteDimension(Utf8JsonWriter json, string id, int position, string codelist)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteNumber("position", position);
        json.WriteString("conceptIdentity", ConceptUrn(id));
        json.WriteStartObject("localRepresentation");
        json.WriteString("enumeration", CodelistUrn(codelist));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteAttribute(Utf8JsonWriter json, string id, string codelist)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("usage", "mandatory");
        json.WriteStartObject("attributeRelationship");
        json.WriteStartObject("observation");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("conceptIdentity", ConceptUrn(id));
        json.WriteStartObject("localRepresentation");
        json.WriteString("enumeration", CodelistUrn(codelist));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteCodelist(Utf8JsonWriter json, string id, string name, string dutchName, IEnumerable<(string Id, string Name, LocalizedText? Names)> codes)
    {
        json.WriteStartObject();
        WriteMaintainable(json, id, name, dutchName);
        json.WriteStartArray("codes");
        foreach (var (code, codeName, names) in codes)
        {
            WriteItem(json, code, codeName, names);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteMaintainable(Utf8JsonWriter json, string id, string name, string dutchName)
    {
        WriteNames(json, id, name, EnglishAndDutch(name, dutchName));
        json.WriteString("agencyID", Agency);
        json.WriteString("version", Version);
    }

    private static void WriteItem(Utf8JsonWriter json, string id, string name, LocalizedText? names)
    {
        json.WriteStartObject();
        WriteNames(json, id, name, names);
        json.WriteEndObject();
    }

    // SDMX's "name" is the English one (or the default language's, for an item without one); "names" holds every
    // language the item is named in, English first.
    private static void WriteNames(Utf8JsonWriter json, string id, string name, LocalizedText? names)
    {
        json.WriteString("id", id);
        json.WriteString("name", name);
        if (names is not null)
        {
            json.WriteStartObject("names");
            foreach (var language in names.Languages.OrderBy(l => string.Equals(l, "en", StringComparison.Ordinal) ? 0 : 1))
            {
                json.WriteString(language, names.For(language));
            }

            json.WriteEndObject();
        }
    }

    private static LocalizedText EnglishAndDutch(string english, string dutch) => new LocalizedText("en", english).With("nl", dutch);

    private string ConceptUrn(string concept) => $"urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept={Agency}:{ConceptSchemeId}({Version}).{concept}";

    private string CodelistUrn(string codelist) => $"urn:sdmx:org.sdmx.infomodel.codelist.Codelist={Agency}:{codelist}({Version})";
}
