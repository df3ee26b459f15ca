namespace Cfc.Sdk.Indicators;

/// <summary>Which direction of an indicator's value is better for children.</summary>
/// <remarks>The default value 0 is not a polarity.</remarks>
public enum Polarity
{
    /// <summary>A higher value is better (e.g. play space share).</summary>
    HigherIsBetter = 1,

    /// <summary>A lower value is better (e.g. children in low-income households).</summary>
    LowerIsBetter = 2,

    /// <summary>The value gives context and has no better direction (e.g. youth care use); it takes no target.</summary>
    Context = 3,
}
