using System.Globalization;
using System.Text.Json;
using Cfc.Sdk.Exchange;
using Cfc.Sdk.Indicators;
using Cfc.Testing;
using static Cfc.Sdk.Tests.Exchange.ExchangeSamples;

namespace Cfc.Sdk.Tests.Exchange;

public sealed class OpenSdgCsvTests
{
    private static string Csv(Indicator indicator)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        OpenSdgCsv.Write(writer, indicator, Figures.Where(f => f.Indicator == indicator.Id));
        return writer.ToString();
    }

    [Fact]
    public void An_indicator_is_written_as_an_open_sdg_data_file()
    {
        // Git stores the snapshot with LF line ends.
        Approvals.VerifyText(Csv(DutchIndicators.HomeSitters).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Year_comes_first_and_value_last_with_a_column_per_dimension_of_the_indicator()
    {
        Assert.StartsWith("Year,Age,Sex,Units,GeoCode,Value\r\n", Csv(DutchIndicators.HomeSitters), StringComparison.Ordinal);
        Assert.StartsWith("Year,Units,GeoCode,Value\r\n", Csv(DutchIndicators.PlaySpaceShare), StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_without_a_shown_value_are_left_out()
    {
        var csv = Csv(DutchIndicators.HomeSitters);

        // Den Haag's girls and boys of 2023/2024 are suppressed, Bonaire's total of 2023/2024 missing at source.
        Assert.DoesNotContain(",female,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",male,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("2023/2024,,,Count,GM9001", csv, StringComparison.Ordinal);
        Assert.Contains("2023/2024,,,Count,GM0518,25\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_of_another_indicator_are_refused()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        var error = Assert.Throws<ArgumentException>(() => OpenSdgCsv.Write(writer, DutchIndicators.PlaySpaceShare, Figures));

        Assert.Equal("figures", error.ParamName);
    }

    [PythonModuleFact("csv")]
    public async Task Python_csv_reads_the_columns_and_values_back()
    {
        const string script = """
            import csv, json, sys
            reader = csv.DictReader(sys.stdin)
            print(json.dumps({"columns": reader.fieldnames, "rows": list(reader)}))
            """;

        var output = await PythonModuleFactAttribute.RunAsync(script, Csv(DutchIndicators.HomeSitters));

        using var parsed = JsonDocument.Parse(output);
        Assert.Equal(["Year", "Age", "Sex", "Units", "GeoCode", "Value"], parsed.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(
            [
                "GM0518 2022/2023 Age= Sex= 45",
                "GM0518 2022/2023 Age=12-17 Sex= 30",
                "GM0518 2022/2023 Age=4-11 Sex= 15",
                "GM0518 2023/2024 Age= Sex= 25",
                "GM9001 2024/2025 Age= Sex= 10",
            ],
            parsed.RootElement.GetProperty("rows").EnumerateArray().Select(r =>
                $"{r.GetProperty("GeoCode").GetString()} {r.GetProperty("Year").GetString()} Age={r.GetProperty("Age").GetString()} Sex={r.GetProperty("Sex").GetString()} {r.GetProperty("Value").GetString()}"));
    }
}
