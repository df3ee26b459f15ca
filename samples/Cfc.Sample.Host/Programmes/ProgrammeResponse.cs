using System.Text.Json.Serialization;
using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sample.Host.Programmes;

/// <summary>A programme as it stands on a date: <c>{"phase","since","history","candidate","recognisedUntil","overdue"}</c>.</summary>
/// <param name="Phase">The phase on the date; <see langword="null"/> when the programme has not started.</param>
/// <param name="Since">The first day of that phase; <see langword="null"/> when not started.</param>
/// <param name="History">The phases up to the date, oldest first, each with the note and criteria of the transition that began it.</param>
/// <param name="Candidate">Whether the member is a candidate Child Friendly City on the date.</param>
/// <param name="RecognisedUntil">The last day of the recognition in force on the date, if any.</param>
/// <param name="Overdue">Whether the programme has run past its term without recognition.</param>
internal sealed record ProgrammeResponse(
    ProgrammePhase? Phase,
    LocalDate? Since,
    IReadOnlyList<PhaseSpanResponse> History,
    bool Candidate,
    LocalDate? RecognisedUntil,
    bool Overdue)
{
    /// <summary>
    /// In a successor's programme (<c>GET …/programme</c>), the programmes of the members it succeeded, each as it stood
    /// on its last day (or on the date asked, if earlier); left out when it succeeded none, and in every other answer.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<PredecessorProgrammeResponse>? Predecessors { get; init; }

    /// <summary>The response for the domain's <paramref name="status"/> of <paramref name="programme"/>.</summary>
    /// <param name="status">The programme's status on a date.</param>
    /// <param name="programme">The programme, whose transitions began the spans of the history.</param>
    /// <returns>The response.</returns>
    public static ProgrammeResponse From(ProgrammeStatus status, Programme programme) => new(
        status.Phase,
        status.Since,
        [.. status.History.Select((span, i) => PhaseSpanResponse.Of(span, TransitionOf(span, i, programme.Transitions)))],
        status.Candidate,
        status.RecognisedUntil,
        status.Overdue);

    // The history has a span per recorded transition, in order; a lapse the rules infer after the last one has none.
    private static PhaseTransition? TransitionOf(PhaseSpan span, int index, IReadOnlyList<PhaseTransition> transitions) =>
        index < transitions.Count && transitions[index].Phase == span.Phase ? transitions[index] : null;
}

/// <summary>
/// One phase of a programme's history: <c>{"phase","from","to","note","criteria"}</c>, and <c>"override"</c> only for a
/// recognition granted although the recognition dossier was not ready.
/// </summary>
/// <param name="Phase">The phase.</param>
/// <param name="From">Its first day.</param>
/// <param name="To">Its last day; <see langword="null"/> while it lasts.</param>
/// <param name="Note">The note of the transition that began it; <see langword="null"/> when it had none, or for a lapse the rules inferred.</param>
/// <param name="Criteria">The minimum criteria that transition recorded as met; empty when none.</param>
/// <param name="Override">The reason recorded for overriding a dossier that was not ready; left out when there is none.</param>
internal sealed record PhaseSpanResponse(
    ProgrammePhase Phase,
    LocalDate From,
    LocalDate? To,
    string? Note,
    IReadOnlyList<MinimumCriterion> Criteria,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Override = null)
{
    /// <summary>The response for <paramref name="span"/>, begun by <paramref name="transition"/>.</summary>
    /// <param name="span">The span.</param>
    /// <param name="transition">The transition that began it; <see langword="null"/> for a lapse the rules inferred.</param>
    /// <returns>The response.</returns>
    public static PhaseSpanResponse Of(PhaseSpan span, PhaseTransition? transition) =>
        new(span.Phase, span.From, span.To, transition?.Note, transition is null ? [] : [.. transition.Criteria], transition?.Override);
}

/// <summary>A predecessor's programme in its successor's answer: <c>{"code","name","on","programme"}</c>.</summary>
/// <param name="Code">The predecessor's code (the origin of the programme).</param>
/// <param name="Name">Its name.</param>
/// <param name="On">The first day of the succession.</param>
/// <param name="Programme">Its programme as it stood on its last day, or on the date asked if earlier.</param>
internal sealed record PredecessorProgrammeResponse(string Code, string Name, LocalDate On, ProgrammeResponse Programme);
