namespace Cfc.Sdk.Recognition;

/// <summary>How far the evidence goes towards one of the global minimum criteria on a day.</summary>
/// <remarks>The default value 0 is not a status.</remarks>
public enum CriterionStatus
{
    /// <summary>Every condition of the criterion holds.</summary>
    Met = 1,

    /// <summary>Some but not all of the criterion's conditions hold.</summary>
    Partly = 2,

    /// <summary>None of the criterion's conditions holds, or the evidence it rests on is missing.</summary>
    NotMet = 3,
}
