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
public sealed record TimelineRow(string Code, string Name, ProgrammeStatus Status);
