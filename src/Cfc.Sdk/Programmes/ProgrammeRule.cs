namespace Cfc.Sdk.Programmes;

/// <summary>The rule of a programme that a rejected transition broke; see <see cref="ProgrammeRuleException"/>.</summary>
/// <remarks>
/// <see cref="Programme.Transition"/> checks the rules in the order of their values and reports the first
/// one broken (<see cref="OutOfOrder"/> and <see cref="NotResumable"/> exclude each other: a suspended programme
/// breaks <see cref="NotResumable"/> with any phase but <see cref="ProgrammePhase.Suspended"/>). The default value 0 names no rule; 6 is no longer used (a renewal after the recognition ran out
/// is <see cref="Ended"/>).
/// </remarks>
public enum ProgrammeRule
{
    /// <summary>
    /// The programme has ended (<see cref="ProgrammePhase.NotRecognised"/>, <see cref="ProgrammePhase.Withdrawn"/> or
    /// <see cref="ProgrammePhase.Lapsed"/>, also when a recognition ran out without a renewal, or a renewal ran past its
    /// time, and the lapse is not yet recorded): no transition follows, except recording that lapse.
    /// </summary>
    Ended = 1,

    /// <summary>The phase does not follow the current one (or, for a first transition, the programme does not start with it).</summary>
    OutOfOrder = 2,

    /// <summary>A suspended programme resumes only in the phase it was suspended from (or is withdrawn).</summary>
    NotResumable = 3,

    /// <summary>The transition is dated before the previous transition.</summary>
    BeforePreviousTransition = 4,

    /// <summary>The transition is dated after today.</summary>
    InTheFuture = 5,

    /// <summary>A recorded lapse is dated while the recognition is still valid (or a renewal is still within its time).</summary>
    RecognitionStillValid = 7,

    /// <summary>A first recognition comes sooner after the agreement than the rules' minimum.</summary>
    TooSoonForRecognition = 8,

    /// <summary>A recognition lacks evidence for one or more of the required minimum criteria.</summary>
    MissingCriteria = 9,
}
