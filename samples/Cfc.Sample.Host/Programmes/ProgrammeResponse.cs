using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sample.Host.Programmes;

/// <summary>A programme as it stands on a date: <c>{"phase","since","history","candidate","recognisedUntil","overdue"}</c>.</summary>
/// <param name="Phase">The phase on the date; <see langword="null"/> when the programme has not started.</param>
/// <param name="Since">The first day of that phase; <see langword="null"/> when not started.</param>
/// <param name="History">The phases up to the date, oldest first.</param>
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
    /// <summary>The response for the domain's <paramref name="status"/>.</summary>
    /// <param name="status">The programme's status on a date.</param>
    /// <returns>The response.</returns>
    public static ProgrammeResponse From(ProgrammeStatus status) => new(
        status.Phase,
        status.Since,
        [.. status.History.Select(span => new PhaseSpanResponse(span.Phase, span.From, span.To))],
        status.Candidate,
        status.RecognisedUntil,
        status.Overdue);
}

/// <summary>One phase of a programme's history: <c>{"phase","from","to"}</c>.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="From">Its first day.</param>
/// <param name="To">Its last day; <see langword="null"/> while it lasts.</param>
internal sealed record PhaseSpanResponse(ProgrammePhase Phase, LocalDate From, LocalDate? To);
