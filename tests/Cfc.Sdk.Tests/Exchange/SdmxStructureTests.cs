using System.Text;
using System.Text.Json;
using Cfc.Sdk.Exchange;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Network;
using Cfc.Testing;
using NodaTime;

namespace Cfc.Sdk.Tests.Exchange;

public sealed class SdmxStructureTests
{
    private static readonly Instant s_prepared = Instant.FromUtc(2026, 12, 6, 2, 0);

    private static string Structure(IndicatorCatalogue catalogue)
    {
        using var stream = new MemoryStream();
        new SdmxDataflow(new SdmxOptions()).WriteStructure(
            stream, catalogue, new Dictionary<MemberCode, string> { [MemberCode.Bonaire] = "Bonaire", [MemberCode.DenHaag] = "'s-Gravenhage" }, s_prepared);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void The_structure_of_the_dataflow_is_an_sdmx_json_structure_message() =>
        Approvals.VerifyText(Structure(new IndicatorCatalogue([DutchIndicators.HomeSitters, DutchIndicators.YouthCareUse])));

    [Fact]
    public void Its_code_lists_hold_every_indicator_of_the_catalogue_and_every_area()
    {
        using var json = JsonDocument.Parse(Structure(DutchIndicators.Catalogue));
        var codelists = json.RootElement.GetProperty("data").GetProperty("codelists").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("codes").EnumerateArray().Select(code => code.GetProperty("id").GetString()!).ToArray());

        Assert.Equal(DutchIndicators.Catalogue.Select(i => SdmxDataflow.IndicatorCode(i.Id)).Order(StringComparer.Ordinal), codelists["CL_INDICATOR"].Order(StringComparer.Ordinal));
        Assert.Equal<string>(["GM0518", "GM9001"], codelists["CL_AREA"]);
        Assert.Equal<string>(["F", "C"], codelists["CL_CONF_STATUS"]);
        Assert.Equal<string>(["A", "P", "M"], codelists["CL_OBS_STATUS"]);
    }

    [Fact]
    public void Every_code_is_an_sdmx_id()
    {
        using var json = JsonDocument.Parse(Structure(DutchIndicators.Catalogue));
        var ids = json.RootElement.GetProperty("data").GetProperty("codelists").EnumerateArray()
            .SelectMany(c => c.GetProperty("codes").EnumerateArray().Select(code => code.GetProperty("id").GetString()!));

        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_@$-]+$", id));
    }
}
