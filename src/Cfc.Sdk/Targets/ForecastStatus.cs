namespace Cfc.Sdk.Targets;

/// <summary>What a <see cref="Forecast"/> could say about when an indicator reaches its target.</summary>
/// <remarks>
/// <see cref="NotOnThisTrend"/> and <see cref="BeyondHorizon"/> are the two ways of "not on this trend": the line
/// itself does not head for the target, or it does but the prediction band does not settle past it within the
/// horizon. The default value 0 is not a status.
/// </remarks>
public enum ForecastStatus
{
    /// <summary>The latest shown figure already meets the target.</summary>
    Reached = 1,

    /// <summary>The trend reaches the target: a date, and a prediction interval around it within the horizon.</summary>
    OnThisTrend = 2,

    /// <summary>The trend is flat or points away from the target, so it never reaches it.</summary>
    NotOnThisTrend = 3,

    /// <summary>
    /// The trend heads for the target, but the figures scatter too much around it for the prediction band to cross the
    /// target for good, or it crosses beyond the horizon: no interval (the line's own date is given when within the horizon).
    /// </summary>
    BeyondHorizon = 4,

    /// <summary>Fewer than three shown figures (a line through two has no scatter to measure, so no interval), or fewer than two dates.</summary>
    TooFewPoints = 5,
}
