using System.Text.RegularExpressions;

namespace Cfc.Sdk.Exchange;

/// <summary>
/// Who maintains the dataflow the SDK's SDMX output belongs to, and its identity: the agency, the dataflow's and the
/// data structure definition's ids and their version. Together they make SDMX-CSV's <c>STRUCTURE_ID</c>,
/// <c>CFC:DF_CFC_INDICATORS(1.0.0)</c> by default, and the structure message's URNs.
/// </summary>
/// <remarks>Settings that SDMX does not accept as ids are refused by <see cref="SdmxDataflow"/>.</remarks>
public sealed partial class SdmxOptions
{
    /// <summary>The maintenance agency: letters, digits, <c>_</c> and <c>-</c>, starting with a letter (nested agencies joined by dots). Default <c>CFC</c>.</summary>
    public string Agency { get; set; } = "CFC";

    /// <summary>The dataflow's id: letters, digits, <c>_</c>, <c>@</c>, <c>$</c> and <c>-</c>. Default <c>DF_CFC_INDICATORS</c>.</summary>
    public string DataflowId { get; set; } = "DF_CFC_INDICATORS";

    /// <summary>The data structure definition's id, with the characters of <see cref="DataflowId"/>. Default <c>DSD_CFC_INDICATORS</c>.</summary>
    public string DataStructureId { get; set; } = "DSD_CFC_INDICATORS";

    /// <summary>The version of the dataflow, its structure and its code lists, as <c>major.minor.patch</c>. Default <c>1.0.0</c>.</summary>
    public string Version { get; set; } = "1.0.0";

    /// <summary>Every problem of these settings, each a sentence naming the setting; none when they are valid.</summary>
    /// <param name="prefix">What to call the settings in the messages, e.g. <c>SdmxOptions</c>.</param>
    internal IEnumerable<string> Problems(string prefix)
    {
        if (Agency is null || !AgencyPattern().IsMatch(Agency))
        {
            yield return $"{prefix}.Agency '{Agency}' is not an SDMX agency id: letters, digits, '_' and '-', starting with a letter, e.g. 'CFC' or 'UNICEF.NL'.";
        }

        if (DataflowId is null || !IdPattern().IsMatch(DataflowId))
        {
            yield return $"{prefix}.DataflowId '{DataflowId}' is not an SDMX id: letters, digits, '_', '@', '$' and '-', e.g. 'DF_CFC_INDICATORS'.";
        }

        if (DataStructureId is null || !IdPattern().IsMatch(DataStructureId))
        {
            yield return $"{prefix}.DataStructureId '{DataStructureId}' is not an SDMX id: letters, digits, '_', '@', '$' and '-', e.g. 'DSD_CFC_INDICATORS'.";
        }

        if (Version is null || !VersionPattern().IsMatch(Version))
        {
            yield return $"{prefix}.Version '{Version}' is not an SDMX 3.0 version: write major.minor.patch, e.g. '1.0.0'.";
        }
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z][A-Za-z0-9_-]*)*\z")]
    private static partial Regex AgencyPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_@$-]+\z")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\z")]
    private static partial Regex VersionPattern();
}
