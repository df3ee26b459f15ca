using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Programmes;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>Settings of the Cfc.Sdk services registered by <c>AddCfcSdk</c>; validated when the host starts.</summary>
public sealed class CfcSdkOptions
{
    /// <summary>Whether the built-in <see cref="DutchIndicators.Catalogue"/> is part of the registered catalogue. Default <see langword="true"/>.</summary>
    public bool IncludeDutchIndicators { get; set; } = true;

    /// <summary>
    /// The national committee's programme rules registered as <see cref="Programmes.ProgrammeRules"/>;
    /// <see cref="ProgrammeRules.Netherlands"/> by default. Rules that differ per municipality (such as
    /// <see cref="ProgrammeRules.Germany"/>, by population) are chosen per programme instead.
    /// </summary>
    public ProgrammeRules ProgrammeRules { get; set; } = ProgrammeRules.Netherlands;

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
