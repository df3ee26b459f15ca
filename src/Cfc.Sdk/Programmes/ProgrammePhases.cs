namespace Cfc.Sdk.Programmes;

/// <summary>Checks on <see cref="ProgrammePhase"/> values.</summary>
public static class ProgrammePhases
{
    /// <summary>Whether <paramref name="phase"/> is one of the defined phases or exits.</summary>
    /// <param name="phase">The value to check.</param>
    /// <returns><see langword="true"/> for a defined phase.</returns>
    public static bool IsDefined(ProgrammePhase phase) => phase is >= ProgrammePhase.Applied and <= ProgrammePhase.Lapsed;

    /// <summary>Whether <paramref name="phase"/> is an exit from the cycle: not recognised, withdrawn, suspended or lapsed.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns><see langword="true"/> for an exit.</returns>
    public static bool IsExit(ProgrammePhase phase) => phase is >= ProgrammePhase.NotRecognised and <= ProgrammePhase.Lapsed;

    /// <summary>
    /// Whether <paramref name="phase"/> ends the programme for good: not recognised, withdrawn or lapsed.
    /// A suspended programme can resume, so <see cref="ProgrammePhase.Suspended"/> is not terminal.
    /// </summary>
    /// <param name="phase">The phase.</param>
    /// <returns><see langword="true"/> for a terminal exit.</returns>
    public static bool IsTerminal(ProgrammePhase phase) => phase is ProgrammePhase.NotRecognised or ProgrammePhase.Withdrawn or ProgrammePhase.Lapsed;
}
