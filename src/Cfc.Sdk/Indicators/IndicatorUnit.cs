namespace Cfc.Sdk.Indicators;

/// <summary>What an indicator's values measure, and so which values are valid.</summary>
/// <remarks>The default value 0 is not a unit.</remarks>
public enum IndicatorUnit
{
    /// <summary>A percentage from 0 to 100.</summary>
    Percent = 1,

    /// <summary>A whole, non-negative number of children, pupils or events; subject to disclosure control.</summary>
    Count = 2,

    /// <summary>A non-negative rate, such as per 1,000 children.</summary>
    Rate = 3,

    /// <summary>Yes (1) or no (0), such as whether a children's council is in place.</summary>
    YesNo = 4,
}
