using Cfc.Sdk.Disclosure;
using Cfc.Sdk.Indicators;
using Cfc.Sdk.Peers;
using Cfc.Sdk.Programmes;
using Cfc.Sdk.Targets;
using Cfc.Sdk.Recognition;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>Settings of the Cfc.Sdk services registered by <c>AddCfcSdk</c>; validated when the host starts.</summary>
public sealed class CfcSdkOptions
{
    /// <summary>Whether the built-in <see cref="DutchIndicators.Catalogue"/> is part of the registered catalogue. Default <see langword="true"/>.</summary>
    public bool IncludeDutchIndicators { get; set; } = true;

    /// <summary>
    /// The programme rules in force, registered as <see cref="MemberProgrammeRules"/> (and, when they are the same for every
    /// member, as <see cref="Programmes.ProgrammeRules"/>); the Netherlands by default. In code assign rules
    /// (<c>options.ProgrammeRules = ProgrammeRules.Spain</c>, or <c>MemberProgrammeRules.Germany</c>); in configuration name a
    /// preset (<c>"ProgrammeRules": "Germany"</c>, whose duration each member's own <see cref="Network.Member.Population"/>
    /// sets) or <c>Custom</c> for <see cref="CustomProgrammeRules"/>. An unknown name fails when the host starts.
    /// </summary>
    public ProgrammeRulesSetting ProgrammeRules { get; set; } = ProgrammeRulesSetting.Default;

    /// <summary>
    /// Not a setting any more, kept so that a configuration that still has <c>Population</c> fails at start with a message
    /// that says where a population lives now: on each member (<see cref="Network.Member.Population"/>), so that the
    /// <c>Germany</c> preset gives each member the duration of its own size. Leave it <see langword="null"/>.
    /// </summary>
    public int? Population { get; set; }

    /// <summary>The committee's own rules from configuration, used when <see cref="ProgrammeRules"/> is <c>Custom</c>.</summary>
    public ProgrammeRulesDefinition? CustomProgrammeRules { get; set; }

    /// <summary>
    /// The readiness rules in force, registered as <see cref="Recognition.ReadinessRules"/>; the Netherlands by default.
    /// In code assign rules (<c>options.ReadinessRules = new ReadinessRules("UNICEF Danmark", resultsGoalAreas: 4)</c>);
    /// in configuration name a preset (<c>"ReadinessRules": "Netherlands"</c>) or <c>Custom</c> for
    /// <see cref="CustomReadinessRules"/>. An unknown name fails when the host starts.
    /// </summary>
    public ReadinessRulesSetting ReadinessRules { get; set; } = ReadinessRulesSetting.Default;

    /// <summary>The committee's own readiness rules from configuration, used when <see cref="ReadinessRules"/> is <c>Custom</c>.</summary>
    public ReadinessRulesDefinition? CustomReadinessRules { get; set; }

    /// <summary>Disclosure control for counts in public output.</summary>
    public DisclosureOptions Disclosure { get; set; } = new();

    /// <summary>The confidence and horizon of the forecasts of targets.</summary>
    public ForecastOptions Forecast { get; set; } = new();

    /// <summary>The size classes members are compared within, and how many peers a statistic needs.</summary>
    public PeerOptions Peers { get; set; } = new();

    /// <summary>
    /// The situation analysis' questionnaire members answer, registered as <see cref="Checklists.Checklist"/>: one given in
    /// code, one read from a JSON file (<c>"Checklist": {"Path": "checklist.json"}</c>), or by default the built-in
    /// <see cref="Checklists.Checklist.Example"/>. A missing or invalid file fails when the host starts.
    /// </summary>
    public ChecklistSetting Checklist { get; set; } = new();

    /// <summary>
    /// An application's own indicator catalogues, merged with the built-in one; ids must not collide.
    /// <c>AddIndicatorCatalogue</c> adds to this list.
    /// </summary>
    public IList<IndicatorCatalogue> IndicatorCatalogues { get; } = [];

    /// <summary>
    /// Formats of member codes abroad an application adds to the built-in ones (DE, ES, FR, GB). They are registered in
    /// <see cref="Network.NationalCodeFormats"/> by <c>AddNationalCodeFormat</c> when it is called, not by the options;
    /// the start fails when a format listed here is not the one registered for its country.
    /// </summary>
    public IList<Network.NationalCodeFormat> NationalCodeFormats { get; } = [];

    /// <summary>
    /// An application's own concerns in code, merged with the built-in <see cref="ConcernCatalogue.BuiltIn"/> and
    /// <see cref="Concerns"/>; each concern may be defined once. <c>AddConcernCatalogue</c> adds to this list.
    /// </summary>
    public IList<ConcernCatalogue> ConcernCatalogues { get; } = [];

    /// <summary>
    /// An application's or a country's network's own concerns in configuration (<c>Cfc:Concerns:0:Code</c>,
    /// <c>:Names:en</c>, <c>:DefaultLanguage</c>), merged with the built-in ones; an invalid one fails when the host starts.
    /// </summary>
    public IList<ConcernSetting> Concerns { get; } = [];

