using System.Globalization;
using System.Text.Json;
using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Exchange;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Periods;
using Cfc.Testing;
using CsCheck;
using NodaTime;
using static Cfc.Sdk.Tests.Exchange.ExchangeSamples;

namespace Cfc.Sdk.Tests.Exchange;

public sealed class SdmxCsvTests
{
    private static readonly SdmxDataflow s_dataflow = new(new SdmxOptions());

    private static string Csv(IEnumerable<PublishedFigure> figures, SdmxDataflow? dataflow = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        (dataflow ?? s_dataflow).WriteCsv(writer, figures);
        return writer.ToString();
    }

    private static string[][] Rows(string csv) => [.. csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(','))];

    [Fact]
    public void A_small_table_is_written_as_sdmx_csv()
    {
        // Git stores the snapshot with LF line ends; the CRLF of RFC 4180 is checked below.
        Approvals.VerifyText(Csv(Figures).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Records_end_with_crlf_as_rfc_4180_asks()
    {
        var csv = Csv(Figures);

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", csv.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,DISAGGREGATION,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cell_disclosure_control_suppresses_is_C_so_that_primary_and_secondary_cannot_be_told_apart()
    {
        // Total 10 with 0 girls (below the threshold) and 10 boys (suppressed to protect them). Marking the boys D
        // ("at least 10") and the girls C ("below 10") would pin the girls to 0.
        var control = new DisclosureControl(new DisclosureOptions { SuppressBelow = 10, RoundTo = 1 });
        var period = ReportingPeriod.SchoolYear(2023);
        var figures = PublishedFigure.Of(control, DutchIndicators.HomeSitters,
        [
            Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, period, 10),
            Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, period, 0, disaggregation: Sex("female")),
            Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, period, 10, disaggregation: Sex("male")),
        ]);

        var rows = Rows(Csv(figures));

        Assert.Equal(["_T,10,F", "F,,C", "M,,C"], rows.Select(r => $"{r[5]},{r[7]},{r[10]}"));
    }

    [Fact]
    public void The_agency_of_the_options_names_the_structure()
    {
        var dataflow = new SdmxDataflow(new SdmxOptions { Agency = "UNICEF.NL", DataflowId = "DF_KIND", Version = "2.1.0" });

        Assert.Equal("UNICEF.NL:DF_KIND(2.1.0)", dataflow.StructureId);
        Assert.All(Rows(Csv(Figures, dataflow)), row => Assert.Equal(["dataflow", "UNICEF.NL:DF_KIND(2.1.0)", "I"], row[..3]));
    }

    [Theory]
    [InlineData("Agency", "CFC NL", "SdmxOptions.Agency 'CFC NL'")]
    [InlineData("Agency", "1CFC", "SdmxOptions.Agency '1CFC'")]
    [InlineData("DataflowId", "DF.CFC", "SdmxOptions.DataflowId 'DF.CFC'")]
    [InlineData("DataStructureId", "", "SdmxOptions.DataStructureId ''")]
    [InlineData("Version", "1.0", "SdmxOptions.Version '1.0'")]
    [InlineData("Version", "1.0.0\n", "SdmxOptions.Version '1.0.0\n'")]
    public void Settings_that_are_not_sdmx_ids_are_refused_naming_the_setting(string setting, string value, string expected)
    {
        var options = new SdmxOptions();
        typeof(SdmxOptions).GetProperty(setting)!.SetValue(options, value);

        var error = Assert.Throws<ArgumentException>(() => new SdmxDataflow(options));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023", "2023")]
    [InlineData("2023-H1", "2023-S1")]
    [InlineData("2023-H2", "2023-S2")]
    [InlineData("2023-12-31", "2023-12-31")]
    [InlineData("2023/2024", "2023-08-01/P1Y")]
    [InlineData("2023-10/2024-09", "2023-10-01/P1Y")]
    [InlineData("2023-wave", "2023-10-01/P2M")]
    public void Periods_are_written_in_sdmx_time_period_form(string period, string expected) =>
        Assert.Equal(expected, SdmxDataflow.TimePeriod(ReportingPeriod.Parse(period)));

    [Theory]
    [InlineData("", "_T")]
    [InlineData("sex=female", "F")]
    [InlineData("sex=male", "M")]
    [InlineData("sex=other", "_O")]
    [InlineData("age=12-17", "Y12T17")]
    [InlineData("age=18+", "Y_GE18")]
    [InlineData("age=0-3;sex=other", "Y0T3__O")]
    public void Breakdowns_are_written_as_sdmx_codes(string disaggregation, string expected) =>
        Assert.Equal(expected, SdmxDataflow.DisaggregationCode(Disaggregation.Parse(disaggregation)));

    [Fact]
    public void An_indicator_code_is_its_id_with_underscores_for_the_dots_which_sdmx_ids_cannot_hold() =>
        Assert.Equal("poverty_social-minimum-120_count", SdmxDataflow.IndicatorCode(DutchIndicators.SocialMinimumCount.Id));

    private static readonly Gen<int> s_cell = Gen.Frequency((3, Gen.Int[0, 12]), (2, Gen.Int[0, 40]));

    [Fact]
    public void No_value_that_disclosure_control_hides_ever_appears_in_the_output() =>
        Gen.Select(s_cell.Array[1, 3], s_cell.Array[0, 4], Gen.Int[0, 1_000_000], Gen.Int[2, 15], Gen.Int[1, 5]).Sample(
            (sexes, ages, seed, suppressBelow, roundTo) =>
            {
                var options = new DisclosureOptions { SuppressBelow = suppressBelow, RoundTo = roundTo };
                if (options.Problems("x").Any())
                {
                    return;
                }

                var control = new DisclosureControl(options);
                var random = new Random(seed);
                var period = ReportingPeriod.SchoolYear(2023);
                var total = Math.Max(sexes.Sum(), ages.Sum());
                string[] sexNames = ["female", "male", "other"];
                string[] bands = ["0-3", "4-11", "12-17", "18+"];
                var figures = sexes.Select((v, i) => (Breakdown: Sex(sexNames[i]), Value: v))
                    .Concat(ages.Select((v, i) => (Breakdown: Age(bands[i]), Value: v)))
                    .Prepend((Breakdown: Disaggregation.Total, Value: total))
                    .Select(f => random.Next(6) == 0
                        ? Observation.CreateSuppressed(DutchIndicators.HomeSitters, MemberCode.DenHaag, period, disaggregation: f.Breakdown)
                        : Observation.Create(DutchIndicators.HomeSitters, MemberCode.DenHaag, period, f.Value, disaggregation: f.Breakdown))
                    .ToArray();
                var table = control.DiscloseTable(DutchIndicators.HomeSitters, figures);

                var rows = Rows(Csv(PublishedFigure.Of(control, DutchIndicators.HomeSitters, figures)));

                Assert.Equal(figures.Length, rows.Length);
                foreach (var row in rows)
                {
                    var shown = table[figures.Single(f => SdmxDataflow.DisaggregationCode(f.Disaggregation) == row[5]).Disaggregation];
                    Assert.Equal(shown.IsSuppressed ? string.Empty : shown.ToString(), row[7]);
                    Assert.Equal(row[7].Length == 0 && row[9] != "M" ? "C" : "F", row[10]);
                }
            },
            iter: 2_000);

    [PythonModuleFact("csv")]
    public async Task Python_csv_reads_the_columns_and_values_back()
    {
        const string script = """
            import csv, json, sys
            reader = csv.DictReader(sys.stdin)
            print(json.dumps({"columns": reader.fieldnames, "rows": list(reader)}))
            """;

        var output = await PythonModuleFactAttribute.RunAsync(script, Csv(Figures));

        using var parsed = JsonDocument.Parse(output);
        Assert.Equal(
            ["STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA", "INDICATOR", "DISAGGREGATION", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "CONF_STATUS"],
            parsed.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var rows = parsed.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => string.Join(" ", r.EnumerateObject().Skip(3).Select(p => p.Value.GetString())))
            .ToArray();
        Assert.Equal(Figures.Count, rows.Length);
        Assert.Contains("GM0518 care_youth-care-use _T 2024-S1 11.25 PT A F", rows);
        Assert.Contains("GM0518 care_youth-care-use F 2024-S2 12.75 PT P F", rows);
        Assert.Contains("GM0518 school_home-sitters _T 2023-08-01/P1Y 25 NUMBER A F", rows);
        Assert.Contains("GM0518 school_home-sitters F 2023-08-01/P1Y  NUMBER A C", rows);
        Assert.Contains("GM0518 school_home-sitters M 2023-08-01/P1Y  NUMBER A C", rows);
        Assert.Contains("GM9001 school_home-sitters _T 2023-08-01/P1Y  NUMBER M F", rows);
        Assert.Contains("GM9001 school_home-sitters _T 2024-08-01/P1Y 10 NUMBER P F", rows);
        Assert.Contains("GM0518 play_play-space-share _T 2023-12-31 2.4 PT A F", rows);
    }
}
