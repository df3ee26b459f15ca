using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>Settings of the Cfc.Sdk services registered by <c>AddCfcSdk</c>; validated when the host starts.</summary>
public sealed class CfcSdkOptions
{
    /// <summary>Whether the built-in <see cref="DutchIndicators.Catalogue"/> is part of the registered catalogue. Default <see langword="true"/>.</summary>
    public bool IncludeDutchIndicators { get; set; } = true;

    /// <summary>Disclosure control for counts in public output.</summary>
    public DisclosureOptions Disclosure { get; set; } = new();

    /// <summary>
    /// An application's own indicator catalogues, merged with the built-in one; ids must not collide.
    /// <c>AddIndicatorCatalogue</c> adds to this list.
    /// </summary>
    public IList<IndicatorCatalogue> IndicatorCatalogues { get; } = [];

    /// <summary>The catalogue these settings describe: the built-in one when included, then the application's.</summary>
    /// <returns>The merged catalogue.</returns>
    /// <exception cref="ArgumentException">Two catalogues define the same id.</exception>
    internal IndicatorCatalogue BuildCatalogue() =>
        new((IncludeDutchIndicators ? DutchIndicators.Catalogue : IndicatorCatalogue.Empty).Concat(IndicatorCatalogues.SelectMany(c => c)));
}
