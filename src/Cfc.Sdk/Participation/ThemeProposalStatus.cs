namespace Cfc.Sdk.Participation;

/// <summary>Where a theme proposal for the network's meetings stands.</summary>
/// <remarks>The default value 0 is not a status.</remarks>
public enum ThemeProposalStatus
{
    /// <summary>Open for the members' youth panels to vote on.</summary>
    Open = 1,

    /// <summary>Taken up by a meeting of the network: its theme is chosen with young people. Final.</summary>
    TakenUp = 2,

    /// <summary>Withdrawn by the coordinator. Final.</summary>
    Withdrawn = 3,
}
