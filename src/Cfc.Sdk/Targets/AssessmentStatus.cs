namespace Cfc.Sdk.Targets;

/// <summary>Where an indicator stands against its target.</summary>
/// <remarks>The default value 0 is not a status.</remarks>
public enum AssessmentStatus
{
    /// <summary>The latest shown figure meets the target.</summary>
    Achieved = 1,

    /// <summary>Not met yet, but the trend reaches the target by its date.</summary>
    OnTrack = 2,

    /// <summary>Not met, and the trend does not reach the target by its date, or the date has passed.</summary>
    OffTrack = 3,

    /// <summary>Too few shown figures to judge: none, the latest suppressed, or fewer than two for a trend.</summary>
    InsufficientData = 4,
}
