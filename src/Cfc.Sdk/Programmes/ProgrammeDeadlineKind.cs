namespace Cfc.Sdk.Programmes;

/// <summary>What is due at a programme's next deadline.</summary>
/// <remarks>The default value 0 is not a kind of deadline.</remarks>
public enum ProgrammeDeadlineKind
{
    /// <summary>
    /// Recognition is due: for a first recognition where it is the cycle's last step, the agreement plus the rules'
    /// <see cref="ProgrammeRules.MaximumDuration"/>; during a renewal cycle,
    /// the end of the current recognition. After it the programme is overdue.
    /// </summary>
    RecognitionDue = 1,

    /// <summary>A renewal (a new action plan) is due before the recognition ends; without it the programme lapses.</summary>
    RenewalDue = 2,

    /// <summary>
    /// The first cycle's last step is due, where that is not the recognition (Germany's final review): the agreement
    /// plus the rules' <see cref="ProgrammeRules.MaximumDuration"/>, or the last day of the recognition reached in the
    /// cycle when that comes sooner (after it the programme has lapsed unless renewed). After it the programme is overdue.
    /// </summary>
    CompletionDue = 3,
}
