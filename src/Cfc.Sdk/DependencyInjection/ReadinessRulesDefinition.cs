using Cfc.Sdk.Participation;
using Cfc.Sdk.Recognition;
using NodaTime;
using NodaTime.Text;

namespace Cfc.Sdk.DependencyInjection;

/// <summary>
/// A national committee's own <see cref="ReadinessRules"/> as configuration holds them (the feedback period as ISO
/// text such as <c>P3M</c>, groups by id), used when <see cref="CfcSdkOptions.ReadinessRules"/> is <c>Custom</c>;
/// checked when the host starts. Values left out take the defaults of <see cref="ReadinessRules"/>.
/// </summary>
/// <remarks>In code, build a <see cref="ReadinessRules"/> and assign it to <see cref="CfcSdkOptions.ReadinessRules"/> instead.</remarks>
public sealed class ReadinessRulesDefinition
{
    /// <summary>The national committee, e.g. <c>UNICEF Danmark</c>; required.</summary>
    public string? NationalCommittee { get; set; }

    /// <summary>How many goal areas need a target on track or achieved (1 to 5); none for <see cref="ReadinessRules.DefaultResultsGoalAreas"/>.</summary>
    public int? ResultsGoalAreas { get; set; }

    /// <summary>The ids of groups that must each be reached, e.g. <c>in-care</c>; none for no required group.</summary>
    public IList<string> RequiredGroups { get; } = [];

    /// <summary>The least number of distinct groups reached; none for <see cref="ReadinessRules.DefaultMinimumGroupsReached"/>.</summary>
    public int? MinimumGroupsReached { get; set; }

    /// <summary>How long after a participation the children must have heard what became of their views, e.g. <c>P3M</c>; none for <see cref="ReadinessRules.DefaultFeedbackWithin"/>.</summary>
    public string? FeedbackWithin { get; set; }

    /// <summary>The relative gap from which a breakdown's gap is identified (more than 0, at most 1); none for <see cref="ReadinessRules.DefaultGapThreshold"/>.</summary>
    public double? GapThreshold { get; set; }

    /// <summary>Whether a recognition needs a ready dossier or a recorded override. Default <see langword="true"/>.</summary>
    public bool RecognitionNeedsReadyDossier { get; set; } = true;

    /// <summary>The rules; adds every problem found to <paramref name="failures"/> and gives <see langword="null"/> when there is one.</summary>
    internal ReadinessRules? Build(ICollection<string> failures)
    {
        const string Prefix = "CfcSdkOptions.CustomReadinessRules";
        var count = failures.Count;
        if (string.IsNullOrWhiteSpace(NationalCommittee))
        {
            failures.Add($"{Prefix}.NationalCommittee is required.");
        }

        Period? feedback = null;
        if (!string.IsNullOrWhiteSpace(FeedbackWithin))
        {
            var result = PeriodPattern.Roundtrip.Parse(FeedbackWithin.Trim());
            if (result.Success)
            {
                feedback = result.Value;
            }
            else
            {
                failures.Add($"{Prefix}.FeedbackWithin: '{FeedbackWithin}' is not an ISO period such as P3M.");
            }
        }

        var groups = new List<ReachedGroup>(RequiredGroups.Count);
        for (var i = 0; i < RequiredGroups.Count; i++)
        {
            if (ReachedGroup.TryParse(RequiredGroups[i], out var group))
            {
                groups.Add(group);
            }
            else
            {
                failures.Add($"{Prefix}.RequiredGroups[{i}]: '{RequiredGroups[i]}' is not a group id such as in-care.");
            }
        }

        if (failures.Count > count)
        {
            return null;
        }

        try
        {
            return new ReadinessRules(
                NationalCommittee!,
                ResultsGoalAreas ?? ReadinessRules.DefaultResultsGoalAreas,
                groups,
                MinimumGroupsReached ?? ReadinessRules.DefaultMinimumGroupsReached,
                feedback,
                GapThreshold ?? ReadinessRules.DefaultGapThreshold,
                RecognitionNeedsReadyDossier);
        }
        catch (ArgumentException e)
        {
            failures.Add($"{Prefix}: {e.Message}");
            return null;
        }
    }
}
