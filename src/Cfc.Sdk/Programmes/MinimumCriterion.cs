using System.Collections.Immutable;

namespace Cfc.Sdk.Programmes;

/// <summary>The global minimum criteria of the Child Friendly Cities Initiative that a recognition needs evidence for.</summary>
/// <remarks>The default value 0 is not a criterion.</remarks>
public enum MinimumCriterion
{
    /// <summary>(A) Results for children in several goal areas.</summary>
    Results = 1,

    /// <summary>(B) Meaningful, inclusive child participation through a standing body (such as a children's council) in every phase.</summary>
    Participation = 2,

    /// <summary>(C) Commitment to non-discrimination in local policy and in the initiative itself.</summary>
    NonDiscrimination = 3,
}

/// <summary>The one check of a set of minimum criteria, shared by the transitions and the rules.</summary>
internal static class MinimumCriteria
{
    /// <summary>The criteria, each once, in the enum's order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A criterion is not defined.</exception>
    public static ImmutableArray<MinimumCriterion> Clean(IEnumerable<MinimumCriterion> criteria, string paramName)
    {
        var set = new SortedSet<MinimumCriterion>();
        foreach (var criterion in criteria)
        {
            if (criterion is < MinimumCriterion.Results or > MinimumCriterion.NonDiscrimination)
            {
                throw new ArgumentOutOfRangeException(paramName, criterion, $"'{criterion}' is not a minimum criterion.");
            }

            set.Add(criterion);
        }

        return [.. set];
    }
}
