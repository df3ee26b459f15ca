using Cfc.Sdk.Programmes;

namespace Cfc.Sample.Host.Pages.Components;

/// <summary>One municipality's programme on the <see cref="ProgrammeTimeline"/>.</summary>
/// <param name="Code">The municipality's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Status">
/// The programme's status on the timeline's date, with the dates the timeline marks (the earliest first recognition
/// and the last day of the recognition; see <see cref="ProgrammeStatus.EarliestRecognition"/> and
/// <see cref="ProgrammeStatus.RecognitionEnd"/>).
/// </param>
/// <param name="Transitions">
/// The programme's transitions, when the timeline should show what they recorded (a recognition's override);
/// <see langword="null"/> when it shows the phases only.
/// </param>
public sealed record TimelineRow(string Code, string Name, ProgrammeStatus Status, IReadOnlyList<PhaseTransition>? Transitions = null)
{
    /// <summary>The reason recorded for overriding the dossier when the phase of <paramref name="span"/> began; <see langword="null"/> for none.</summary>
    /// <param name="span">A span of <see cref="Status"/>'s history.</param>
    /// <returns>The override.</returns>
    public string? OverrideOf(PhaseSpan span) =>
        Transitions?.FirstOrDefault(t => t.Phase == span.Phase && t.On == span.From && t.Override is not null)?.Override;
}
