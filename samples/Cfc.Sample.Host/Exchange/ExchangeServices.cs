using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Exchange;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Orleans.Hosting;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Exchange;

/// <summary>What the exchange routes read and write with.</summary>
/// <param name="Grains">The grain factory.</param>
/// <param name="Catalogue">The indicator catalogue.</param>
/// <param name="Disclosure">Disclosure control, which every figure written passes.</param>
/// <param name="Dataflow">The SDMX dataflow (<c>Cfc:Sdmx</c>).</param>
/// <param name="Hosting">The host's Cfc settings, which name the network whose register lists the members.</param>
internal sealed record ExchangeServices(
    IGrainFactory Grains, IndicatorCatalogue Catalogue, DisclosureControl Disclosure, SdmxDataflow Dataflow, IOptions<CfcHostingOptions> Hosting);
