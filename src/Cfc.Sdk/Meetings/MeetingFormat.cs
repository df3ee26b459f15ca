namespace Cfc.Sdk.Meetings;

/// <summary>How a meeting (bijeenkomst) is held.</summary>
/// <remarks>The default value 0 is not a format.</remarks>
public enum MeetingFormat
{
    /// <summary>Online.</summary>
    Online = 1,

    /// <summary>In person, at one place.</summary>
    InPerson = 2,
}
