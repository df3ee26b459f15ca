using Cfc.Sdk.Programmes;

namespace Cfc.Sample.Host.Pages.Components;

/// <summary>One municipality's programme on the <see cref="ProgrammeTimeline"/>.</summary>
/// <param name="Code">The municipality's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Programme">Its programme, with the rules in force.</param>
/// <param name="Status">The programme's status on the timeline's date.</param>
public sealed record TimelineRow(string Code, string Name, Programme Programme, ProgrammeStatus Status)
{
    /// <summary>The date of the agreement, from which the rules count the time to recognition; <see langword="null"/> before it.</summary>
    public NodaTime.LocalDate? Agreement => Status.History.FirstOrDefault(s => s.Phase == ProgrammePhase.Agreement)?.From;

    /// <summary>
    /// The earliest date of a first recognition under the rules (the agreement plus their minimum time), while the
    /// first recognition is still to come; <see langword="null"/> otherwise.
    /// </summary>
    public NodaTime.LocalDate? EarliestRecognition =>
        Agreement is { } agreement && !Status.History.Any(s => s.Phase == ProgrammePhase.Recognised) && !ProgrammePhases.IsTerminal(Status.Phase ?? ProgrammePhase.Applied)
            ? agreement.Plus(Programme.Rules.MinimumToRecognition)
            : null;

    /// <summary>The last day of the recognition the programme held, also when it has lapsed; <see langword="null"/> without one.</summary>
    public NodaTime.LocalDate? RecognitionEnd =>
        Status.RecognisedUntil
        ?? (Status.History.LastOrDefault(s => s.Phase == ProgrammePhase.Recognised)?.From.Plus(Programme.Rules.RecognitionValidity).PlusDays(-1));
}
