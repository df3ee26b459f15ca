using Cfc.Sdk.Programmes;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>
/// A national committee's own <see cref="ProgrammeRules"/> as configuration holds them (periods as ISO text such as
/// <c>P3Y</c>), used when <see cref="CfcSdkOptions.ProgrammeRules"/> is <c>Custom</c>; checked when the host starts.
/// </summary>
/// <remarks>In code, build a <see cref="ProgrammeRules"/> and assign it to <see cref="CfcSdkOptions.ProgrammeRules"/> instead.</remarks>
public sealed class ProgrammeRulesDefinition
{
    /// <summary>The national committee, e.g. <c>UNICEF Danmark</c>; required.</summary>
    public string? NationalCommittee { get; set; }

    /// <summary>The committee's order of phases; none for <see cref="ProgrammeRules.CommonSteps"/>.</summary>
    public IList<ProgrammeStepDefinition> Steps { get; } = [];

    /// <summary>The least time from agreement to a first recognition, e.g. <c>P3Y</c> (<c>P0D</c> for none); required.</summary>
    public string? MinimumToRecognition { get; set; }

    /// <summary>The time from agreement within which the first cycle reaches its last step, e.g. <c>P5Y</c>; required.</summary>
    public string? MaximumDuration { get; set; }

    /// <summary>How long a recognition is valid, e.g. <c>P3Y</c>; required.</summary>
    public string? RecognitionValidity { get; set; }

    /// <summary>How long before a recognition ends its renewal is due, e.g. <c>P6M</c>; none for <see cref="ProgrammeRules.DefaultRenewalWindow"/>.</summary>
    public string? RenewalWindow { get; set; }

    /// <summary>The minimum criteria a recognition needs evidence for; none for all three.</summary>
    public IList<MinimumCriterion> RequiredCriteria { get; } = [];

    /// <summary>Whether a programme may start at the agreement without an application. Default <see langword="true"/>.</summary>
    public bool ApplicationMayBeSkipped { get; set; } = true;

    /// <summary>The rules; adds every problem found to <paramref name="failures"/> and gives <see langword="null"/> when there is one.</summary>
    internal ProgrammeRules? Build(ICollection<string> failures)
    {
        const string Prefix = "CfcSdkOptions.CustomProgrammeRules";
        var count = failures.Count;
        if (string.IsNullOrWhiteSpace(NationalCommittee))
        {
            failures.Add($"{Prefix}.NationalCommittee is required.");
        }

        Period? Read(string? text, string name, bool required)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                if (required)
                {
                    failures.Add($"{Prefix}.{name} is required (an ISO period such as P3Y).");
                }

                return null;
            }

            var result = PeriodPattern.Roundtrip.Parse(text.Trim());
            if (!result.Success)
            {
                failures.Add($"{Prefix}.{name}: '{text}' is not an ISO period such as P3Y.");
                return null;
            }

            return result.Value;
        }

        var minimum = Read(MinimumToRecognition, nameof(MinimumToRecognition), required: true);
        var maximum = Read(MaximumDuration, nameof(MaximumDuration), required: true);
        var validity = Read(RecognitionValidity, nameof(RecognitionValidity), required: true);
        var window = Read(RenewalWindow, nameof(RenewalWindow), required: false);
        var steps = new List<ProgrammeStep>(Steps.Count);
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i] is null)
            {
                failures.Add($"{Prefix}.Steps[{i}] is null.");
                continue;
            }

            try
            {
                steps.Add(new ProgrammeStep(Steps[i].Phase, Steps[i].Name));
            }
            catch (ArgumentException e)
            {
                failures.Add($"{Prefix}.Steps[{i}]: {e.Message}");
            }
        }

        if (failures.Count > count)
        {
            return null;
        }

        try
        {
            return new ProgrammeRules(
                NationalCommittee!, minimum!, maximum!, validity!, RequiredCriteria.Count == 0 ? null : RequiredCriteria,
                ApplicationMayBeSkipped, window, steps.Count == 0 ? null : steps);
        }
        catch (ArgumentException e)
        {
            failures.Add($"{Prefix}: {e.Message}");
            return null;
        }
    }
}
