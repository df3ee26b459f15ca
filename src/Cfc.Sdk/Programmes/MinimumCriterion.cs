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
