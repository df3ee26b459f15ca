namespace Cfc.Sdk.Indicators;

/// <summary>The concerns the Dutch Child Friendly Cities network names, which indicators are grouped by.</summary>
/// <remarks>The default value 0 is not a concern.</remarks>
public enum Concern
{
    /// <summary>Children not attending school.</summary>
    SchoolAttendance = 1,

    /// <summary>Children growing up in poverty.</summary>
    Poverty = 2,

    /// <summary>No good place to play or hang out.</summary>
    Play = 3,

    /// <summary>Not getting the right care, including health and wellbeing.</summary>
    Care = 4,

    /// <summary>Dangerous roads to school or sport.</summary>
    RoadSafety = 5,

    /// <summary>Children's voice and participation in local decisions.</summary>
    Participation = 6,
}
