using Cfc.Sdk.Programmes;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>One step of <see cref="ProgrammeRulesDefinition.Steps"/> as configuration holds it; becomes a <see cref="ProgrammeStep"/>.</summary>
public sealed class ProgrammeStepDefinition
{
    /// <summary>The common phase of the step, e.g. <c>Recognised</c>; required.</summary>
    public ProgrammePhase Phase { get; set; }

    /// <summary>The committee's own name for the step, e.g. <c>Seal</c>; none for the phase's name.</summary>
    public string? Name { get; set; }
}
