namespace Cfc.Sdk.Meetings;

/// <summary>What a meeting (bijeenkomst) is about.</summary>
/// <remarks>The default value 0 is not a kind of meeting.</remarks>
public enum MeetingKind
{
    /// <summary>A theme shared by many members, such as poverty or play; a thematic meeting has at least one theme.</summary>
    Thematic = 1,

    /// <summary>One member's local issue (vraagstuk), shared with peers.</summary>
    LocalIssue = 2,
}