    /// <summary>The concerns these settings describe; adds every problem to <paramref name="failures"/>.</summary>
    /// <returns>The catalogue; <see langword="null"/> when a problem was found.</returns>
    internal ConcernCatalogue? ResolveConcerns(ICollection<string> failures)
    {
        var count = failures.Count;
        var configured = Concerns.Select((setting, i) => setting?.Resolve($"Cfc:Concerns:{i}", failures)).ToList();
        if (failures.Count > count)
        {
            return null;
        }

        try
        {
            return new ConcernCatalogue(ConcernCatalogue.BuiltIn.Concat(ConcernCatalogues.SelectMany(c => c)).Concat(configured.OfType<ConcernDefinition>()));
        }
        catch (ArgumentException e)
        {
            failures.Add($"CfcSdkOptions.Concerns: {e.Message}");
            return null;
        }
    }

    /// <summary>The concerns these settings describe.</summary>
    /// <exception cref="InvalidOperationException">The settings are invalid (the validator reports the same problems at start).</exception>
    internal ConcernCatalogue BuildConcerns()
    {
        var failures = new List<string>();
        return ResolveConcerns(failures) ?? throw new InvalidOperationException(string.Join(" ", failures));
    }

    /// <summary>The catalogue these settings describe: the built-in one when included, then the application's.</summary>
    /// <returns>The merged catalogue.</returns>
    /// <exception cref="ArgumentException">Two catalogues define the same id.</exception>
    internal IndicatorCatalogue BuildCatalogue() =>
        new((IncludeDutchIndicators ? DutchIndicators.Catalogue : IndicatorCatalogue.Empty).Concat(IndicatorCatalogues.SelectMany(c => c)));

    /// <summary>The programme rules these settings select; adds every problem to <paramref name="failures"/>.</summary>
    /// <returns>The rules; <see langword="null"/> when a problem was found.</returns>
    internal MemberProgrammeRules? ResolveProgrammeRules(ICollection<string> failures)
    {
        if (ProgrammeRules is null)
        {
            failures.Add("CfcSdkOptions.ProgrammeRules is required; use a preset such as ProgrammeRules.Netherlands, or a preset's name in configuration.");
            return null;
        }

        var count = failures.Count;
        var rules = ProgrammeRules.Resolve(Population, CustomProgrammeRules, failures);
        return failures.Count == count ? rules : null;
    }

    /// <summary>The readiness rules these settings select; adds every problem to <paramref name="failures"/>.</summary>
    /// <returns>The rules; <see langword="null"/> when a problem was found.</returns>
    internal ReadinessRules? ResolveReadinessRules(ICollection<string> failures)
    {
        if (ReadinessRules is null)
        {
            failures.Add("CfcSdkOptions.ReadinessRules is required; use ReadinessRules.Netherlands, or a preset's name in configuration.");
            return null;
        }

        var count = failures.Count;
        var rules = ReadinessRules.Resolve(CustomReadinessRules, failures);
        return failures.Count == count ? rules : null;
    }

    /// <summary>The readiness rules these settings select.</summary>
    /// <exception cref="InvalidOperationException">The settings are invalid (the validator reports the same problems at start).</exception>
    internal ReadinessRules BuildReadinessRules()
    {
        var failures = new List<string>();
        return ResolveReadinessRules(failures) ?? throw new InvalidOperationException(string.Join(" ", failures));
    }

    /// <summary>The checklist these settings select; adds every problem to <paramref name="failures"/>.</summary>
    /// <returns>The checklist; <see langword="null"/> when a problem was found.</returns>
    internal Checklists.Checklist? ResolveChecklist(ICollection<string> failures)
    {
        if (Checklist is null)
        {
            failures.Add("CfcSdkOptions.Checklist is required; leave it as it is for the built-in example.");
            return null;
        }

        return Checklist.Resolve(failures);
    }

    /// <summary>The checklist these settings select.</summary>
    /// <exception cref="InvalidOperationException">The settings are invalid (the validator reports the same problems at start).</exception>
    internal Checklists.Checklist BuildChecklist()
    {
        var failures = new List<string>();
        return ResolveChecklist(failures) ?? throw new InvalidOperationException(string.Join(" ", failures));
    }

    /// <summary>
    /// Checks, without registering anything, that each of <see cref="NationalCodeFormats"/> is the format registered for
    /// its country; adds every problem to <paramref name="failures"/>.
    /// </summary>
    internal void CheckNationalCodeFormats(ICollection<string> failures)
    {
        foreach (var format in NationalCodeFormats)
        {
            if (format is null)
            {
                failures.Add("CfcSdkOptions.NationalCodeFormats holds null.");
            }
            else if (!Network.NationalCodeFormats.TryFind(format.Country, out var registered))
            {
                failures.Add($"CfcSdkOptions.NationalCodeFormats: the format for {format.Country} is not registered; register it with services.AddNationalCodeFormat(format) or NationalCodeFormats.Register(format) before codes are read.");
            }
            else if (registered != format)
            {
                failures.Add($"CfcSdkOptions.NationalCodeFormats: a different national code format is registered for {format.Country} ({registered}); a country has one format for the life of the process.");
            }
        }
    }

    /// <summary>The programme rules these settings select.</summary>
    /// <exception cref="InvalidOperationException">The settings are invalid (the validator reports the same problems at start).</exception>
    internal MemberProgrammeRules BuildProgrammeRules()
    {
        var failures = new List<string>();
        return ResolveProgrammeRules(failures) ?? throw new InvalidOperationException(string.Join(" ", failures));
    }
}
